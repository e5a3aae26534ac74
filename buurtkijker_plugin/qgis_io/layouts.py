"""Print layouts for the omgevingsvisie: a theme map from a template, one map per theme in one go, and an atlas of
buurtprofielen; exported to PDF, PNG or SVG with QGIS' own layout engine.

Templates (``resources/layouts/*.qpt``, or an organisation's own) are filled by item id: ``title``, ``subtitle``,
``map``, ``legend``, ``scalebar``, ``north``, ``method``, ``source``, ``date``; texts are layout variables
(``@bk_title`` ...). The map shows a theme through a QGIS map theme that selects the layer's named style, so the
legend follows it and the layout keeps working when the planner opens it in the layout designer.
"""

import re
import tempfile
import time
from pathlib import Path

from qgis.core import (Qgis, QgsExpressionContextUtils, QgsFeature, QgsFeatureRequest, QgsFields, QgsLayoutExporter,
                       QgsLayoutItemMap, QgsLayoutUtils, QgsMapLayerLegendUtils, QgsLegendRenderer, QgsLegendStyle,
                       QgsMapThemeCollection, QgsPrintLayout,
                       QgsReadWriteContext, QgsRuleBasedRenderer, QgsFillSymbol, QgsVectorLayer,
                       QgsLayoutTable, QgsLayoutTableColumn, QgsPalLayerSettings, QgsProject, QgsRectangle,
                       QgsTextFormat, QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QLocale, Qt, QThread
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtXml import QDomDocument

from ..core import charts, compare, result_fields, verdict, vocabulary
from ..core.errors import QT_TRANSLATE_NOOP, BuurtKijkerError
from ..paths import ICON, LAYOUTS
from . import compat, files, presentation, profile_footnotes, readback
from .i18n import tr
from ..core.join_sources import parse_sources_text
from .results import RUN_FIELD, SOURCES_FIELD, read_run

TEMPLATES = ("a4_landscape", "a4_portrait", "a3_landscape", "a3_portrait")
PROFILE = "buurtprofiel"
FORMATS = ("pdf", "png", "svg")
NORTH = ICON.parent / "north.svg"
LABEL_CHOICES = ("none", "names", "codes")  # buurt labels on a map: none, buurt names or buurt codes
LABEL_FIELDS = {"names": "naam", "codes": "code"}


def template_path(template):
    """A built-in template name (``a4_landscape`` ..., ``buurtprofiel``) or the path of a .qpt file."""
    if template in TEMPLATES:
        return LAYOUTS / "buurtkijker_{}.qpt".format(template)
    if template == PROFILE:
        return LAYOUTS / "buurtkijker_buurtprofiel_a4.qpt"
    return Path(template)


def load_template(template, project, name):
    path = template_path(template)
    document = QDomDocument()
    try:
        readable = document.setContent(path.read_bytes())[0]  # bytes: the XML declaration names the encoding
    except OSError:
        readable = False
    layout = QgsPrintLayout(project)
    if readable:
        readable = layout.loadFromTemplate(document, QgsReadWriteContext())[1]
    if not readable or layout.itemById("map") is None:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "Layout template {path} cannot be used: it is not a QGIS layout template (.qpt) with a "
                           "map item whose id is 'map'. Built-in templates: {names}."),
            path=path, names=", ".join(TEMPLATES))
    layout.setName(name)
    return layout


# -- texts -------------------------------------------------------------------------------------------------------

def run_info(layer):
    """How a layer's scores were made (method, reference, minimum population, year), read from its bk_run field."""
    index = layer.fields().indexOf(RUN_FIELD)
    first = next(layer.getFeatures(), None)
    value = first.attributes()[index] if first is not None and index >= 0 else None
    info = read_run(value if isinstance(value, str) else "")
    code = first.attributes()[layer.fields().indexOf("code")] if first is not None and \
        layer.fields().indexOf("code") >= 0 else None
    info["level"] = "wijk" if isinstance(code, str) and code.upper().startswith("WK") else "buurt"
    return info


def gemeente_names(layer):
    index = layer.fields().indexOf("gemeentenaam")
    if index < 0:
        return []
    return sorted({str(v) for v in layer.uniqueValues(index) if isinstance(v, str)})


