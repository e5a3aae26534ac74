"""The buurtkaart for bewoners from a result layer: geometry simplified for the screen, the data the panel shows,
the colours and words of the QGIS maps; :func:`core.html_map.page` makes the HTML, :func:`write` saves it."""

import pandas as pd
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry,
                       QgsProject, QgsRectangle)

from ..core import compare, explain, html_map, notes as core_notes, verdict, vocabulary
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
    rows = compare.rows_of(frame, themes, language)
    indicator_ids = rows.loc[rows["kind"] == "indicator", "id"].tolist()
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
    for gm, part in frame.groupby("gemeentecode", sort=False):
        # the gemeente's own figures as compare computes them (with their coverage), from one of its buurten
        comparison = compare.compare(part, part["code"].astype(str).tolist()[:1], themes, None, language)
        at = {i: k for k, i in enumerate(comparison.rows["id"]) if comparison.rows["kind"].iat[k] == "indicator"}
        name = part["gemeentenaam"].dropna()
        gemeenten[gm] = {"name": str(name.iloc[0]) if len(name) else gm,
                         "values": [comparison.value_text(at[i], gm, vocabulary.number(
                             comparison.values[gm].iat[at[i]], language)) if i in at else "-"
                             for i in indicator_ids]}
    own = {f: pd.to_numeric(by_code[f], errors="coerce") for f in indicator_fields if f in by_code.columns}
    made = {}
    for code in codes:
        row = by_code.loc[code]
        whys, changes = [], []
        for theme, field in entries:
            scale_name = presentation.scale_of(theme, method)
            cls = pd.to_numeric(pd.Series([row.get(field + "_class")]), errors="coerce").iloc[0]
            whys.append(None if pd.isna(cls) else sentence(
                verdict.word(int(cls), scale_name, language), row.get(field + "_why"), themes, language))
            changes.append(change_text(row, field, theme, language))
        made[code] = (whys, changes, [None if f not in own or pd.isna(own[f].at[code])
                                      else vocabulary.number(float(own[f].at[code]), language)
                                      for f in indicator_fields])
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
        row = by_code.loc[code]
        scores = []
        for theme, field in entries:
            value, cls = row.get(field), row.get(field + "_class")
            rank = row.get(field + "_rank")
            cls = None if cls is None or cls != cls else int(cls)
            scores.append(None if value is None or value != value else
                          [vocabulary.number(float(value), language), cls,
                           None if rank is None or rank != rank else int(rank)])
        whys, changes, values = made[code]
        buurten.append({
            "code": code, "name": str(row.get("naam") or code), "gemeente": row.get("gemeentecode"),
            "path": path, "label_at": label_at, "scores": scores, "why": whys,
            "change": changes if any(changes) else None, "values": values,
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


def change_text(row, field, theme, language):
    """'102,4 (▲ +3,1 verbeterd)' when the layer has the change of this score (computechange), else None."""
    change, cls = row.get(field + "_change"), row.get(field + "_change_class")
    if change is None or field + "_change_class" not in row.index:
        return None
    number = pd.to_numeric(pd.Series([row.get(field), change, cls]), errors="coerce").tolist()
    return vocabulary.level_with_change(number[0], number[1], None if pd.isna(number[2]) else int(number[2]),
                                        bool(getattr(theme, "context", False)), language)


def write(path, text):
    """Write the page (all or nothing, as every BuurtKijker output)."""
    def save(target):
        with open(str(target), "w", encoding="utf-8") as handle:
            handle.write(text)
    return files.write_file(path, save)
