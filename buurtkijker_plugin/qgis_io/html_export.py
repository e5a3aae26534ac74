"""The buurtkaart for bewoners from a result layer: geometry simplified for the screen, the data the panel shows,
the colours and words of the QGIS maps; :func:`core.html_map.page` makes the HTML, :func:`write` saves it."""

import pandas as pd
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry,
                       QgsProject, QgsRectangle)

from ..core import compare, explain, html_map, notes as core_notes, verdict, vocabulary
from ..core.errors import QT_TRANSLATE_NOOP, BuurtKijkerError
from . import files, layers, layouts, presentation, symbology

RD = "EPSG:28992"  # geographic layers are drawn in RD New (BuurtKijker is Dutch; metres for the tolerance)


def colours(scale):
    """The hex colour of each verdict class of ``scale``, taken from the QGIS map's own ramp and positions."""
    ramp = symbology.context_ramp() if scale == "context" else symbology.diverging_ramp()
    return [ramp.color(p).name() for p in symbology.verdict_positions(scale)]


def theme_entries(themes, frame, method, language):
    """[(theme or None, field)]: the overall score first, then each theme with a score in the layer."""
    out = []
    for theme in [None] + list(themes):
        field = presentation.theme_field(theme.id if theme is not None else presentation.TOTAL)
        if field in frame.columns and frame[field].notna().any():
            out.append((theme, field))
    return out


def geometries(layer, codes):
    """code -> (rings in the layer's units after simplification, label point); the simplification tolerance is
    set by :func:`html_map.grid` (half a unit of the page's viewBox)."""
    request = QgsFeatureRequest().setSubsetOfAttributes(["code"], layer.fields())
    transform = None
    if layer.crs().isGeographic():
        transform = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem(RD), QgsProject.instance())
    wanted, found = set(codes), {}
    extent = None  # QgsRectangle.setMinimal() is deprecated from 3.34 and setNull() is missing on 3.22
    for feature in layer.getFeatures(request):
        code = feature["code"]
        if code not in wanted or not feature.hasGeometry():
            continue
        geometry = QgsGeometry(feature.geometry())
        if transform is not None:
            geometry.transform(transform)
        found[code] = geometry
        box = geometry.boundingBox()
        if extent is None:
            extent = QgsRectangle(box)
        else:
            extent.combineExtentWith(box)
    return found, extent if extent is not None else QgsRectangle()


def rings_of(geometry):
    out = []
    for polygon in (geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]):
        for ring in polygon:
            out.append([(p.x(), p.y()) for p in ring])
    return out