def place_name(names):
    if not names:
        return tr("all gemeenten")
    return ", ".join(names) if len(names) <= 3 else tr("{} gemeenten").format(len(names))


def method_text(info, theme, language="nl", fields=None):
    """A short paragraph on how to read the map, for the layout's side panel. ``fields``: the layer's field names,
    so that only the indicators the scores were made of are listed."""
    method = info.get("method") or "zscore"
    units = "wijken" if info.get("level") == "wijk" else "buurten"
    if units == "wijken":
        reference = tr("all Dutch wijken") if info.get("reference") == "national" else tr("the wijken on this map")
    else:
        reference = tr("all Dutch buurten") if info.get("reference") == "national" else tr("the buurten on this map")
    scale = presentation.scale_of(theme, method)
    words = verdict.WORDS["z"][language]
    if scale == "context":
        lines = [tr("Context, not a judgement: higher means more of what the theme describes, compared with the "
                    "average of {}. Not part of the overall score.").format(reference)]
    elif scale == "decile":
        lines = [tr("Deciles among {}: 1 = the tenth most deprived. Method of the English Index of Multiple "
                    "Deprivation 2019: each domain ranked and exponentially transformed, then weighted. Score = 100 "
                    "minus the deprivation score.").format(reference)]
    elif method == "zscore" or method == "imd":
        lines = [tr("Score 100 is the average of {} as CBS counts it (e.g. all crimes / all inhabitants); 10 points "
                    "is one standard deviation among them. Higher is better.").format(reference)]
    elif method == "rank":
        lines = [tr("Score = percentage of {} that score lower (0-100). Higher is better.").format(reference)]
    else:
        lines = [tr("Score 0-100 from the lowest to the highest buurt of {}. Higher is better.").format(reference)]
    if theme is not None:
        used = [i for i in theme.indicators if fields is None or i.indicator in fields]
        lines.append(tr("Indicators: {}.").format(", ".join(i.label(language) for i in used)))
    else:
        lines.append(tr("Overall score: the indicators of the themes, each counted once; demography (context) "
                        "not included."))
    minimum = info.get("min_population") or "50"
    lines.append(tr("No data: water, fewer than {} inhabitants, or too few indicators.").format(minimum))
    if scale == "z":
        lines.append(tr("'{}': 0.5 to 1 standard deviation below the average; '{}': more than 1.").format(
            words[1], words[0]))
    return "\n\n".join(lines)


def source_line(year, sources=None):
    """'Bron: CBS Kerncijfers wijken en buurten 2024 en 2019; RIVM Gezondheidsmonitor 2020; bewerking BuurtKijker'
    from the layer's sources (``[(label, [years])]``, see :func:`layer_sources`), else from its one year."""
    if not sources:
        if not year or not str(year).strip():
            return tr("Source: CBS Kerncijfers wijken en buurten; processing BuurtKijker")
        return tr("Source: CBS Kerncijfers wijken en buurten {}; processing BuurtKijker").format(str(year).strip())
    parts = ["{} {}".format(label, year_list(years)).strip() for label, years in sources]
    return tr("Source: {}; processing BuurtKijker").format("; ".join(parts))


def year_list(years):
    """'2024', '2024 en 2019', '2024, 2019 en 2017' (in the user's language); a year carried over from another
    indeling ('2020~2019') reads '2020 (via buurtgrenzen 2019)'."""
    years = [tr("{} (via buurtgrenzen {})").format(*str(y).split("~", 1)) if "~" in str(y) else str(y)
             for y in years]
    if len(years) < 2:
        return "".join(years)
    return tr("{} and {}").format(", ".join(years[:-1]), years[-1])


def layer_sources(layer):
    """The sources and years behind a result layer, from its bk_sources field: [(label, [years])]."""
    index = layer.fields().indexOf(SOURCES_FIELD)
    value = next((f.attributes()[index] for f in layer.getFeatures()), None) if index >= 0 else None
    return parse_sources_text(value if isinstance(value, str) else "")


def today(language="nl"):
    if language == "nl":
        locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    else:
        locale = QLocale(QLocale.Language.English)
    return locale.toString(QDate.currentDate(), "d MMMM yyyy")


def set_texts(layout, **texts):
    for name, value in texts.items():
        QgsExpressionContextUtils.setLayoutVariable(layout, "bk_" + name, value)


