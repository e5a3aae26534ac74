#!/usr/bin/env python3
"""Generate the embedded demo gemeente 'Voorbeeldstad' (GM9999): fictitious, reproducible, offline.

About 40 buurten in five wijken, polygons in EPSG:28992 (a jittered grid clipped to an irregular town outline,
with a river buurt that is water only), and indicator values in the CBS/PDOK long-name schema, correlated through
a hidden 'welfare' factor and a distance-to-centre gradient. Includes CBS no-data codes (-99997 secret for small
buurten, -99995 not yet available) as real files do. Run: ``python3 scripts/make_demo_data.py [out.gpkg]``.
"""

import math
import os
import sys

import numpy as np
from osgeo import ogr, osr

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "demo", "voorbeeldstad_buurten.gpkg")
ORIGIN = (155000.0, 463000.0)  # RD New, the centre of the Netherlands (Amersfoort)
CELL = 720.0
GRID = 7
WIJKEN = ["Binnenstad", "Noorderhof", "Oostpolder", "Zuiderveld", "Westerkwartier"]
STREET_NAMES = ["Kerkbuurt", "Molenwijk", "Bloemenbuurt", "Vogelbuurt", "Schildersbuurt", "Parkzicht", "De Akkers",
                "Rivierzone", "Stationskwartier", "Oude Haven", "Lindenhof", "Beukenrode", "Het Veld", "Zonnehoek",
                "Bomenbuurt", "De Weide", "Dorpskern", "Kastanjelaan", "Heidezoom", "Eikenhorst", "Sterrenbuurt",
                "Componistenbuurt", "Watertorenbuurt", "Brinkzicht", "Fabriekskwartier", "Laakhof", "De Horst",
                "Klaverveld", "Nieuwe Erven", "Gasthuisbuurt", "De Hoeven", "Esdoornpark", "Singelbuurt",
                "Meander", "Kloosterhof", "Boerderijweg", "Polderzicht", "Wilgenrijk", "Duinzicht", "Lisdodde",
                "Marktkwartier", "Tuinstad", "Ravelijn", "Vestingbuurt"]


def outline(rng):
    """An irregular town outline around ORIGIN."""
    ring = ogr.Geometry(ogr.wkbLinearRing)
    radius = GRID * CELL / 2 * 0.95
    for k in range(72):
        a = 2 * math.pi * k / 72
        r = radius * (1 + 0.08 * math.sin(3 * a + 0.5) + 0.05 * math.cos(5 * a) + rng.uniform(-0.02, 0.02))
        ring.AddPoint_2D(ORIGIN[0] + r * math.cos(a), ORIGIN[1] + r * math.sin(a))
    ring.CloseRings()
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


def cells(rng):
    """A grid whose shared vertices are jittered and whose edges wiggle, so neighbours still fit exactly."""
    x0, y0 = ORIGIN[0] - GRID * CELL / 2, ORIGIN[1] - GRID * CELL / 2
    jitter = rng.uniform(-0.22, 0.22, (GRID + 1, GRID + 1, 2)) * CELL
    jitter[0, :], jitter[-1, :], jitter[:, 0], jitter[:, -1] = 0, 0, 0, 0
    vertex = lambda i, j: (x0 + i * CELL + jitter[i, j, 0], y0 + j * CELL + jitter[i, j, 1])  # noqa: E731
    edge_cache = {}

    def edge(a, b):
        key = (a, b) if a < b else (b, a)
        if key not in edge_cache:  # a wiggly edge of ~10 points, shared by both neighbours
            (xa, ya), (xb, yb) = vertex(*key[0]), vertex(*key[1])
            bend = rng.uniform(-0.06, 0.06) * CELL
            pts = []
            for t in np.linspace(0, 1, 10):
                nx, ny = -(yb - ya), xb - xa
                norm = math.hypot(nx, ny) or 1
                off = bend * math.sin(math.pi * t) + rng.uniform(-4, 4) * (0 < t < 1)
                pts.append((xa + t * (xb - xa) + off * nx / norm, ya + t * (yb - ya) + off * ny / norm))
            edge_cache[key] = pts
        pts = edge_cache[key]
        return pts if key == (a, b) else pts[::-1]

    for i in range(GRID):
        for j in range(GRID):
            corners = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)]
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for a, b in zip(corners, corners[1:] + corners[:1]):
                for x, y in edge(a, b)[:-1]:
                    ring.AddPoint_2D(x, y)
            ring.CloseRings()
            poly = ogr.Geometry(ogr.wkbPolygon)
            poly.AddGeometry(ring)
            yield i, j, poly


