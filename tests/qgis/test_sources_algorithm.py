"""computeindices with SOURCES and YEARS on the real files: joined by buurt code, latest year, bk_years."""

import hashlib
import shutil

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer

from tests.conftest import EINDHOVEN, KWB_2017, LBM_AMSTELVEEN, RIVM


def run(**params):
    import processing
    params.setdefault("OUTPUT", "memory:")
    return processing.run("buurtkijker:computeindices", params)


def py(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def digest(path):
    """Of a CSV its bytes; of a GeoPackage its tables and rows (QGIS' OGR provider switches any GeoPackage it may
    write to WAL and back, which rewrites header bytes only; see test_compute_algorithm.content)."""
    if str(path).endswith(".gpkg"):
        from tests.qgis.test_compute_algorithm import content
        return content(path)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows(layer):
    names = layer.fields().names()
    return [dict(zip(names, (py(v) for v in f.attributes()))) for f in layer.getFeatures()]


def test_eindhoven_2024_with_rivm_2020(provider, tmp_path):
    before = {p: digest(p) for p in (EINDHOVEN, RIVM, KWB_2017)}
    out = tmp_path / "eindhoven.gpkg"
    result = run(INPUT=str(EINDHOVEN), SOURCES=[str(RIVM), str(KWB_2017)], OUTPUT=str(out))
    layer = QgsVectorLayer(result["OUTPUT"], "out")
    data = rows(layer)
    assert len(data) == 116
    eligible = [r for r in data if (r["inwoners"] or 0) >= 50]
    scored = [r for r in eligible if r["bk_sociale_veerkracht"] is not None]
    assert len(scored) >= 0.9 * len(eligible)
    # every value's year: RIVM 2020, the layer's own 2024; the 2017 file has none of Eindhoven's codes
    first = next(r for r in scored if r["woz"] is not None)
    years = dict(pair.split(":") for pair in first["bk_years"].split(";"))
    assert years["eenzaam"] == "2020" and years["woz"] == "2024" and years["inwoners"] == "2024"
    assert "2017" not in first["bk_years"]
    assert data[0]["bk_sources"] == "CBS Kerncijfers wijken en buurten=2024|RIVM Gezondheidsmonitor=2020"
    assert result["SOURCE_YEARS"] == data[0]["bk_sources"]
    assert before == {p: digest(p) for p in before}  # nothing read was changed


def test_the_same_through_the_feature_path_and_a_project_layer(provider):
    rivm_layer = QgsVectorLayer(str(RIVM), "rivm_gezondheid_2020", "ogr")
    QgsProject.instance().addMapLayer(rivm_layer)
    try:
        result = run(INPUT=str(EINDHOVEN), SOURCES=[rivm_layer.id()], THEMES="sociale_veerkracht")
    finally:
        QgsProject.instance().removeMapLayer(rivm_layer.id())
    data = rows(result["OUTPUT"])
    assert sum(r["bk_sociale_veerkracht"] is not None for r in data) >= 100
    assert all("eenzaam:2020" in r["bk_years"] for r in data if r["eenzaam"] is not None)


def test_years_override_and_bad_sources_are_clear(provider, tmp_path):
    copy = tmp_path / "gezondheid.csv"  # no year in the name, but a Perioden column: 2020JJ00
    shutil.copy(RIVM, copy)
    result = run(INPUT=str(EINDHOVEN), SOURCES=[str(copy)], YEARS="gezondheid=2021", THEMES="sociale_veerkracht")
    assert "eenzaam:2021" in rows(result["OUTPUT"])[0]["bk_years"]
    with pytest.raises(QgsProcessingException, match="wijk-level"):
        run(INPUT=str(EINDHOVEN), SOURCES=[str(LBM_AMSTELVEEN)])
    with pytest.raises(QgsProcessingException, match="YEARS"):
        run(INPUT=str(EINDHOVEN), SOURCES=[str(RIVM)], YEARS="kwb=2019")


def test_without_sources_bk_years_still_says_the_year(provider):
    data = rows(run(INPUT=str(EINDHOVEN), THEMES="wonen")["OUTPUT"])
    assert all(r["bk_years"].startswith("inwoners:2024") for r in data if r["inwoners"] is not None)
    assert np.mean(["woz:2024" in r["bk_years"] for r in data]) > 0.8


def test_layout_source_line_names_every_source_and_year(provider, tmp_path, qgis_app):
    import subprocess
    import processing
    from buurtkijker_plugin.core import join_sources as js
    from buurtkijker_plugin.qgis_io import i18n, layouts
    from tests.qgis.conftest import locale
    out = tmp_path / "eindhoven.gpkg"
    run(INPUT=str(EINDHOVEN), SOURCES=[str(RIVM)], OUTPUT=str(out))
    i18n.install_translator("nl")
    try:
        with locale("nl_NL"):
            assert layouts.source_line(2024, [(js.CBS_LABEL, [2024, 2019]), (js.RIVM_LABEL, [2020])]) == (
                "Bron: CBS Kerncijfers wijken en buurten 2024 en 2019; RIVM Gezondheidsmonitor 2020; "
                "bewerking BuurtKijker")
            pdf = tmp_path / "kaart.pdf"
            processing.run("buurtkijker:exportlayout", {"INPUT": str(out), "THEME": "sociale_veerkracht",
                                                        "TEMPLATE": "a4_landscape", "OUTPUT": str(pdf)})
    finally:
        i18n.remove_translator()
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Bron: CBS Kerncijfers wijken en buurten 2024; RIVM Gezondheidsmonitor 2020; bewerking BuurtKijker" in text
    assert layouts.source_line(2024, []).startswith("Source: CBS Kerncijfers wijken en buurten 2024")
    # a buurtprofiel page: the indicator table gives each value's year
    code = next(f["code"] for f in QgsVectorLayer(str(out), "o").getFeatures() if py(f["eenzaam"]) is not None)
    profile = tmp_path / "profiel.pdf"
    processing.run("buurtkijker:exportlayout", {"INPUT": str(out), "TEMPLATE": "buurtprofiel", "BUURTEN": code,
                                                "OUTPUT": str(profile)})
    text = " ".join(subprocess.run(["pdftotext", str(profile), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "(%, 2020)" in text and ", 2024)" in text


def test_map_tip_shows_the_year_of_each_value(provider):
    from buurtkijker_plugin.core import themes
    from buurtkijker_plugin.qgis_io import presentation
    from qgis.core import QgsExpressionContext, QgsExpressionContextUtils
    from tests.conftest import THEMES
    layer = run(INPUT=str(EINDHOVEN), SOURCES=[str(RIVM)], THEMES="sociale_veerkracht")["OUTPUT"]
    theme = next(t for t in themes.load_themes(THEMES) if t.id == "sociale_veerkracht")
    tip = presentation.map_tip(theme, "bk_sociale_veerkracht", "nl", layer.fields().names())
    feature = next(f for f in layer.getFeatures() if py(f["eenzaam"]) is not None)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    from qgis.core import QgsExpression
    shown = QgsExpression.replaceExpressionText(tip, context)
    assert "(2020)" in shown and "Eenzaam (18+)" in shown


def test_comparison_table_gives_each_indicators_year(provider, tmp_path):
    import processing
    out = tmp_path / "eindhoven.gpkg"
    run(INPUT=str(EINDHOVEN), SOURCES=[str(RIVM)], THEMES="sociale_veerkracht,wonen", OUTPUT=str(out))
    indexed = QgsVectorLayer(str(out), "idx")
    codes = [f["code"] for f in indexed.getFeatures() if py(f["eenzaam"]) is not None][:2]
    table = processing.run("buurtkijker:comparebuurten", {"INPUT": str(out), "BUURTEN": ",".join(codes),
                                                          "OUTPUT": "memory:"})["OUTPUT"]
    units = {f["id"]: f["unit"] for f in table.getFeatures()}
    assert units["eenzaam"] == "%, 2020" and units["woz"].endswith(", 2024")


@pytest.mark.skipif(shutil.which("qgis_process.bin") is None, reason="qgis_process.bin not installed")
def test_qgis_process_with_two_sources_and_years(tmp_path):
    """SOURCES given twice on the command line, YEARS by name; the run log counts the codes not in 2017."""
    import os
    import subprocess
    from tests.conftest import ROOT
    profile = tmp_path / "profile"
    subprocess.run(["make", "-s", "install", "QGIS_PROFILE={}".format(profile / "profiles" / "default")],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(profile), QT_QPA_PLATFORM="offscreen")
    health = tmp_path / "gezondheid.csv"  # no year in the name; its Perioden column says 2020, YEARS says 2021
    shutil.copy(RIVM, health)
    out = tmp_path / "indices.gpkg"
    proc = subprocess.run(["qgis_process.bin", "run", "buurtkijker:computeindices", "--", "INPUT={}".format(EINDHOVEN),
                           "SOURCES={}".format(health), "SOURCES={}".format(KWB_2017), "YEARS=gezondheid=2021",
                           "THEMES=sociale_veerkracht", "OUTPUT={}".format(out)],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "116 buurt codes of the layer do not exist in this source" in proc.stdout + proc.stderr
    assert "RIVM Gezondheidsmonitor=2021" in proc.stdout
    data = rows(QgsVectorLayer(str(out), "out"))
    assert sum(r["bk_sociale_veerkracht"] is not None for r in data) >= 100