# -- maps --------------------------------------------------------------------------------------------------------

def map_theme(project, layer, style, extra=()):
    """A QGIS map theme showing ``layer`` in its named style ``style`` (plus ``extra`` layers as they are)."""
    name = "BuurtKijker: {} ({})".format(style, layer.id()[-8:])
    records = []
    for each, style_name in [(layer, style)] + [(e, None) for e in extra]:
        record = QgsMapThemeCollection.MapThemeLayerRecord(each)
        if style_name:
            record.usingCurrentStyle = True
            record.currentStyle = style_name
        records.append(record)
    theme = QgsMapThemeCollection.MapThemeRecord()
    theme.setLayerRecords(records)
    collection = project.mapThemeCollection()
    if collection.hasMapTheme(name):
        collection.update(name, theme)
    else:
        collection.insert(name, theme)
    return name


def fill_map(layout, layer, style, title_theme, extent=None, extra=()):
    """Point the template's map, legend, scale bar and north arrow at ``layer`` shown in style ``style``."""
    project = layout.project()
    item = layout.itemById("map")
    item.setCrs(layer.crs())
    theme = map_theme(project, layer, style, extra)
    legend = layout.itemById("legend")
    if legend is not None:
        legend.setLinkedMap(item)
        legend.setAutoUpdateModel(False)
        # The legend's nodes are made from the theme's styles, not the layer's current one (QGIS 3.22 switched
        # them when the map's theme changed; 3.40 keeps the nodes it has made until the layout is drawn).
        legend.model().setLayerStyleOverrides(project.mapThemeCollection().mapThemeStyleOverrides(theme))
        root = legend.model().rootGroup()
        root.clear()
        node = root.addLayer(layer)
        QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)
        _wrap_long_labels(legend, node, _style_labels(layer, style))
        legend.setTitle(title_theme)
    item.setFollowVisibilityPreset(True)
    item.setFollowVisibilityPresetName(theme)
    item.setLayers([layer] + list(extra))
    item.setExtent(fit_extent(extent or layer.extent(), item.rect().width(), item.rect().height()))
    scalebar = layout.itemById("scalebar")
    if scalebar is not None:
        scalebar.setLinkedMap(item)
        scalebar.applyDefaultSize(scalebar.units())
        scalebar.setNumberOfSegments(2)
        scalebar.setNumberOfSegmentsLeft(0)
    north = layout.itemById("north")
    if north is not None:
        north.setPicturePath(str(NORTH))
    if legend is not None:
        legend.refresh()
    return item


def _style_labels(layer, style):
    """The legend labels of the layer in its named style ``style`` (the one the map theme shows)."""
    manager = layer.styleManager()
    overridden = style in manager.styles() and style != manager.currentStyle()
    if overridden:
        manager.setOverrideStyle(manager.style(style).xmlData())
    try:
        renderer = layer.renderer()
        return [item.label() for item in renderer.legendSymbolItems()] if renderer is not None else []
    finally:
        if overridden:
            manager.restoreOverrideStyle()


def _wrap_long_labels(legend, node, labels):
    """A class label such as 'ruim onder gemiddeld, lager (56 – 59)' wider than the template's legend frame gets
    its value range on a second line (in this layout's legend only; the layer's own legend is unchanged)."""
    font = compat.legend_font(legend.style(QgsLegendStyle.Style.SymbolLabel))
    room = legend.sizeWithUnits().width() - legend.symbolWidth() - 2 * legend.boxSpace() - 3  # mm
    if not labels or max(QgsLayoutUtils.textWidthMM(font, label) for label in labels) <= room:
        return
    for index, label in enumerate(labels):
        if " (" in label:
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, label.replace(" (", "\n(", 1))
    legend.model().refreshLayerLegend(node)


def fit_extent(rect, width, height, margin=0.04):
    """``rect`` grown by ``margin`` and widened or heightened to the frame's aspect ratio (setExtent would
    otherwise resize the frame to the extent)."""
    w, h = rect.width() * (1 + margin), rect.height() * (1 + margin)
    aspect = width / height if height else 1.0
    w, h = max(w, h * aspect), max(h, w / aspect)
    center = rect.center()
    return QgsRectangle(center.x() - w / 2, center.y() - h / 2, center.x() + w / 2, center.y() + h / 2)


