"""buurtkijker:comparebuurten on real data: averages, national reference, explanations, chart files."""

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from tests.conftest import EINDHOVEN, NL_TABLE


def compare(**params):
    import processing
    params.setdefault("OUTPUT", "memory:")
    return processing.run("buurtkijker:comparebuurten", params)


def rows(layer):
    return {f["id"]: f for f in layer.getFeatures()}


def test_two_buurten_against_gemeente_and_nation(provider, eindhoven_indices, tmp_path):
    indexed = QgsVectorLayer(str(eindhoven_indices), "idx")
    by_name = {f["naam"]: f for f in indexed.getFeatures()}
    a, b = by_name["Vredeoord"], by_name["Achtse Barrier-Spaaihoef"]
    chart = tmp_path / "chart.png"
    result = compare(INPUT=str(eindhoven_indices), BUURTEN="Vredeoord, {}".format(b["code"]),
                     REFERENCE=str(NL_TABLE), CHART=str(chart), LANGUAGE="nl")
    table = result["OUTPUT"]
    names = [f.name() for f in table.fields()]
    assert names[:4] == ["kind", "id", "label", "unit"]
    assert {a["code"], b["code"], "GM0772", "nederland", a["code"] + "_toelichting"} <= set(names)
    by_id = rows(table)
    # buurt columns carry the layer's values; the gemeente column is Eindhoven's figure as CBS computes it
    assert by_id["total"][b["code"]] == pytest.approx(b["bk_total"], abs=0.005)  # rounded to two decimals
    scored = [f for f in indexed.getFeatures() if isinstance(f["bk_total"], float)]
    weighted = sum(f["bk_total"] * f["inwoners"] for f in scored) / sum(f["inwoners"] for f in scored)
    assert by_id["total"]["GM0772"] == pytest.approx(weighted, abs=0.005)
    # crimes per 1000 as CBS computes the gemeente's figure: all crimes of its buurten, also those in buurten
    # without inhabitants (an airport, business estates), per 1000 of all its inhabitants: 75.9 (not 75.46)
    assert by_id["misdrijven_per_1000"]["GM0772"] == pytest.approx(75.9, abs=0.2)
    # the national WOZ average by dwellings (the 2024 table has households, not dwellings: by households), CBS' 379
    # (by inhabitants it would be 387.2)
    assert by_id["woz"]["nederland"] == pytest.approx(379, abs=2)
    # income per inhabitant is known for 48 of Eindhoven's 116 buurten: the average says so, the others do not
    coverage = by_id["inkomen_per_inwoner"]["GM0772_dekking"]
    assert coverage.startswith("uit 48 van 116 buurten, ") and coverage.endswith(" % van de inwoners"), coverage
    assert not by_id["woz"]["GM0772_dekking"]  # WOZ: known for more than 90 % of the inhabitants
    assert "nederland_dekking" in names and by_id["inkomen_per_inwoner"]["nederland_dekking"].endswith("inwoners")
    # Vredeoord scores below average on voorzieningen: the map's word, and why, in Dutch (LANGUAGE=nl)
    assert by_id["voorzieningen"][a["code"]] < by_id["voorzieningen"]["GM0772"]
    why = by_id["voorzieningen"][a["code"] + "_toelichting"]
    assert why.startswith(("ruim onder gemiddeld, vooral door: ", "onder gemiddeld, vooral door: ")), why
    assert "Afstand tot" in why
    assert result["BUURTEN"] == "{},{}".format(a["code"], b["code"])
    image = QImage(str(chart))
    assert not image.isNull() and image.width() > 600 and image.height() > 250


def test_one_buurt_one_number_for_crimes_per_1000(provider, eindhoven_indices):
    """Binnenstad's crimes per 1000 is CBS' published figure (MISDR_P1000, 793.2) in the layer field (and so in its
    map tip) and in the comparison (and so in the CSV and the buurtprofiel), not crimes / inhabitants (821.9)."""
    indexed = QgsVectorLayer(str(eindhoven_indices), "idx")
    by_name = {f["naam"]: f for f in indexed.getFeatures()}
    table = compare(INPUT=str(eindhoven_indices), BUURTEN="Binnenstad, Woensel-West")["OUTPUT"]
    by_id = rows(table)
    for name, published in (("Binnenstad", 793.2), ("Woensel-West", 46.2)):
        code = by_name[name]["code"]
        assert by_name[name]["misdrijven_per_1000"] == pytest.approx(published)
        assert by_id["misdrijven_per_1000"][code] == pytest.approx(published)