def page_data(layer, themes, language="nl", title=None, notes=(), theme_ids=None, names=True):
    """The dict :func:`html_map.page` renders (see there) for a result layer."""
    frame = layers.indexed_frame(layer)
    compare.check_unique_codes(frame)
    frame = frame[frame["code"].notna()]
    info = layouts.run_info(layer)
    method = info.get("method") or "zscore"
    entries = theme_entries(themes, frame, method, language)
    if theme_ids:
        wanted = [t.strip() for t in theme_ids]
        entries = [e for e in entries if (e[0].id if e[0] is not None else "total") in wanted] or entries
    codes = frame["code"].astype(str).tolist()
    found, extent = geometries(layer, codes)
    if not found:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: the layer has no geometries, so there is no map to draw. Use the result of "
                           "'Compute theme indices' saved with its buurt polygons (e.g. as GeoPackage)."),
            source=layer.name())
    scale, width, height = html_map.grid((extent.xMinimum(), extent.yMinimum(), extent.xMaximum(),
                                          extent.yMaximum()), len(found))
    x0, y1 = extent.xMinimum(), extent.yMaximum()
    rows = compare.rows_of(frame, themes, language)
    indicators = [[rows.at[k, "label"], rows.at[k, "unit"]] for k in rows.index[rows["kind"] == "indicator"]]
    theme_list = []
    for theme, field in entries:
        scale_name = presentation.scale_of(theme, method)
        theme_list.append({"id": theme.id if theme is not None else "total",
                           "label": presentation.style_name(theme, language) if theme is not None
                           else vocabulary.heading("total", language),
                           "scale": scale_name, "context": scale_name == "context",
                           "words": [verdict.word(c, scale_name, language)
                                     for c in range(1, verdict.class_count(scale_name) + 1)],
                           "colours": colours(scale_name)})
    theme_labels = {t.id: t.label(language) for t in themes}
    notes_of = core_notes.by_buurt(notes)
    by_code = frame.set_index("code")
    tolerance = 0.5 / scale
    indicator_fields = rows.loc[rows["kind"] == "indicator", "field"].tolist()
    gemeenten = {}
    indicator_rows = rows[rows["kind"] == "indicator"]
    for gm, part in frame.groupby("gemeentecode", sort=False):
        # the gemeente's own figures as compare computes them, with their coverage where it is low
        figures, coverage = compare.area_figures(part, indicator_rows, language)
        name = part["gemeentenaam"].dropna()
        gemeenten[gm] = {"name": str(name.iloc[0]) if len(name) else gm,
                         "values": [vocabulary.number(v, language) + (" ({})".format(c) if c else "")
                                    for v, c in zip(figures, coverage)]}

    def column(name, numeric=False):
        """code -> value of a field (None where missing), read once for all buurten."""
        if name not in by_code.columns:
            return {}
        values = pd.to_numeric(by_code[name], errors="coerce") if numeric else by_code[name]
        return {c: (None if pd.isna(v) else v) for c, v in zip(by_code.index, values.tolist())}
    own = [column(f, True) for f in indicator_fields]
    per_theme = []
    for theme, field in entries:
        per_theme.append((theme, presentation.scale_of(theme, method), column(field, True),
                          column(field + "_class", True), column(field + "_why"), column(field + "_change", True),
                          column(field + "_change_class", True) if {field + "_change", field + "_change_class"}
                          <= set(by_code.columns) else None))
    naam, gemeentecode = column("naam"), column("gemeentecode")
    buurten = []
    for code in codes:
        geometry = found.get(code)
        if geometry is None:
            continue
        simple = geometry.simplify(tolerance)
        if simple is None or simple.isEmpty():
            simple = geometry
        rings = [[((x - x0) * scale + 1, (y1 - y) * scale + 1) for x, y in ring] for ring in rings_of(simple)]
        path = html_map.path_data(rings)
        if not path:  # smaller than a unit: a dot of three units
            c = geometry.centroid().asPoint()
            cx, cy = (c.x() - x0) * scale + 1, (y1 - c.y()) * scale + 1
            path = html_map.path_data([[(cx - 1, cy - 1), (cx + 2, cy - 1), (cx + 2, cy + 2), (cx - 1, cy + 2)]])
        label_at = None
        if names:
            point = geometry.pointOnSurface().asPoint()
            label_at = ((point.x() - x0) * scale + 1, (y1 - point.y()) * scale + 1)
        scores, whys, changes = [], [], []
        for theme, scale_name, score_of, class_of, why_of, change_of, change_class_of in per_theme:
            value, cls = score_of.get(code), class_of.get(code)
            cls = None if cls is None else int(cls)
            scores.append(None if value is None else [vocabulary.number(float(value), language), cls])
            whys.append(None if cls is None else sentence(verdict.word(cls, scale_name, language), why_of.get(code),
                                                          themes, language))
            change_class = change_class_of.get(code) if change_class_of is not None else None
            shown = change_class_of is not None and (value is not None or change_class is not None)
            changes.append(vocabulary.level_with_change(
                value, change_of.get(code), None if change_class is None else int(change_class),
                bool(getattr(theme, "context", False)), language) if shown else None)
        buurten.append({
            "code": code, "name": str(naam.get(code) or code), "gemeente": gemeentecode.get(code),
            "path": path, "label_at": label_at, "scores": scores, "why": whys,
            "change": changes if any(changes) else None,
            "values": [None if o.get(code) is None else vocabulary.number(float(o[code]), language) for o in own],
            "notes": [[n.date, core_notes.role_word(n.role, language), theme_labels.get(n.theme, n.theme), n.text]
                      for n in notes_of.get(code, [])]})
    place = layouts.place_name(layouts.gemeente_names(layer))
    year = info.get("year") or ""
    reference = (vocabulary.reference_name("national", language) if info.get("reference") == "national"
                 else ("de buurten van {}" if language == "nl" else "the buurten of {}").format(place))
    return {"language": language, "title": title or ("Buurtkaart {}" if language == "nl" else "Buurt map {}")
            .format(place), "subtitle": "{} \u00b7 {} \u00b7 {}".format(
                place, vocabulary.count(len(buurten), "buurt", language), year).strip(" \u00b7"),
            "source": layouts.source_line(year, layouts.layer_sources(layer)), "date": layouts.today(language),
            "method": method, "reference": reference, "width": width, "height": height, "themes": theme_list,
            "indicators": indicators, "gemeenten": gemeenten, "buurten": buurten}


def sentence(word, why, themes, language):
    """'onder gemiddeld, vooral door: ...' (:func:`explain.verdict_sentence`); a stored explanation already in
    ``language`` is used as it is, without composing it again (which costs a parse per buurt and theme)."""
    words = explain.WORDS[language if language in explain.WORDS else "nl"]
    if isinstance(why, str):
        for key in ("below", "above"):
            if why.startswith(words[key] + ": "):
                return "{}, {}: {}".format(word, explain.MAINLY[language], why[len(words[key]) + 2:])
    return explain.verdict_sentence(word, why if isinstance(why, str) else None, themes, language)


def write(path, text):
    """Write the page (all or nothing, as every BuurtKijker output)."""
    def save(target):
        with open(str(target), "w", encoding="utf-8") as handle:
            handle.write(text)
    return files.write_file(path, save)