def set_buurt_labels(layer, style, labels="none"):
    """Buurt names or codes (``labels``: none, names, codes) as labels in the layer's named style ``style``."""
    field = LABEL_FIELDS.get(labels)
    if field is not None and layer.fields().indexOf(field) < 0:
        field = None
    manager = layer.styleManager()
    if manager.currentStyle() != style:
        manager.setCurrentStyle(style)
    if field is None:
        layer.setLabelsEnabled(False)
        return
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    text = QgsTextFormat()
    text.setSize(6.5)
    buffer = text.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.6)
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def map_layout(layer, theme, template="a4_landscape", project=None, title=None, language="nl", year=None,
               labels="none"):
    """A print layout of one theme (or the overall score, ``theme=None``) of an indexed ``layer``.

    ``layer`` carries the named styles of :func:`presentation.add_theme_styles`; ``labels``: buurt names, codes or
    none on the map.
    """
    project = project or QgsProject.instance()
    style = presentation.style_name(theme, language)
    if style not in layer.styleManager().styles():
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "The layer has no map of '{theme}'."), theme=style)
    if labels and labels != "none":
        set_buurt_labels(layer, style, labels)
    info = run_info(layer)
    year = year or info.get("year")
    place = place_name(gemeente_names(layer))
    layout = load_template(template, project, unique_name(project, "{} - {}".format(style, place)))
    side = [method_text(info, theme, language, layer.fields().names()), change_summary(layer, theme, language)]
    side = "\n\n".join(t for t in side if t)
    set_texts(layout,
              title=title or "{} - {}".format(style, place),
              subtitle=tr("Buurt scores {} - method {}, reference: {}").format(
                  year or "", vocabulary.method_name(info.get("method"), language, short=True),
                  tr("the Netherlands") if info.get("reference") == "national" else place),
              method=side,
              source=source_line(year, layer_sources(layer)),
              date=today(language))
    fill_map(layout, layer, style, style)
    return layout


def change_summary(layer, theme, language="nl"):
    """For the side text of a theme map whose layer also has computechange's fields (LEVELS=true): how many
    buurten improved, stayed or worsened since the first year, in the change map's words; '' otherwise."""
    field = "bk_{}_change_class".format(theme.id if theme is not None else "total")
    index = layer.fields().indexOf(field)
    if index < 0:
        return ""
    counts = {-1: 0, 0: 0, 1: 0, None: 0}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([index])
    for feature in layer.getFeatures(request):
        try:
            cls = int(feature.attributes()[index])
        except (TypeError, ValueError):
            cls = None
        counts[cls if cls in counts else None] += 1
    context = bool(getattr(theme, "context", False))
    parts = ["{} {}".format(vocabulary.change_word(cls, context, language), counts[cls]) for cls in (1, 0, -1)]
    if counts[None]:
        parts.append("{} {}".format(vocabulary.change_word(None, context, language), counts[None]))
    years = change_run(layer)
    head = tr("Change since {}").format(years[0]) if years and years[0] else tr("Change since the first year")
    return tr("{} (both years on one scale; real only beyond the noise and half a standard deviation): {}.").format(
        head, ", ".join(parts))


def unique_name(project, name):
    manager = project.layoutManager()
    candidate, number = name, 2
    while manager.layoutByName(candidate) is not None:
        candidate, number = "{} ({})".format(name, number), number + 1
    return candidate


# -- export ------------------------------------------------------------------------------------------------------