def wijk_of(cx, cy):
    dx, dy = cx - ORIGIN[0], cy - ORIGIN[1]
    if math.hypot(dx, dy) < 1.15 * CELL:
        return 0
    angle = math.degrees(math.atan2(dy, dx)) % 360
    return 1 + int(((angle + 45) % 360) // 90)  # 1 noord, 2 west... mapped below
    # (quadrants: 45-135 noord, 135-225 west, 225-315 zuid, 315-45 oost)


QUADRANT_WIJK = {0: 0, 1: 2, 2: 1, 3: 4, 4: 3}


def attributes(rng, units):
    """Indicator values in the PDOK long-name schema for each unit (dict with centre distance and water flag)."""
    n = len(units)
    dist = np.array([u["dist"] for u in units]) / (GRID * CELL / 2)
    welfare = rng.normal(0, 1, n) + 0.8 * (dist - dist.mean()) / dist.std()
    age = rng.normal(0, 1, n) - 0.5 * welfare * 0.3
    noise = lambda s=1.0: rng.normal(0, s, n)  # noqa: E731
    inw = np.round(np.clip(rng.lognormal(7.4, 0.6, n), 60, 6000) / 5) * 5
    water = np.array([u["water"] for u in units])
    inw[np.argmax(np.where(water, 0, dist))] = 35  # an outlying hamlet: too small for CBS to publish figures
    p65 = np.clip(20 + 6 * age + noise(2), 3, 45).round()
    p0014 = np.clip(16 - 3 * age + 1.5 * welfare + noise(1.5), 4, 30).round()
    values = {
        "aantal_inwoners": inw,
        "percentage_personen_0_tot_15_jaar": p0014,
        "percentage_personen_65_jaar_en_ouder": p65,
        "percentage_personen_15_tot_25_jaar": np.clip(12 - 2 * dist + noise(2), 4, 40).round(),
        "aantal_huishoudens": np.round(inw / np.clip(2.2 + 0.2 * welfare, 1.3, 3.2)),
        "percentage_eenpersoonshuishoudens": np.clip(38 - 8 * welfare - 10 * dist + noise(4), 10, 75).round(),
        "gemiddelde_huishoudsgrootte": np.clip(2.2 + 0.25 * welfare + 0.4 * dist + noise(0.1), 1.3, 3.2).round(1),
        "bevolkingsdichtheid_inwoners_per_km2": np.clip(9000 * (1.1 - dist) + noise(800), 200, 15000).round(),
        "gemiddelde_woningwaarde": np.clip(330 + 70 * welfare + noise(25), 150, 900).round(),
        "percentage_koopwoningen": np.clip(55 + 15 * welfare + 10 * dist + noise(6), 5, 98).round(),
        "percentage_eengezinswoning": np.clip(50 + 25 * dist + 5 * welfare + noise(8), 5, 98).round(),
        "perc_huurwoningen_in_bezit_woningcorporaties": np.clip(30 - 14 * welfare + noise(6), 0, 90).round(),
        "percentage_leegstand_woningen": np.clip(4 - 1.0 * welfare + noise(0.8), 0, 15).round(1),
        "percentage_bouwjaarklasse_vanaf_2000": np.clip(20 + 25 * dist + noise(10), 0, 100).round(),
        "gemiddeld_gasverbruik_totaal": np.clip(1100 + 150 * welfare - 200 * dist + noise(80), 300, 2500).round(-1),
        "gemiddeld_elektriciteitsverbruik_totaal": np.clip(2700 + 250 * welfare + noise(150), 1200, 5000).round(-1),
        "percentage_woningen_met_stadsverwarming": np.clip(rng.choice([0, 0, 0, 5, 40], n) + noise(2), 0, 90).round(),
        "personenautos_per_huishouden": np.clip(0.9 + 0.2 * welfare + 0.4 * dist + noise(0.1), 0.2, 2.0).round(1),
        "gemiddeld_inkomen_per_inwoner": np.clip(32 + 7 * welfare + noise(2), 15, 80).round(1),
        "percentage_personen_met_laag_inkomen": np.clip(40 - 9 * welfare + noise(3), 10, 80).round(),
        "percentage_huishoudens_onder_of_rond_sociaal_minimum": np.clip(9 - 4 * welfare + noise(1.5), 1, 30).round(),
        "netto_arbeidsparticipatie": np.clip(67 + 5 * welfare + noise(2), 40, 85).round(),
        "aantal_personen_met_een_alg_bijstandsuitkering_tot":
            np.round(inw * np.clip(0.03 - 0.015 * welfare, 0.002, 0.15)),
        "opleidingsniveau_laag": np.round(inw * 0.8 * np.clip(0.25 - 0.07 * welfare, 0.05, 0.6)),
        "opleidingsniveau_middelbaar": np.round(inw * 0.8 * 0.38),
        "opleidingsniveau_hoog": np.round(inw * 0.8 * np.clip(0.35 + 0.1 * welfare, 0.05, 0.7)),
        "percentage_jongeren_met_jeugdzorg_in_natura": np.clip(10 - 2.5 * welfare + noise(1.5), 1, 25).round(1),
        "aantal_wmo_clienten_per_1000_inwoners":
            np.clip(70 - 15 * welfare + 40 * (p65 - 20) / 10 + noise(8), 10, 250).round(),
        "goed_ervaren_gezondheid": np.clip(74 + 5 * welfare - 0.2 * (p65 - 20) + noise(2), 50, 90).round(1),
        "totaal_misdrijven_per_1000_inwoners": np.clip(45 * (1.2 - dist) - 6 * welfare + noise(6), 5, 180).round(1),
        "huisartsenpraktijk_gemiddelde_afstand_in_km": np.clip(0.5 + 1.6 * dist + noise(0.2), 0.1, 6).round(1),
        "grote_supermarkt_gemiddelde_afstand_in_km": np.clip(0.4 + 1.3 * dist + noise(0.2), 0.1, 6).round(1),
        "basisonderwijs_gemiddelde_afstand_in_km": np.clip(0.4 + 0.8 * dist + noise(0.15), 0.1, 4).round(1),
        "basisonderwijs_gemiddeld_aantal_binnen_3_km": np.clip(18 - 12 * dist + noise(2), 1, 40).round(1),
        "kinderdagverblijf_gemiddelde_afstand_in_km": np.clip(0.4 + 0.9 * dist + noise(0.15), 0.1, 5).round(1),
        "treinstation_gemiddelde_afstand_in_km": np.clip(0.8 + 4 * dist + noise(0.4), 0.2, 15).round(1),
        "bibliotheek_gemiddelde_afstand_in_km": np.clip(0.5 + 2.5 * dist + noise(0.3), 0.1, 10).round(1),
        "afstand_tot_openbaar_groen_totaal": np.clip(0.4 - 0.2 * dist + noise(0.08), 0.05, 1.5).round(2),
        "stedelijkheid_adressen_per_km2": np.clip(np.ceil(1 + 4 * dist + noise(0.4)), 1, 5),
    }
    values["omgevingsadressendichtheid"] = np.round(values["bevolkingsdichtheid_inwoners_per_km2"] / 2)
    values["oppervlakte_land_in_ha"] = np.round(100 * inw / values["bevolkingsdichtheid_inwoners_per_km2"])
    values["aantal_misdrijven"] = np.round(inw * values["totaal_misdrijven_per_1000_inwoners"] / 1000)
    # as if the RIVM Gezondheidsmonitor (18+) were joined: its StatLine column names
    values["MoeiteMetRondkomen_38"] = np.clip(14 - 5 * welfare + noise(2), 2, 45).round(1)
    values["MatigHoogRisicoOpAngstOfDepressie_24"] = np.clip(45 - 5 * welfare + 4 * (1 - dist) + noise(2),
                                                             20, 72).round(1)
    values["BeperktVanwegeGezondheid_17"] = np.clip(30 - 3 * welfare + 0.4 * (p65 - 20) + noise(2), 15, 55).round(1)
    values["ErnstigZeerErnstigEenzaam_29"] = np.clip(11 - 2.5 * welfare + 3 * (1 - dist) + noise(1.5), 2, 32).round(1)
    values["Eenzaam_28"] = np.clip(46 - 4 * welfare + 5 * (1 - dist) + noise(2.5), 22, 80).round(1)
    values["ErnstigeGeluidhinderDoorBuren_37"] = np.clip(7 - 1.5 * welfare + 4 * (1 - dist) + noise(1), 1, 20).round(1)
    for name, v in values.items():
        v[water] = -99997 if name != "aantal_inwoners" else 0
        if name not in ("aantal_inwoners", "aantal_huishoudens", "stedelijkheid_adressen_per_km2",
                        "omgevingsadressendichtheid", "bevolkingsdichtheid_inwoners_per_km2",
                        "oppervlakte_land_in_ha"):
            v[(inw < 50) & ~water] = -99997  # CBS keeps figures of very small buurten secret
    values["percentage_woningen_met_stadsverwarming"][rng.random(n) < 0.15] = -99995  # not yet available
    values["goed_ervaren_gezondheid"][rng.random(n) < 0.08] = -99995
    return values


def health_attributes(rng, values):
    """The RIVM figures attributes() lacks (informal care, volunteering; 18+) and benefit counts, from a second
    random stream so that the figures above stay as they were; tied to the same hidden welfare through the
    low-income share."""
    low = values["percentage_personen_met_laag_inkomen"].astype(float)
    ok = low > 0
    welfare = np.where(ok, -(low - low[ok].mean()) / low[ok].std(), 0.0)
    inw = values["aantal_inwoners"].astype(float)
    n = len(low)
    noise = lambda s=1.0: rng.normal(0, s, n)  # noqa: E731
    out = {
        "Mantelzorger_32": np.clip(14 + 1.5 * welfare + noise(2), 3, 30).round(1),
        "Vrijwilligerswerk_33": np.clip(27 + 6 * welfare + noise(3), 8, 60).round(1),
        "aantal_personen_met_een_ao_uitkering_totaal": np.round(inw * np.clip(0.05 - 0.015 * welfare, 0.01, 0.15)),
        "aantal_personen_met_een_ww_uitkering_totaal": np.round(inw * np.clip(0.02 - 0.006 * welfare, 0.003, 0.08)),
    }
    for v in out.values():
        v[~ok] = -99997  # water and very small buurten: secret, as the CBS figures
    return out


def build(path=OUT, seed=9999):
    rng = np.random.default_rng(seed)
    town = outline(rng)
    river_row = GRID // 2 - 1
    units = []
    for i, j, poly in cells(rng):
        clipped = poly.Intersection(town)
        if clipped is None or clipped.IsEmpty() or clipped.GetArea() < 0.25 * CELL * CELL:
            continue
        c = clipped.Centroid()
        water = (j == river_row and i == GRID - 2)
        units.append({"geom": clipped, "dist": math.hypot(c.GetX() - ORIGIN[0], c.GetY() - ORIGIN[1]),
                      "wijk": QUADRANT_WIJK[wijk_of(c.GetX(), c.GetY())], "water": water})
    values = attributes(rng, units)
    values.update(health_attributes(np.random.default_rng(seed + 1), values))

    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    lyr = ds.CreateLayer("buurten", srs, ogr.wkbMultiPolygon, ["FID=fid", "GEOMETRY_NAME=geom"])
    for name, kind in (("buurtcode", ogr.OFTString), ("buurtnaam", ogr.OFTString), ("wijkcode", ogr.OFTString),
                       ("wijknaam", ogr.OFTString), ("gemeentecode", ogr.OFTString), ("gemeentenaam", ogr.OFTString),
                       ("water", ogr.OFTString)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for name, v in values.items():
        integral = np.all(np.mod(v, 1) == 0)
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTInteger if integral else ogr.OFTReal))
    lyr.CreateField(ogr.FieldDefn("jaar", ogr.OFTInteger))
    counters = [0] * len(WIJKEN)
    names = iter(STREET_NAMES)
    order = sorted(range(len(units)), key=lambda k: (units[k]["wijk"], units[k]["dist"]))
    ds.StartTransaction()
    for k in order:
        unit = units[k]
        w = unit["wijk"]
        feature = ogr.Feature(lyr.GetLayerDefn())
        feature.SetField("buurtcode", "BU9999{:02d}{:02d}".format(w, counters[w]))
        feature.SetField("buurtnaam", "Rivier De Vliet" if unit["water"] else next(names))
        feature.SetField("wijkcode", "WK9999{:02d}".format(w))
        feature.SetField("wijknaam", WIJKEN[w])
        feature.SetField("gemeentecode", "GM9999")
        feature.SetField("gemeentenaam", "Voorbeeldstad")
        feature.SetField("water", "JA" if unit["water"] else "NEE")
        for name, v in values.items():
            feature.SetField(name, float(v[k]) if lyr.GetLayerDefn().GetFieldDefn(
                lyr.GetLayerDefn().GetFieldIndex(name)).GetType() == ogr.OFTReal else int(v[k]))
        feature.SetField("jaar", 2024)
        feature.SetGeometry(ogr.ForceToMultiPolygon(unit["geom"]))
        lyr.CreateFeature(feature)
        counters[w] += 1
    ds.CommitTransaction()
    ds = None
    return len(units)


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else OUT
    print("{} buurten written to {}".format(build(target), os.path.normpath(target)))
