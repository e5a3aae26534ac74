"""The dock's "Verandering..." action: the chosen buurt layer (the later year) against an earlier year's file, by
buurt code on one scale (buurtkijker:computechange in the background), added as a map of verbeterd / geen
duidelijke verandering / verslechterd per theme."""

from qgis.core import Qgis, QgsVectorLayer
from qgis.PyQt.QtWidgets import QFileDialog

from ..core import cbs_schema as schema, result_fields
from ..qgis_io import change_style
from ..qgis_io.i18n import tr
from ..qgis_io.tasks import IndexJob

ALGORITHM = "buurtkijker:computechange"
FILTER = "CBS (*.gpkg *.shp *.zip *.geojson *.json *.gml *.csv *.txt *.xlsx);;*"


class ChangeJob(IndexJob):
    """IndexJob's background run, cancel and result handling, for computechange."""

    algorithm_id = ALGORITHM


def choose_and_start(dock):
    path, _ = QFileDialog.getOpenFileName(dock, tr("Earlier year of the same buurten"), "", FILTER)
    return start(dock, path) if path else None


def start(dock, before_path):
    """Compare the dock's layer (later year) with ``before_path`` for the chosen gemeenten and ticked themes."""
    layer = dock.layer_combo.currentLayer()
    if layer is None:
        dock.message(tr("Choose a buurt layer first."), Qgis.MessageLevel.Warning)
        return None
    request = dock.request()  # the run the user sees; computechange has no imd: zscore then
    themes, names = request.themes, request.names
    parameters = dock.action_parameters(ALGORITHM, BEFORE=before_path,
                                        OUTPUT=dock.default_output("buurtkijker_verandering", names),
                                        LEVELS=True)  # the later year's scores too: a profile shows both
    job = ChangeJob(parameters, tr("BuurtKijker: change for {}").format(", ".join(names) or tr("all gemeenten")))
    dock.change_job = job

    def done(result):
        style = change_style.add_change_styles(result, themes, dock.language)
        result.setName(style or tr("Change between two years"))
        if style:  # a GeoPackage keeps the change maps ('<theme>: verandering'), the first theme's as its default
            suffix = style[style.rindex(":"):]
            dock.store_maps(result, [n for n in result.styleManager().styles() if n.endswith(suffix)], style)
        shown = [t.id for t in themes if result.fields().indexOf(change_style.change_field(t.id)) >= 0]
        if shown:
            change_style.set_change_tip(result, shown[0])
        dock.add_on_top(result)
        outputs = job.results
        left_out = [schema.INDICATORS[n].label(dock.language) if n in schema.INDICATORS else n
                    for n in (outputs.get("LEFT_OUT") or "").split(",") if n]
        dock.set_status(tr("Change: {} buurten compared; {} codes in one year only.").format(
            outputs.get("MATCHED", 0), outputs.get("ONLY_BEFORE", 0) + outputs.get("ONLY_AFTER", 0)),
            [tr("Left out, in one year only: {}").format(", ".join(left_out))] if left_out else [])
        dock.change_layer = result

    return dock.start_action(job, done)


def is_change_layer(layer):
    return isinstance(layer, QgsVectorLayer) and layer.fields().indexOf(result_fields.CHANGE_RUN) >= 0