def export(layout, path, dpi=200, folder=None):
    """Write ``layout`` to ``path``: PDF, PNG or SVG by the extension. Text stays text in PDF and SVG.

    Written into a temporary folder beside ``path`` and moved into place when complete: a failure leaves no file
    and an existing one as it was. With ``folder`` (a :class:`files.Staging` folder of several files) the file is
    written there and the caller moves them all at once."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Export as PDF, PNG or SVG, not '{suffix}'."),
                               suffix=path.suffix or path.name)
    _make_folder(path)
    exporter = QgsLayoutExporter(layout)
    with files.Staging(path) if folder is None else _Into(folder, path) as staging:
        target = str(staging.folder / path.name)
        if kind == "pdf":
            settings = QgsLayoutExporter.PdfExportSettings()
            settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
            settings.dpi = 300
            status = exporter.exportToPdf(target, settings)
        elif kind == "svg":
            settings = QgsLayoutExporter.SvgExportSettings()
            settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
            settings.exportAsLayers = False
            status = exporter.exportToSvg(target, settings)
        else:
            settings = QgsLayoutExporter.ImageExportSettings()
            settings.dpi = dpi
            settings.generateWorldFile = False
            settings.exportMetadata = False
            status = exporter.exportToImage(target, settings)
        _check(status, path, exporter.errorFile().replace(str(staging.folder), str(path.parent)))
        readback.check(target, path, pages=layout.pageCollection().pageCount() if kind == "pdf" else None)
        if folder is None:
            staging.commit()
    return path


class _Into:
    """An existing staging folder used as a context (the owner discards or commits it)."""

    def __init__(self, folder, path):
        self.folder = Path(folder)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _make_folder(path):
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Could not write {path}: {reason}"), path=path,
                               reason=exc.strerror or str(exc))


def _check(status, path, detail=""):
    if status != QgsLayoutExporter.ExportResult.Success:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Could not write {path}: {reason}"), path=path,
                               reason=detail or "error {}".format(int(status)))


def theme_path(path, theme_id, many):
    """``kaart.pdf`` -> ``kaart_leefbaarheid.pdf`` when one file per theme is written."""
    path = Path(path)
    return path.with_name("{}_{}{}".format(path.stem, theme_id, path.suffix)) if many else path


def export_themes(layer, themes, path, template="a4_landscape", project=None, language="nl", add_to_manager=False,
                  feedback=None, title=None, labels="none"):
    """One layout and one file per theme (``None`` = overall score): ``kaart_<theme>.pdf``; returns the paths.
    ``labels``: buurt names, codes or none on the maps.

    Several files are written all or none: into one temporary folder, moved into place together when every one
    is done; a failure or Cancel leaves none of them (and older files of those names as they were)."""
    project = project or QgsProject.instance()
    written, layouts = [], []
    with files.Staging(path) as staging:
        for number, theme in enumerate(themes):
            if feedback is not None and feedback.isCanceled():
                return []
            layout = map_layout(layer, theme, template, project, title=title, language=language, labels=labels)
            target = theme_path(path, theme.id if theme is not None else "totaal", len(themes) > 1)
            written.append(export(layout, target, folder=staging.folder))
            layouts.append(layout)
            if feedback is not None:
                feedback.setProgress(100.0 * (number + 1) / len(themes))
        if feedback is not None and feedback.isCanceled():
            return []
        staging.commit()
    for target, layout in zip(written, layouts):
        if feedback is not None:
            feedback.pushInfo(tr("Wrote {}").format(target))
        if add_to_manager:
            project.layoutManager().addLayout(layout)
    return written


# -- buurtprofielen (atlas) --------------------------------------------------------------------------------------

PROFILE_FIELDS = (("code", compat.STRING), ("naam", compat.STRING), ("gemeentenaam", compat.STRING),
                  ("bk_chart", compat.STRING), ("bk_why", compat.STRING), ("bk_order", compat.INT),
                  (profile_footnotes.FIELD, compat.STRING))
TABLE_FIELDS = (("code", compat.STRING), ("indicator", compat.STRING), ("buurt", compat.STRING),
                ("gemeente", compat.STRING), ("nederland", compat.STRING))


def _memory_layer(name, fields, geometry="None", crs=None):
    uri = geometry if geometry == "None" else "{}?crs={}".format(geometry, crs.authid())
    layer = QgsVectorLayer(uri, name, "memory")
    qfields = QgsFields()
    for field_name, kind in fields:
        qfields.append(compat.field(field_name, kind))
    layer.dataProvider().addAttributes(qfields)
    layer.updateFields()
    return layer, qfields


def _fmt(value, language):
    if value is None or value != value:
        return "-"
    text = "{:,.1f}".format(value) if abs(value) < 1000 else "{:,.0f}".format(value)
    return text.replace(",", " ").replace(".", ",") if language == "nl" else text


def profile_codes(frame, requested=None):
    """The buurten asked for (codes or names), or every buurt with an overall score."""
    compare.check_unique_codes(frame)
    if requested and str(requested).strip():
        return compare.buurt_codes(frame, requested)
    scored = frame["bk_total"].notna() if "bk_total" in frame else frame["code"].notna()
    codes = frame.loc[scored, "code"].dropna().tolist()
    if not codes:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "No buurt in the layer has a score."))
    return codes


def profile_layers(layer, frame, codes, themes, national=None, language="nl", folder=None, feedback=None):
    """The atlas coverage layer (one feature per buurt: geometry, chart path, explanations, page order) and the
    indicator table layer (one row per buurt and indicator), both memory layers, never added to a project; charts
    are written into ``folder``. ``codes`` come in page order (:func:`profile_book.order`). ``feedback``
    (QgsFeedback) gets the progress per buurt; cancelled: ``(None, None)``."""
    folder = Path(folder or tempfile.mkdtemp(prefix="buurtkijker_profielen_"))
    folder.mkdir(parents=True, exist_ok=True)
    coverage, cfields = _memory_layer(tr("Buurtprofielen"), PROFILE_FIELDS, "MultiPolygon", layer.crs())
    table, tfields = _memory_layer(tr("Buurtprofielen - indicatoren"), TABLE_FIELDS)
    wanted = set(codes)
    index = layer.fields().indexOf("code")
    request = QgsFeatureRequest().setSubsetOfAttributes([index])
    geometries = {f.attributes()[index]: f.geometry() for f in layer.getFeatures(request)
                  if f.attributes()[index] in wanted}
    profile_features, rows = [], []
    everyone = compare.compare(frame, codes, themes, national, language)
    drawer = charts.ProfileCharts(everyone, width=7.5, height=2.6, dpi=200)
    background = QThread.currentThread() != QCoreApplication.instance().thread()  # in a task's worker
    for number, code in enumerate(codes):
        if feedback is not None:
            if feedback.isCanceled():
                return None, None
            feedback.setProgress(100.0 * number / len(codes))
        comparison = everyone.only(code)
        name = comparison.buurten["naam"].iloc[0]
        # BMP: written in milliseconds, and Qt's SVG renderer would ignore matplotlib's clips
        chart = folder / "{}.bmp".format(re.sub(r"[^A-Za-z0-9_-]", "_", code))
        try:
            drawer.write(code, chart)
        except OSError as exc:  # a full disk while drawing the charts: a message, not a traceback
            raise files.write_error(chart, files.reason_of(exc))
        if background:
            time.sleep(0.004)  # let the main thread have Python for a moment: QGIS' own Python stays responsive
        why = "\n".join("{}: {}".format(label, text) for label, text in comparison.explanation_lines(code))
        gm = comparison.gemeente_columns[0] if comparison.gemeente_columns else None
        notes = profile_footnotes.Footnotes()  # an average from part of the area: a mark, the words under the table
        for index, row in comparison.rows.iterrows():
            if row["kind"] != "indicator":
                continue
            values = comparison.values.loc[index]
            label = "{} ({})".format(row["label"], row["unit"]) if row["unit"] else row["label"]
            item = QgsFeature(tfields)
            item.setAttributes([code, label, _fmt(values[code], language),
                                notes.cell(_fmt(values[gm], language), comparison.coverage_text(index, gm))
                                if gm else "-",
                                notes.cell(_fmt(values.get(compare.NATIONAL, float("nan")), language),
                                           comparison.coverage_text(index, compare.NATIONAL))])
            rows.append(item)
        feature = QgsFeature(cfields)
        feature.setAttributes([code, name, comparison.buurten["gemeentenaam"].iloc[0], str(chart), why, number,
                               notes.text()])
        feature.setGeometry(geometries.get(code))
        profile_features.append(feature)
    coverage.dataProvider().addFeatures(profile_features)
    table.dataProvider().addFeatures(rows)
    coverage.updateExtents()
    _highlight_atlas_feature(coverage)
    return coverage, table


def _highlight_atlas_feature(coverage):
    """Draw only the atlas page's buurt, as a thick outline."""
    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#000000", "outline_width": "0.8"})
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, filterExp="@atlas_featureid = $id"))
    coverage.setRenderer(QgsRuleBasedRenderer(root))


