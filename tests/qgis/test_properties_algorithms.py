"""Property-based test (hypothesis) of the Processing algorithms: random tables as polygon layers, random theme
files and random parameters through computeindices and comparebuurten. Never a traceback (only a
QgsProcessingException with a message), and a result that holds what it reports: as many features as buurten
read, SCORED equal to the overall scores really written. Deterministic in ``make test``."""

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from tests.unit.test_properties import plausible_tables, plausible_themes, tables, theme_documents

settings.register_profile("ci-qgis", max_examples=30, deadline=None, derandomize=True, database=None,
                          suppress_health_check=list(HealthCheck))
settings.register_profile("explore-qgis", max_examples=200, deadline=None, database=None,
                          suppress_health_check=list(HealthCheck))
settings.register_profile("long-qgis", max_examples=80, deadline=None, database=None,
                          suppress_health_check=list(HealthCheck))
PROFILE = {"ci": "ci-qgis", "explore": "explore-qgis", "long": "long-qgis"}.get(
    os.environ.get("HYPOTHESIS_PROFILE", "ci"), "ci-qgis")


def polygon_layer(raw):
    """A memory polygon layer (RD New) holding ``raw``'s columns as text, one square per row."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", "random", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(str(c), QVariant.String) for c in raw.columns])
    layer.updateFields()
    features = []
    for number, row in enumerate(raw.itertuples(index=False)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([None if v is None or v != v else str(v) for v in row])
        x = 150000 + 100 * number
        feature.setGeometry(QgsGeometry.fromWkt("MULTIPOLYGON((({0} 380000, {1} 380000, {1} 380100, {0} 380100, "
                                                "{0} 380000)))".format(x, x + 90)))
        features.append(feature)
    provider.addFeatures(features)
    return layer


parameters = st.fixed_dictionaries({
    "METHOD": st.sampled_from(["zscore", "minmax", "rank", "imd", "3", "zscore", "magic"]),
    "REFERENCE": st.sampled_from(["selection", "national", "0"]),
    "MIN_POPULATION": st.sampled_from([0, 50, 1000000]),
    "WINSORIZE": st.sampled_from([0.0, 0.1]),
    "UNCERTAINTY": st.sampled_from([0, 0, 5]),
    "GEMEENTE": st.sampled_from(["", "", "", "", "GM0772", "772", "Atlantis", "772,363"]),
})


@settings(settings.get_profile(PROFILE))
@given(raw=st.one_of(plausible_tables(), plausible_tables(), tables()),
       document=st.one_of(plausible_themes(), plausible_themes(), theme_documents()), params=parameters,
       to_file=st.booleans(), data=st.data())
def test_algorithms_never_fail_with_a_traceback(provider, tmp_path_factory, raw, document, params, to_file, data):
    import processing
    folder = tmp_path_factory.mktemp("prop")
    theme_file = folder / "themes.json"
    theme_file.write_text(json.dumps(document))
    layer = polygon_layer(raw)
    out = str(folder / "uit.gpkg") if to_file else "memory:"
    try:
        result = processing.run("buurtkijker:computeindices", dict(params, INPUT=layer, THEME_FILE=str(theme_file),
                                                                   OUTPUT=out))
    except QgsProcessingException as exc:
        assert str(exc).strip()
        assert not to_file or not (folder / "uit.gpkg").exists()  # a failed run leaves no file
        return
    output = result["OUTPUT"]
    output = output if isinstance(output, QgsVectorLayer) else QgsVectorLayer(output, "uit", "ogr")
    assert output.isValid() and 0 < output.featureCount() <= layer.featureCount()
    scores = [n for n in output.fields().names() if n.startswith("bk_") and n not in ("bk_total", "bk_run") and
              not n.endswith(("_rank", "_class", "_n", "_why", "_p05", "_p95"))]
    written = sum(1 for f in output.getFeatures() if any(isinstance(f[n], (int, float)) for n in scores))
    assert result["SCORED"] == written  # buurten with any theme score, as reported
    if data.draw(st.integers(0, 3)) == 0:  # now and then a map or buurtprofielen of the result
        pdf = folder / "kaart.pdf"
        try:
            made = processing.run("buurtkijker:exportlayout", {
                "INPUT": output, "THEME_FILE": str(theme_file),
                "THEME": data.draw(st.sampled_from(["", "total", "thema0", "onbekend", "thema0,thema0"])),
                "TEMPLATE": data.draw(st.sampled_from(["a4_portrait", "buurtprofiel", str(folder / "geen.qpt")])),
                "OUTPUT": str(pdf)})
        except QgsProcessingException as exc:
            assert str(exc).strip()
            assert not list(folder.glob("kaart*.pdf"))  # nothing half-made
        else:
            files = [f for f in made["FILES"].split(";") if f]
            assert files and all(open(f, "rb").read(4) == b"%PDF" for f in files)
    codes = [f["code"] for f in output.getFeatures() if isinstance(f["code"], str)]
    if codes:
        asked = data.draw(st.sampled_from([codes[0], ",".join(codes[:3]), "Onbekend"]))
        try:
            compared = processing.run("buurtkijker:comparebuurten", {"INPUT": output, "BUURTEN": asked,
                                                                     "THEME_FILE": str(theme_file),
                                                                     "OUTPUT": "memory:"})
        except QgsProcessingException as exc:
            assert str(exc).strip()
            return
        assert compared["OUTPUT"].featureCount() > 0
