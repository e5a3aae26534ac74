"""The buurtkaart for bewoners from a result layer: geometry simplified for the screen, the data the panel shows,
the colours and words of the QGIS maps; :func:`core.html_map.page` makes the HTML, :func:`write` saves it."""

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry,
                       QgsProject, QgsRectangle)

from ..core import compare, html_map, notes as core_notes, verdict, vocabulary
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
    extent = QgsRectangle()
    extent.setMinimal()
    for feature in layer.getFeatures(request):
        code = feature["code"]
        if code not in wanted or not feature.hasGeometry():
            continue
        geometry = QgsGeometry(feature.geometry())
        if transform is not None:
            geometry.transform(transform)
        found[code] = geometry
        extent.combineExtentWith(geometry.boundingBox())
    return found, extent


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
    scale, width, height = html_map.grid((extent.xMinimum(), extent.yMinimum(), extent.xMaximum(),
                                          extent.yMaximum()), len(found))
    x0, y1 = extent.xMinimum(), extent.yMaximum()
    comparison = compare.compare(frame, codes, themes, None, language)
    rows = comparison.rows
    indicator_rows = rows.index[rows["kind"] == "indicator"].tolist()
    indicators = [[rows.at[k, "label"], rows.at[k, "unit"]] for k in indicator_rows]
    gemeenten = {}
    for gm in comparison.gemeente_columns:
        name = frame.loc[frame["gemeentecode"] == gm, "gemeentenaam"].dropna()
        gemeenten[gm] = {"name": str(name.iloc[0]) if len(name) else gm,
                         "values": [comparison.value_text(k, gm, vocabulary.number(comparison.values.at[k, gm],
                                                                                   language))
                                    for k in indicator_rows]}  # with its coverage below 90 % of the inhabitants
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
    labels = {rows.at[k, "id"]: rows.at[k, "label"] for k in rows.index[rows["kind"] == "score"]}
    theme_labels = {t.id: t.label(language) for t in themes}
    notes_of = core_notes.by_buurt(notes)
    by_code = frame.set_index("code")
    buurten = []
    tolerance = 0.5 / scale
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
        row = by_code.loc[code]
        scores, whys, changes = [], [], []
        for theme, field in entries:
            value, cls = row.get(field), row.get(field + "_class")
            rank = row.get(field + "_rank")
            cls = None if cls is None or cls != cls else int(cls)
            scores.append(None if value is None or value != value else
                          [vocabulary.number(float(value), language), cls,
                           None if rank is None or rank != rank else int(rank)])
            theme_id = theme.id if theme is not None else "total"
            whys.append(_sentence(comparison, code, labels.get(theme_id)))
            changes.append(comparison.change_text(code, theme_id))
        values = comparison.values[code]
        buurten.append({
            "code": code, "name": str(row.get("naam") or code), "gemeente": row.get("gemeentecode"),
            "path": path, "label_at": label_at, "scores": scores, "why": whys,
            "change": changes if any(changes) else None,
            "values": [None if values.at[k] != values.at[k] else vocabulary.number(values.at[k], language)
                       for k in indicator_rows],
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


def _sentence(comparison, code, label):
    """The buurt's verdict sentence of the theme labelled ``label`` ('onder gemiddeld, vooral door: ...')."""
    for each, sentence in comparison.explanations.get(code, []):
        if each == label:
            return sentence
    return None


def write(path, text):
    """Write the page (all or nothing, as every BuurtKijker output)."""
    def save(target):
        with open(str(target), "w", encoding="utf-8") as handle:
            handle.write(text)
    return files.write_file(path, save)