def change_run(layer):
    """(first year, second year) of a layer with computechange's fields (bk_change_run), else ()."""
    index = layer.fields().indexOf(result_fields.CHANGE_RUN)
    first = next(layer.getFeatures(), None) if index >= 0 else None
    value = first.attributes()[index] if first is not None else None
    if not isinstance(value, str):
        return ()
    run = result_fields.split_run(value, result_fields.CHANGE_RUN_PARTS)
    return run["before"], run["after"]


def why_title(layer):
    """The heading of a profile page's explanations; with the change since an earlier year when the layer has it
    (the score, then its change in brackets)."""
    years = change_run(layer)
    if not years:
        return tr("Why this score?")
    if years[0]:
        return tr("Score and change since {}").format(years[0])  # one line of the page's heading frame
    return tr("Score and change")


def profiles_layout(layer, coverage, table, project=None, style=None, language="nl", year=None, template=PROFILE):
    """An atlas layout over ``coverage``: one page per buurt with map, chart, explanations and indicator table."""
    project = project or QgsProject.instance()
    style = style or presentation.style_name(None, language)
    info = run_info(layer)
    year = year or info.get("year")
    layout = load_template(template, project, unique_name(project, tr("Buurtprofielen - {}").format(
        place_name(gemeente_names(layer)))))
    set_texts(layout, why_title=why_title(layer),
              method=scale_line(info, layer),
              source=source_line(year, layer_sources(layer)),
              date=today(language))
    # the title and subtitle follow the atlas feature
    for item_id, text in (("title", '[% "naam" %]'),
                          ("subtitle", '[% "gemeentenaam" %] - [% "code" %] - ' + tr("buurtprofiel") +
                           " {}".format(year or ""))):
        if layout.itemById(item_id) is not None:
            layout.itemById(item_id).setText(text)
    fill_map(layout, layer, style, style, extra=(coverage,))
    item = layout.itemById("map")
    # the helper layer is in no project, so a map theme (which follows the project's layers) would drop it: the
    # map lists its layers itself, the buurt's outline on top, with the theme's styles
    theme = item.followVisibilityPresetName()
    item.setFollowVisibilityPreset(False)
    item.setLayers([coverage, layer])
    item.setKeepLayerStyles(True)
    item.setLayerStyleOverrides(project.mapThemeCollection().mapThemeStyleOverrides(theme))
    item.setAtlasDriven(True)
    item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    item.setAtlasMargin(0.6)
    chart = layout.itemById("chart")
    if chart is not None:
        from qgis.core import QgsLayoutObject, QgsProperty
        chart.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.PictureSource,
                                                  QgsProperty.fromField("bk_chart"))
    frame = layout.itemById("table_frame")
    if frame is not None:
        _fill_table(frame.multiFrame(), table, language)
        profile_footnotes.add(layout)
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"bk_order"')  # wijk, then buurt name (profile_book.order)
    atlas.setFilenameExpression('"code"')
    return layout