def test_without_reference_the_national_column_is_left_out(provider, eindhoven_indices):
    table = compare(INPUT=str(eindhoven_indices), BUURTEN="Vredeoord,Tempel")["OUTPUT"]
    names = [f.name() for f in table.fields()]
    assert "nederland" not in names and "GM0772" in names


def test_unknown_buurt_and_plain_layer_are_refused(provider, eindhoven_indices):
    with pytest.raises(QgsProcessingException, match="Vredoord.*Vredeoord"):
        compare(INPUT=str(eindhoven_indices), BUURTEN="Vredoord")
    with pytest.raises(QgsProcessingException, match="Compute theme indices"):
        compare(INPUT=str(EINDHOVEN), BUURTEN="Vredeoord")


def test_in_a_task_parameters_are_evaluated_on_the_main_thread(provider, eindhoven_indices, qgis_app):
    """As the dock runs algorithms: project layers as INPUT and REFERENCE, in a QgsProcessingAlgRunnerTask.
    prepareAlgorithm (main thread) evaluates every parameter and takes both sources; the worker uses those."""
    import threading
    import time
    from qgis.core import (QgsApplication, QgsProcessingAlgRunnerTask, QgsProcessingContext,
                           QgsProcessingFeedback, QgsProject)
    from buurtkijker_plugin.processing.compare_buurten import CompareBuurtenAlgorithm
    seen = {}

    class Watched(CompareBuurtenAlgorithm):  # the task runs a copy made by createInstance: type(self)()
        def prepareAlgorithm(self, *args):  # noqa: N802
            seen["prepare"] = threading.current_thread() is threading.main_thread()
            return super().prepareAlgorithm(*args)

        def processAlgorithm(self, *args):  # noqa: N802
            seen["process"] = threading.current_thread() is threading.main_thread()
            seen["prepared"], seen["deferred"] = dict(self._prepared), list(self._deferred)
            return super().processAlgorithm(*args)

    project = QgsProject.instance()
    layer = QgsVectorLayer(str(eindhoven_indices), "resultaat")
    reference = QgsVectorLayer(str(eindhoven_indices), "referentie")
    project.addMapLayers([layer, reference])
    try:
        context = QgsProcessingContext()
        context.setProject(project)
        feedback = QgsProcessingFeedback()
        algorithm = Watched()
        algorithm.initAlgorithm()
        params = {"INPUT": layer.id(), "REFERENCE": reference.id(), "BUURTEN": "Vredeoord, Tempel",
                  "LANGUAGE": "en", "OUTPUT": "TEMPORARY_OUTPUT"}
        done = []
        task = QgsProcessingAlgRunnerTask(algorithm, params, context, feedback)
        task.executed.connect(lambda ok, results: done.append((ok, results)))
        QgsApplication.taskManager().addTask(task)
        started = time.monotonic()
        while not done and time.monotonic() - started < 60:
            qgis_app.processEvents()
            time.sleep(0.01)
        assert done and done[0][0], feedback.textLog()
        assert seen["prepare"] is True and seen["process"] is False
        prepared = seen["prepared"]
        assert {"source", "reference", "buurten", "language", "chart", "theme_file"} <= set(prepared)
        assert prepared["buurten"] == "Vredeoord, Tempel" and prepared["language"] == "en"
        assert prepared["source"] is not None and prepared["reference"] is not None and not seen["deferred"]
        table = context.getMapLayer(done[0][1]["OUTPUT"])
        assert table.featureCount() > 10 and "nederland" in table.fields().names()
    finally:
        project.removeMapLayers([layer.id(), reference.id()])


def test_every_buurt_at_once_without_fragmenting_the_frame(eindhoven_indices):
    """Profiles of a whole gemeente compare all its buurten at once: one frame built at once (pandas warned
    'DataFrame is highly fragmented' from 100 columns on), the same figures as a one-buurt comparison."""
    import warnings
    import pandas as pd
    from buurtkijker_plugin.core import compare as core_compare, themes
    from buurtkijker_plugin.qgis_io import layers
    from tests.conftest import THEMES
    frame = layers.indexed_frame(QgsVectorLayer(str(eindhoven_indices), "idx"))
    codes = frame["code"].tolist()
    available = themes.load_themes(THEMES)
    with warnings.catch_warnings():
        warnings.simplefilter("error", pd.errors.PerformanceWarning)
        everyone = core_compare.compare(frame, codes, available)
        table = everyone.to_frame(explanations=True)
    assert len(codes) > 110 and list(everyone.values.columns) == codes + ["GM0772"]
    one = core_compare.compare(frame, [codes[5]], available)
    pd.testing.assert_frame_equal(everyone.values[[codes[5], "GM0772"]], one.values)
    assert everyone.coverage["GM0772"].notna().any() and len(table.columns) > 2 * len(codes)
