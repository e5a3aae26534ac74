"""computechange, scenario and vulnerabilitynuisance evaluate their parameters and read project layers in
prepareAlgorithm (main thread), as computeindices does: processAlgorithm (the worker) evaluates no parameter
(evaluating one touches the project's expression scope, which the canvas redraw rebuilds at the same time)."""

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer

from tests.conftest import EINDHOVEN, NL_TABLE, REAL, RIVM

HENGELO_2019 = REAL / "cbs_buurten_2019_hengelo" / "cbs_buurten_2019_hengelo.gpkg"
EVALUATORS = ("parameterAsString", "parameterAsSource", "parameterAsVectorLayer", "parameterAsFile",
              "parameterAsFileOutput", "parameterAsBoolean", "parameterAsBool", "parameterAsEnumString",
              "parameterAsInt", "parameterAsDouble", "parameterAsLayerList", "parameterAsOutputLayer")


def run_split(algorithm_id, parameters):
    """prepareAlgorithm, then processAlgorithm with every parameter evaluator made to fail (the sink excepted:
    QGIS' own algorithms also open it in the worker)."""
    from qgis.core import QgsApplication
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    context.setProject(QgsProject.instance())
    assert algorithm.prepareAlgorithm(parameters, context, feedback)
    assert not algorithm._deferred, algorithm._deferred

    def refuse(name):
        def evaluate(*args, **kwargs):
            raise AssertionError("{} evaluated in processAlgorithm".format(name))
        return evaluate
    for name in EVALUATORS:
        setattr(algorithm, name, refuse(name))
    return algorithm.processAlgorithm(parameters, context, feedback)


@pytest.fixture()
def project_layers():
    """Inputs as project layers (what the dock passes: layer ids)."""
    project = QgsProject.instance()
    added = {}
    for name, path in (("eindhoven", EINDHOVEN), ("hengelo", HENGELO_2019), ("rivm", RIVM)):
        layer = QgsVectorLayer(str(path), path.stem)  # the year in the name, as when dragged in
        assert layer.isValid()
        project.addMapLayer(layer)
        added[name] = layer
    yield added
    for layer in added.values():
        project.removeMapLayer(layer.id())


def test_change_prepares_on_the_main_thread(provider, project_layers, tmp_path):
    result = run_split("buurtkijker:computechange", {
        "BEFORE": project_layers["hengelo"].id(), "AFTER": str(NL_TABLE), "GEMEENTE": "GM0164", "METHOD": "zscore",
        "SCALE": "before", "OUTPUT": str(tmp_path / "change.gpkg")})
    assert result["MATCHED"] == 62
    assert QgsVectorLayer(result["OUTPUT"], "change").featureCount() == 62


def test_scenario_prepares_on_the_main_thread(provider, project_layers, tmp_path):
    changes = tmp_path / "wat_als.csv"
    changes.write_text("code;indicator;waarde\nBU07724210;woz;gemiddelde\n", encoding="utf-8")
    result = run_split("buurtkijker:scenario", {"INPUT": project_layers["eindhoven"].id(), "CHANGES": str(changes),
                                                "OUTPUT": str(tmp_path / "scenario.gpkg")})
    assert result["CHANGED"] == 1 and result["APPLIED"] == 1


def test_vulnerability_prepares_on_the_main_thread(provider, project_layers, tmp_path):
    listing = tmp_path / "aandacht.csv"
    result = run_split("buurtkijker:vulnerabilitynuisance", {
        "INPUT": project_layers["eindhoven"].id(), "SOURCES": [project_layers["rivm"].id()],
        "OUTPUT": str(tmp_path / "veerkracht.gpkg"), "LIST": str(listing)})
    assert len(result["ATTENTION"].split(",")) >= 5 and listing.exists()