def scale_line(info, layer):
    """The profile page's one line on how to read its scores: what 100 and 10 points mean, for its method."""
    method = info.get("method") or "zscore"
    national = info.get("reference") == "national"
    if info.get("level") == "wijk":
        reference = tr("all Dutch wijken") if national else tr("the wijken of {}").format(
            place_name(gemeente_names(layer)))
    else:
        reference = tr("all Dutch buurten") if national else tr("the buurten of {}").format(
            place_name(gemeente_names(layer)))
    if method in ("zscore", "imd"):
        return tr("How to read the scores: 100 is the average of {}; 10 points is one standard deviation; higher "
                  "is better.").format(reference)
    if method == "rank":
        return tr("How to read the scores: the percentage of {} that score lower (0-100); 50 is the middle; "
                  "higher is better.").format(reference)
    return tr("How to read the scores: 0 is the lowest and 100 the highest of {}; higher is better.").format(
        reference)


def _fill_table(table_item, table, language):
    table_item.setVectorLayer(table)
    table_item.setFilterFeatures(True)
    table_item.setFeatureFilter("\"code\" = attribute(@atlas_feature, 'code')")
    table_item.setMaximumNumberOfFeatures(100)
    headings = (("indicator", tr("Indicator")), ("buurt", tr("Buurt")), ("gemeente", tr("Gemeente")),
                ("nederland", tr("Netherlands")))
    columns = []
    frame = table_item.frame(0) if table_item.frameCount() else None
    numbers, margin = 14.0, 0.6  # mm
    # the table sets its frame's width (QGIS fixes it to the columns): the label column gets what is left up to
    # 10 mm from the paper's right edge and wraps. An automatic width let long labels push the table to 2.5 mm.
    room = 0.0
    if frame is not None:
        page = table_item.layout().pageCollection().page(0)
        room = page.pos().x() + page.rect().width() - 10.0 - frame.pos().x() - 3 * numbers - 2 * margin * 4 - 2.5
    for field, heading in headings:
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(field)
        column.setWidth(max(room, 20.0) if field == "indicator" else numbers)
        if field != "indicator":
            column.setHAlignment(Qt.AlignmentFlag.AlignRight)
        columns.append(column)
    table_item.setColumns(columns)
    small_print(table_item, margin)
    table_item.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table_item.refresh()


def small_print(table, margin):
    """The text of a page's tables: DejaVu Sans 6.5 pt, the header bold, ``margin`` mm around each cell."""
    for setter, bold in ((table.setHeaderTextFormat, True), (table.setContentTextFormat, False)):
        text = QgsTextFormat()
        text.setFont(QFont("DejaVu Sans", 6, QFont.Weight.Bold if bold else QFont.Weight.Normal))
        text.setSize(6.5)
        setter(text)
    table.setCellMargin(margin)


def export_book(layout, layer, groups, path, language="nl", feedback=None, progress=(0.0, 100.0)):
    """The profiles as one PDF: contents page, the pages in the order of ``groups``, bookmarks. Written all or
    nothing: None when ``feedback`` was cancelled (no file is left, an existing one stays as it was)."""
    from . import profile_book
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Buurtprofielen are exported as one PDF."))
    _make_folder(path)
    year = run_info(layer).get("year") or ""
    place = place_name(gemeente_names(layer))
    title = tr("Buurtprofielen {}").format(place)
    subtitle = tr("Buurtprofielen {} {}: {} buurten, by wijk and buurt name").format(
        place, year, sum(len(b) for _, b in groups))
    with files.Staging(path) as staging:
        if not profile_book.write(layout, groups, staging.path, title, subtitle, feedback, progress=progress):
            return None
        if feedback is not None and feedback.isCanceled():
            return None
        readback.check(staging.path, path, pages=sum(len(b) for _, b in groups))  # at least a page per buurt
        staging.commit()
    return path


class ProfileExport:
    """What :func:`export_profiles` made: the PDF (None when cancelled) and its layout (over layers that are in
    no project: keep this object while the layout is used)."""

    def __init__(self, written=None, layout=None, layers=()):
        self.written, self.layout, self.layers = written, layout, list(layers)


def export_profiles(layer, frame, codes, themes, path, project, national=None, language="nl", feedback=None,
                    next_step=None, notes=None):
    """Buurtprofielen of ``codes`` as one PDF, sorted by wijk and buurt name, with a contents page and bookmarks:
    the charts and the two atlas layers, the atlas layout (built once; per page only its feature changes), the
    pages. The one sequence behind the dock's background task and the exportlayout algorithm. The helper layers
    stay out of ``project``; ``next_step()`` is called between the charts and the pages (two progress steps).

    ``notes`` (a list of :class:`core.notes.Note`, or None for no notes box) adds the box "Wat we horen in de
    buurt" (:mod:`profile_notes`)."""
    from . import profile_book
    groups = profile_book.order(frame, codes)
    with tempfile.TemporaryDirectory(prefix="buurtkijker_profielen_") as folder:
        coverage, table = profile_layers(layer, frame, profile_book.ordered_codes(groups), themes, national,
                                         language, folder=folder, feedback=feedback)
        if coverage is None:
            return ProfileExport()
        layout = profiles_layout(layer, coverage, table, project, language=language)
        from . import profile_notes
        if notes is not None:
            profile_notes.add_notes(layout, coverage, notes, language,
                                    theme_label={t.id: t.label(language) for t in themes}.get)
        else:  # long explanations get a smaller font rather than being cut off
            profile_notes.fit_explanations(layout, coverage)
        if next_step is not None:
            next_step()
        written = export_book(layout, layer, groups, path, language, feedback)
    return ProfileExport(written, layout, [coverage, table])
