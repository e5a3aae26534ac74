"""The CBS Wijk- en buurtkaart schema: every known column name mapped to one canonical id.

CBS has published the same figures under several names: short shapefile names (``AANT_INW``, ``P_65_EO_JR``,
``WOZ``; 2017-2021 shapefiles and the KWB tables), long PDOK names (``aantal_inwoners``,
``percentage_personen_65_jaar_en_ouder``; GeoPackage, WFS and OGC API, 2021-2025) and, in derived data sets such
as the R package tmap's ``NLD_dist``, English names (``population``, ``pop_65plus``). Matching is case-insensitive.
"""

import re
from dataclasses import dataclass

#: Any value at or below this is a CBS no-data code (-99999999, -99999, -99998, -99997, -99996, -99995).
NODATA_THRESHOLD = -99990

HIGHER_IS_BETTER = "higher_is_better"
HIGHER_IS_WORSE = "higher_is_worse"
NEUTRAL = "neutral"


@dataclass(frozen=True)
class Indicator:
    id: str
    unit: str
    label_nl: str
    label_en: str
    direction: str  # the usual reading; a theme may say otherwise
    aliases: tuple

    def label(self, language="nl"):
        return self.label_nl if language == "nl" else self.label_en


# Identifying columns: role -> names, in order of preference.
ID_COLUMNS = {
    "buurtcode": ("BU_CODE", "buurtcode"),
    "buurtnaam": ("BU_NAAM", "buurtnaam"),
    "wijkcode": ("WK_CODE", "wijkcode"),
    "wijknaam": ("WK_NAAM", "wijknaam"),
    "gemeentecode": ("GM_CODE", "gemeentecode"),
    "gemeentenaam": ("GM_NAAM", "gemeentenaam"),
    "water": ("WATER", "H2O", "water"),
    "jaar": ("jaar", "JAAR"),
}

_B, _W, _N = HIGHER_IS_BETTER, HIGHER_IS_WORSE, NEUTRAL

# id, unit, Dutch label, English label, direction, aliases
_TABLE = [
    # population and households
    ("inwoners", "aantal", "Aantal inwoners", "Inhabitants", _N, ("AANT_INW", "aantal_inwoners", "population")),
    ("a_00_14", "aantal", "Inwoners 0-14 jaar", "Inhabitants aged 0-14", _N, ("A_00_14", "k_0tot15jaar")),
    ("a_65_plus", "aantal", "Inwoners 65 jaar en ouder", "Inhabitants aged 65+", _N, ("A_65_OO", "k_65jaarofouder")),
    ("p_00_14", "%", "Aandeel 0-14 jaar", "Share aged 0-14", _N,
     ("P_00_14_JR", "percentage_personen_0_tot_15_jaar", "pop_0_14")),
    ("p_15_24", "%", "Aandeel 15-24 jaar", "Share aged 15-24", _N,
     ("P_15_24_JR", "percentage_personen_15_tot_25_jaar", "pop_15_24")),
    ("p_25_44", "%", "Aandeel 25-44 jaar", "Share aged 25-44", _N,
     ("P_25_44_JR", "percentage_personen_25_tot_45_jaar", "pop_25_44")),
    ("p_45_64", "%", "Aandeel 45-64 jaar", "Share aged 45-64", _N,
     ("P_45_64_JR", "percentage_personen_45_tot_65_jaar", "pop_45_64")),
    ("p_65_plus", "%", "Aandeel 65 jaar en ouder", "Share aged 65+", _N,
     ("P_65_EO_JR", "percentage_personen_65_jaar_en_ouder", "pop_65plus")),
    ("p_gescheiden", "%", "Aandeel gescheiden", "Share divorced", _N, ("P_GESCHEID", "percentage_gescheid")),
    ("p_verweduwd", "%", "Aandeel verweduwd", "Share widowed", _N, ("P_VERWEDUW", "percentage_verweduwd")),
    ("huishoudens", "aantal", "Aantal huishoudens", "Households", _N, ("AANTAL_HH", "aantal_huishoudens")),
    ("p_eenpersoons_hh", "%", "Aandeel eenpersoonshuishoudens", "Share of single-person households", _W,
     ("P_EENP_HH", "percentage_eenpersoonshuishoudens")),
    ("p_hh_met_kinderen", "%", "Aandeel huishoudens met kinderen", "Share of households with children", _N,
     ("P_HH_M_K", "percentage_huishoudens_met_kinderen")),
    ("hh_grootte", "personen", "Gemiddelde huishoudensgrootte", "Average household size", _N,
     ("GEM_HH_GR", "gemiddelde_huishoudsgrootte")),
    ("bev_dichtheid", "inw/km2", "Bevolkingsdichtheid", "Population density", _N,
     ("BEV_DICHTH", "bevolkingsdichtheid_inwoners_per_km2")),
    ("p_herkomst_buiten_europa", "%", "Aandeel met herkomstland buiten Europa", "Share with origin outside Europe", _N,
     ("percentage_met_herkomstland_buiten_europa",)),  # not P_N_W_AL (non-western: another definition)
    # housing
    ("woningen", "aantal", "Woningvoorraad", "Dwellings", _N, ("WONINGEN", "woningvoorraad", "dwelling_total")),
    ("woz", "x 1000 euro", "Gemiddelde WOZ-waarde", "Average property value (WOZ)", _B,
     ("WOZ", "G_WOZ", "gemiddelde_woningwaarde", "dwelling_value")),
    ("p_eengezinswoning", "%", "Aandeel eengezinswoningen", "Share of single-family homes", _N,
     ("P_1GEZW", "percentage_eengezinswoning")),
    ("p_koopwoningen", "%", "Aandeel koopwoningen", "Share of owner-occupied homes", _B,
     ("P_KOOPWON", "percentage_koopwoningen", "dwelling_ownership")),
    ("p_huurwoningen", "%", "Aandeel huurwoningen", "Share of rented homes", _N,
     ("P_HUURWON", "percentage_huurwoningen")),
    ("p_corporatiewoningen", "%", "Aandeel corporatiewoningen", "Share of social housing", _N,
     ("P_WCORPW", "perc_huurwoningen_in_bezit_woningcorporaties")),
    ("p_bouwjaar_vanaf_2000", "%", "Aandeel gebouwd vanaf 2000", "Share built since 2000", _B,
     ("P_BJ_VA_2000", "percentage_bouwjaarklasse_vanaf_2000")),
    ("p_leegstand", "%", "Aandeel leegstaande woningen", "Share of vacant homes", _W,
     ("P_LEEGSW", "percentage_leegstand_woningen")),
    # energy
    ("gasverbruik", "m3", "Gemiddeld gasverbruik", "Average gas use", _W,
     ("G_GAS_TOT", "gemiddeld_gasverbruik_totaal")),
    ("elektriciteitsverbruik", "kWh", "Gemiddeld elektriciteitsverbruik", "Average electricity use", _W,
     ("G_ELEK_TOT", "gemiddeld_elektriciteitsverbruik_totaal")),
    ("p_stadsverwarming", "%", "Aandeel woningen met stadsverwarming", "Share of homes on district heating", _B,
     ("P_STADVERW", "percentage_woningen_met_stadsverwarming")),
    ("autos_per_hh", "per huishouden", "Personenauto's per huishouden", "Cars per household", _W,
     ("AUTO_HH", "personenautos_per_huishouden")),
    # income, work, education
    ("inkomen_per_inwoner", "x 1000 euro", "Gemiddeld inkomen per inwoner", "Average income per inhabitant", _B,
     ("G_INK_PI", "gemiddeld_inkomen_per_inwoner")),
    ("p_laag_inkomen", "%", "Aandeel personen met laag inkomen", "Share of people with a low income", _W,
     ("P_LAAGINKP", "percentage_personen_met_laag_inkomen", "income_low")),
    ("p_hoog_inkomen", "%", "Aandeel personen met hoog inkomen", "Share of people with a high income", _B,
     ("P_HOOGINKP", "percentage_personen_met_hoog_inkomen", "income_high")),
    ("p_hh_sociaal_minimum", "%", "Huishoudens onder of rond sociaal minimum", "Households at or below social minimum",
     _W, ("P_SOCMINH", "P_HH_OSM", "percentage_huishoudens_onder_of_rond_sociaal_minimum")),
    ("arbeidsparticipatie", "%", "Netto arbeidsparticipatie", "Net labour participation", _B,
     ("P_ARB_PP", "netto_arbeidsparticipatie", "employment_rate")),
    ("bijstand", "aantal", "Personen met bijstandsuitkering", "People on social assistance", _W,
     ("A_BIJSTAND", "aantal_personen_met_een_alg_bijstandsuitkering_tot")),
    ("opleiding_laag", "aantal", "Inwoners met laag opleidingsniveau", "Inhabitants with low education", _W,
     ("A_OPL_LG", "opleidingsniveau_laag")),
    ("opleiding_middelbaar", "aantal", "Inwoners met middelbaar opleidingsniveau", "Inhabitants with middle education",
     _N, ("A_OPL_MD", "opleidingsniveau_middelbaar")),
    ("opleiding_hoog", "aantal", "Inwoners met hoog opleidingsniveau", "Inhabitants with high education", _B,
     ("A_OPL_HG", "opleidingsniveau_hoog")),
    ("p_opleiding_hoog", "%", "Aandeel hbo/wo-opgeleid", "Share with higher education", _B, ("edu_appl_sci",)),
    # care, health, safety
    ("p_jeugdzorg", "%", "Aandeel jongeren met jeugdzorg", "Share of young people in youth care", _W,
     ("P_JEUGDZORG", "percentage_jongeren_met_jeugdzorg_in_natura")),
    ("wmo_per_1000", "per 1000 inw", "Wmo-clienten per 1000 inwoners", "Wmo clients per 1000 inhabitants", _W,
     ("WMO_1000", "aantal_wmo_clienten_per_1000_inwoners")),
    ("p_goede_gezondheid", "%", "Aandeel met goed ervaren gezondheid", "Share in good self-rated health", _B,
     ("GOED_GEZ_P", "goed_ervaren_gezondheid")),
    ("misdrijven", "aantal", "Geregistreerde misdrijven (12 mnd)", "Registered crimes (12 months)", _W,
     ("MISDR_12MND", "aantal_misdrijven")),
    ("misdrijven_per_1000", "per 1000 inw", "Misdrijven per 1000 inwoners", "Crimes per 1000 inhabitants", _W,
     ("MISDR_P1000", "totaal_misdrijven_per_1000_inwoners")),
    # RIVM Gezondheidsmonitor (18+), model estimates per buurt
    ("eenzaam", "%", "Eenzaam (18+)", "Lonely (18+)", _W, ("Eenzaam_28",)),
    ("ernstig_eenzaam", "%", "Ernstig of zeer ernstig eenzaam (18+)", "Severely lonely (18+)", _W,
     ("ErnstigZeerErnstigEenzaam_29",)),
    ("risico_angst_depressie", "%", "Matig of hoog risico op angststoornis of depressie (18+)",
     "Moderate or high risk of anxiety or depression (18+)", _W, ("MatigHoogRisicoOpAngstOfDepressie_24",)),
    ("moeite_rondkomen", "%", "Moeite met rondkomen (18+)", "Difficulty making ends meet (18+)", _W,
     ("MoeiteMetRondkomen_38",)),
    ("beperkt_gezondheid", "%", "Beperkt vanwege gezondheid (18+)", "Limited by health (18+)", _W,
     ("BeperktVanwegeGezondheid_17",)),
    ("geluidhinder_buren", "%", "Ernstige geluidhinder door buren (18+)", "Severe noise nuisance from neighbours (18+)",
     _W, ("ErnstigeGeluidhinderDoorBuren_37", "ErnstigeGeluidhinderDoorBuren")),
    # amenities (distances by road, km)
    ("afstand_huisarts", "km", "Afstand tot huisartsenpraktijk", "Distance to GP practice", _W,
     ("G_AFS_HP", "AF_ARTSPR", "huisartsenpraktijk_gemiddelde_afstand_in_km")),
    ("afstand_supermarkt", "km", "Afstand tot grote supermarkt", "Distance to large supermarket", _W,
     ("G_AFS_GS", "AF_SUPERM", "grote_supermarkt_gemiddelde_afstand_in_km")),
    ("afstand_basisschool", "km", "Afstand tot basisschool", "Distance to primary school", _W,
     ("G_AFS_SC", "AF_ONDBAS", "basisonderwijs_gemiddelde_afstand_in_km")),
    ("scholen_binnen_3km", "aantal", "Basisscholen binnen 3 km", "Primary schools within 3 km", _B,
     ("G_3KM_SC", "basisonderwijs_gemiddeld_aantal_binnen_3_km")),
    ("afstand_kinderdagverblijf", "km", "Afstand tot kinderdagverblijf", "Distance to day nursery", _W,
     ("AF_KDV", "kinderdagverblijf_gemiddelde_afstand_in_km")),
    ("afstand_treinstation", "km", "Afstand tot treinstation", "Distance to railway station", _W,
     ("AF_TREINST", "treinstation_gemiddelde_afstand_in_km")),
    ("afstand_bibliotheek", "km", "Afstand tot bibliotheek", "Distance to library", _W,
     ("AF_BIBLIO", "bibliotheek_gemiddelde_afstand_in_km")),
    ("afstand_groen", "km", "Afstand tot openbaar groen", "Distance to public green space", _W,
     ("afstand_tot_openbaar_groen_totaal",)),
    # area and urbanity
    ("oad", "adressen/km2", "Omgevingsadressendichtheid", "Address density", _N, ("OAD", "omgevingsadressendichtheid")),
    ("stedelijkheid", "1-5", "Mate van stedelijkheid (1 = zeer sterk)", "Urbanity (1 = very strong)", _N,
     ("STED", "stedelijkheid_adressen_per_km2")),
    ("opp_land", "ha", "Oppervlakte land", "Land area", _N, ("OPP_LAND", "oppervlakte_land_in_ha")),
]

INDICATORS = {row[0]: Indicator(*row) for row in _TABLE}

# Indicators computed from others when the layer lacks them: id -> (numerator ids, denominator ids, factor).
DERIVED = {
    "p_65_plus": (("a_65_plus",), ("inwoners",), 100.0),
    "p_00_14": (("a_00_14",), ("inwoners",), 100.0),
    "p_opleiding_laag": (("opleiding_laag",), ("opleiding_laag", "opleiding_middelbaar", "opleiding_hoog"), 100.0),
    "p_opleiding_hoog": (("opleiding_hoog",), ("opleiding_laag", "opleiding_middelbaar", "opleiding_hoog"), 100.0),
    "bijstand_per_1000": (("bijstand",), ("inwoners",), 1000.0),
    "misdrijven_per_1000": (("misdrijven",), ("inwoners",), 1000.0),
    "misdrijven_per_km2": (("misdrijven",), ("opp_land",), 100.0),  # land area in ha
}
INDICATORS["p_opleiding_laag"] = Indicator(
    "p_opleiding_laag", "%", "Aandeel laag opgeleid", "Share with low education", _W, ())
INDICATORS["misdrijven_per_km2"] = Indicator(
    "misdrijven_per_km2", "per km2 land", "Misdrijven per km2 land", "Crimes per km2 of land", _W, ())
INDICATORS["woz_per_bewoner"] = Indicator(
    "woz_per_bewoner", "x 1000 euro", "WOZ-waarde per bewoner", "Property value (WOZ) per resident", _B, ())
INDICATORS["bijstand_per_1000"] = Indicator(
    "bijstand_per_1000", "per 1000 inw", "Bijstand per 1000 inwoners", "Social assistance per 1000 inhabitants", _W, ())

#: Indicators that are one mean divided by another (value, divisor): the WOZ value of a buurt's homes per resident
#: (WOZ per dwelling / persons per household) separates a dear home from a large one, which WOZ per dwelling mixes.
MEAN_RATIOS = {"woz_per_bewoner": ("woz", "hh_grootte")}


# -- Extra sources (issue 12): RIVM Gezondheidsmonitor, uitkeringen, Leefbaarometer, CBS xlsx / OData names ------
# Kept in one block so that merges with changes above stay easy. CBS OData / cbsodata keys carry a position
# suffix that changes between years (``AantalInwoners_5`` in 2017 and 2024, ``Eenzaam_28`` in RIVM 50090NED):
# :func:`canonical_name` also tries the name without its ``_<number>`` suffix, so the aliases give the stem.

ID_COLUMNS["buurtcode"] += ("gwb_code_10", "bu_code", "Codering", "statcode")
ID_COLUMNS["buurtnaam"] += ("regio", "bu_naam", "statnaam")
ID_COLUMNS["wijkcode"] += ("wk_code",)
ID_COLUMNS["wijknaam"] += ("wk_naam",)
ID_COLUMNS["gemeentecode"] += ("gm_code",)
ID_COLUMNS["gemeentenaam"] += ("gm_naam", "Gemeentenaam")
ID_COLUMNS["jaar"] += ("Perioden", "peiljaar")
ID_COLUMNS["niveau"] = ("recs", "SoortRegio")  # Land / Gemeente / Wijk / Buurt in files that mix levels
ID_COLUMNS["leeftijd"] = ("Leeftijd",)  # RIVM: 20300 = 18 jaar en ouder, 80200 = 65 jaar en ouder
ID_COLUMNS["marges"] = ("Marges",)  # RIVM: MW00000 = the estimate, other rows its bounds

# More names for the indicators above: CBS' xlsx/CSV short names (kwb-20xx.xlsx) and OData stems.
_MORE_ALIASES = {
    "inwoners": ("a_inw", "AantalInwoners"),
    "a_00_14": ("k_0Tot15Jaar",),
    "a_65_plus": ("a_65_oo", "k_65JaarOfOuder"),
    "huishoudens": ("a_hh", "HuishoudensTotaal"),
    "hh_grootte": ("g_hhgro", "GemiddeldeHuishoudensgrootte"),
    "bev_dichtheid": ("bev_dich", "Bevolkingsdichtheid"),
    "woningen": ("a_woning", "Woningvoorraad"),
    "woz": ("g_woz", "GemiddeldeWOZWaardeVanWoningen", "GemiddeldeWoningwaarde"),
    "p_eengezinswoning": ("p_1gezw", "PercentageEengezinswoning"),
    "p_koopwoningen": ("p_koopw", "Koopwoningen"),
    "p_huurwoningen": ("p_huurw", "HuurwoningenTotaal"),
    "p_corporatiewoningen": ("p_wcorpw", "InBezitWoningcorporatie"),
    "p_bouwjaar_vanaf_2000": ("p_bjo2k", "BouwjaarVanaf2000"),
    "p_leegstand": ("p_leegsw", "PercentageOnbewoond"),
    "gasverbruik": ("g_gas", "GemiddeldAardgasverbruikTotaal"),
    "elektriciteitsverbruik": ("g_ele", "GemiddeldElektriciteitsverbruikTotaal"),
    "p_stadsverwarming": ("p_stadsv", "PercentageWoningenMetStadsverwarming"),
    "autos_per_hh": ("g_pau_hh", "PersonenautoSPerHuishouden"),
    "inkomen_per_inwoner": ("g_ink_pi", "GemiddeldInkomenPerInwoner"),
    "p_laag_inkomen": ("p_ink_li", "k_40PersonenMetLaagsteInkomen"),
    "p_hoog_inkomen": ("p_ink_hi", "k_20PersonenMetHoogsteInkomen"),
    "p_hh_sociaal_minimum": ("p_hh_osm", "HuishOnderOfRondSociaalMinimum"),
    "arbeidsparticipatie": ("p_arb_pp", "Nettoarbeidsparticipatie"),
    "bijstand": ("a_soz_wb", "PersonenPerSoortUitkeringBijstand"),
    "opleiding_laag": ("a_opl_lg", "OpleidingsniveauLaag"),
    "opleiding_middelbaar": ("a_opl_md", "OpleidingsniveauMiddelbaar"),
    "opleiding_hoog": ("a_opl_hg", "OpleidingsniveauHoog"),
    "p_jeugdzorg": ("p_jz_tn", "PercentageJongerenMetJeugdzorg"),
    "wmo_per_1000": ("p_wmo_t", "WmoClientenRelatief"),
    "p_goede_gezondheid": ("ErvarenGezondheidGoedZeerGoed",),
    "afstand_huisarts": ("g_afs_hp", "AfstandTotHuisartsenpraktijk"),
    "afstand_supermarkt": ("g_afs_gs", "AfstandTotGroteSupermarkt"),
    "afstand_basisschool": ("g_afs_sc", "AfstandTotSchool"),
    "scholen_binnen_3km": ("g_3km_sc", "ScholenBinnen3Km"),
    "afstand_kinderdagverblijf": ("g_afs_kv", "AfstandTotKinderdagverblijf"),
    "oad": ("ste_oad", "Omgevingsadressendichtheid"),
    "stedelijkheid": ("ste_mvs", "MateVanStedelijkheid"),
    "opp_land": ("a_lan_ha", "OppervlakteLand"),
}
for _id, _names in _MORE_ALIASES.items():
    _old = INDICATORS[_id]
    INDICATORS[_id] = Indicator(_old.id, _old.unit, _old.label_nl, _old.label_en, _old.direction,
                                _old.aliases + _names)

# id, unit, Dutch label, English label, direction, aliases; RIVM figures are shares of adults (18+) in %.
_EXTRA_TABLE = [
    # RIVM/GGD Gezondheidsmonitor Volwassenen en Ouderen (StatLine 50090NED and successors), 18+
    ("eenzaam", "%", "Eenzaam (18+)", "Lonely (18+)", _W, ("Eenzaam",)),
    ("ernstig_eenzaam", "%", "Ernstig of zeer ernstig eenzaam (18+)", "Severely lonely (18+)", _W,
     ("ErnstigZeerErnstigEenzaam",)),
    ("risico_angst_depressie", "%", "Matig of hoog risico op angststoornis of depressie (18+)",
     "Moderate or high risk of anxiety or depression (18+)", _W, ("MatigHoogRisicoOpAngstOfDepressie",)),
    ("mantelzorg", "%", "Mantelzorgers (18+)", "Informal carers (18+)", _B, ("Mantelzorger",)),
    ("vrijwilligerswerk", "%", "Doet vrijwilligerswerk (18+)", "Does volunteer work (18+)", _B,
     ("Vrijwilligerswerk",)),
    ("moeite_rondkomen", "%", "Moeite met rondkomen (18+)", "Difficulty making ends meet (18+)", _W,
     ("MoeiteMetRondkomen",)),
    ("beperkt_gezondheid", "%", "Beperkt vanwege gezondheid (18+)", "Limited by health (18+)", _W,
     ("BeperktVanwegeGezondheid",)),
    # uitkeringen (CBS Kerncijfers: persons by type of benefit, counts) and per 1000 inhabitants
    ("ao", "aantal", "Personen met arbeidsongeschiktheidsuitkering", "People on disability benefit", _W,
     ("A_SOZ_AO", "a_soz_ao", "PersonenPerSoortUitkeringAO",
      "aantal_personen_met_een_ao_uitkering_totaal")),
    ("ww", "aantal", "Personen met WW-uitkering", "People on unemployment benefit", _W,
     ("A_SOZ_WW", "a_soz_ww", "PersonenPerSoortUitkeringWW", "aantal_personen_met_een_ww_uitkering_totaal")),
    ("ao_per_1000", "per 1000 inw", "Arbeidsongeschiktheidsuitkering per 1000 inwoners",
     "Disability benefit per 1000 inhabitants", _W, ()),
    ("ww_per_1000", "per 1000 inw", "WW-uitkering per 1000 inwoners", "Unemployment benefit per 1000 inhabitants",
     _W, ()),
    # Leefbaarometer 3.0 (BZK): total score and dimensions (deviations from the national mean)
    ("lbm", "score", "Leefbaarometer: totaalscore", "Leefbaarometer: total score", _B, ("lbm",)),
    ("lbm_afw", "score", "Leefbaarometer: afwijking van Nederland", "Leefbaarometer: deviation from NL", _B,
     ("afw",)),
    ("lbm_fys", "score", "Leefbaarometer: fysieke omgeving", "Leefbaarometer: physical environment", _B, ("fys",)),
    ("lbm_onv", "score", "Leefbaarometer: overlast en onveiligheid", "Leefbaarometer: nuisance and insecurity", _B,
     ("onv",)),
    ("lbm_soc", "score", "Leefbaarometer: sociale samenhang", "Leefbaarometer: social cohesion", _B, ("soc",)),
    ("lbm_vrz", "score", "Leefbaarometer: voorzieningen", "Leefbaarometer: amenities", _B, ("vrz",)),
    ("lbm_won", "score", "Leefbaarometer: woningvoorraad", "Leefbaarometer: housing stock", _B, ("won",)),
]
for _row in _EXTRA_TABLE:
    if _row[0] in INDICATORS:  # defined above: keep its labels, add the names
        _old = INDICATORS[_row[0]]
        INDICATORS[_row[0]] = Indicator(_old.id, _old.unit, _old.label_nl, _old.label_en, _old.direction,
                                        _old.aliases + tuple(a for a in _row[5] if a not in _old.aliases))
    else:
        INDICATORS[_row[0]] = Indicator(*_row)
DERIVED["ao_per_1000"] = (("ao",), ("inwoners",), 1000.0)
DERIVED["ww_per_1000"] = (("ww",), ("inwoners",), 1000.0)

# -- Every CBS year's names, 2017-2024 (issue 21): one table per year and form in core/cbs_years.py ---------------
from . import cbs_years as _cbs_years  # noqa: E402  (plain data, no imports of its own)

for _row in _cbs_years.NEW_INDICATORS:
    INDICATORS.setdefault(_row[0], Indicator(*_row, ()))
for _id, _names in _cbs_years.aliases().items():
    _old = INDICATORS[_id]
    INDICATORS[_id] = Indicator(_old.id, _old.unit, _old.label_nl, _old.label_en, _old.direction,
                                _old.aliases + tuple(n for n in _names if n not in _old.aliases))
DERIVED.update(_cbs_years.NEW_DERIVED)
COMPLEMENTS = dict(_cbs_years.COMPLEMENTS)

#: Which publisher's figures an indicator is (for source lines); the rest is CBS Kerncijfers wijken en buurten.
RIVM_INDICATORS = ("eenzaam", "ernstig_eenzaam", "risico_angst_depressie", "mantelzorg", "vrijwilligerswerk",
                   "moeite_rondkomen", "beperkt_gezondheid")
LEEFBAAROMETER_INDICATORS = ("lbm", "lbm_afw", "lbm_fys", "lbm_onv", "lbm_soc", "lbm_vrz", "lbm_won")

#: The RIVM 65+ table (Leeftijd 80200) is a source of its own: its figures are shares of people of 65 and over, so
#: they get their own ids (``eenzaam_65``) and labels, never the 18+ indicators'. No aliases: only the age rows of a
#: RIVM table are renamed to them (join_sources), or a column named by the id itself.
AGE_65 = "_65"
_RIVM_ALL = tuple(i for i in RIVM_INDICATORS + ("geluidhinder_buren", "p_goede_gezondheid") if i in INDICATORS)
for _id in _RIVM_ALL:
    _old = INDICATORS[_id]
    INDICATORS[_id + AGE_65] = Indicator(
        _id + AGE_65, _old.unit, _old.label_nl.replace(" (18+)", "") + " (65+)",
        _old.label_en.replace(" (18+)", "") + " (65+)", _old.direction, ())
RIVM_65_INDICATORS = tuple(i + AGE_65 for i in _RIVM_ALL)


_STEM_SOURCES = [ID_COLUMNS["buurtcode"], ID_COLUMNS["gemeentenaam"], ID_COLUMNS["niveau"]] + \
    [i.aliases for i in INDICATORS.values()]
_ODATA_STEMS = {name.lower() for names in _STEM_SOURCES
                for name in names if any(ch.isupper() for ch in name) and not name.isupper()}


def _build_lookup():
    lookup = {}
    for role, names in ID_COLUMNS.items():
        for name in names:
            lookup.setdefault(name.lower(), role)
    for ind in INDICATORS.values():
        for name in (ind.id,) + ind.aliases:
            lookup.setdefault(name.lower(), ind.id)
    return lookup


_LOOKUP = _build_lookup()
# Stems of OData keys only (CamelCase names, not the upper-case shapefile names), so that "A_00_14" never
# becomes "a_00".
_ODATA_LOOKUP = {name: cid for name, cid in _LOOKUP.items() if name in _ODATA_STEMS}


_ODATA_SUFFIX = re.compile(r"_\d+$")


def canonical_name(column):
    """The role or indicator id a column name stands for, or None.

    CBS OData keys such as ``AantalInwoners_5`` are also tried without their position suffix (``_5``)."""
    name = str(column).lower()
    found = _LOOKUP.get(name)
    if found is None and "_" in name:
        stem = _ODATA_SUFFIX.sub("", name)
        if stem != name:
            found = _ODATA_LOOKUP.get(stem)
    return found


def match_columns(columns):
    """Map canonical id -> the first column of ``columns`` that carries it (in the order given)."""
    found = {}
    for column in columns:
        cid = canonical_name(column)
        if cid is not None and cid not in found:
            found[cid] = column
    return found


# What kind of number each indicator is, so averages and shrinkage treat it as CBS does:
# id -> (kind, base, factor). kind: "rate" (events per `factor` of base), "share" (percentage of base),
# "mean" (average per unit of base), "distance" (km, averaged over inhabitants), "density" (per area of base),
# "count" (summed), "score" (an index, averaged over base), "class" (ordinal, averaged over base).
# Base: the indicator id of the denominator / exposure (inwoners, huishoudens, woningen, opp_land); averages for a
# gemeente or Nederland are sum(value x base) / sum(base), which for rates and shares is sum(numerators) /
# sum(denominators), CBS' own figure.
MEASURES = {
    "inwoners": ("count", None, 1.0), "a_00_14": ("count", None, 1.0), "a_65_plus": ("count", None, 1.0),
    "huishoudens": ("count", None, 1.0), "woningen": ("count", None, 1.0), "misdrijven": ("count", None, 1.0),
    "bijstand": ("count", None, 1.0), "opleiding_laag": ("count", None, 1.0),
    "opleiding_middelbaar": ("count", None, 1.0), "opleiding_hoog": ("count", None, 1.0),
    "opp_land": ("count", None, 1.0),
    "p_00_14": ("share", "inwoners", 100.0), "p_15_24": ("share", "inwoners", 100.0),
    "p_25_44": ("share", "inwoners", 100.0), "p_45_64": ("share", "inwoners", 100.0),
    "p_65_plus": ("share", "inwoners", 100.0), "p_gescheiden": ("share", "inwoners", 100.0),
    "p_verweduwd": ("share", "inwoners", 100.0), "p_herkomst_buiten_europa": ("share", "inwoners", 100.0),
    "p_eenpersoons_hh": ("share", "huishoudens", 100.0), "p_hh_met_kinderen": ("share", "huishoudens", 100.0),
    "hh_grootte": ("mean", "huishoudens", 1.0),
    "bev_dichtheid": ("density", "opp_land", 1.0), "oad": ("density", "opp_land", 1.0),
    "woz": ("mean", "woningen", 1.0), "woz_per_bewoner": ("mean", "inwoners", 1.0),
    "p_eengezinswoning": ("share", "woningen", 100.0),
    "p_koopwoningen": ("share", "woningen", 100.0), "p_huurwoningen": ("share", "woningen", 100.0),
    "p_corporatiewoningen": ("share", "woningen", 100.0), "p_bouwjaar_vanaf_2000": ("share", "woningen", 100.0),
    "p_leegstand": ("share", "woningen", 100.0), "p_stadsverwarming": ("share", "woningen", 100.0),
    "gasverbruik": ("mean", "woningen", 1.0), "elektriciteitsverbruik": ("mean", "woningen", 1.0),
    "autos_per_hh": ("mean", "huishoudens", 1.0),
    "inkomen_per_inwoner": ("mean", "inwoners", 1.0), "p_laag_inkomen": ("share", "inwoners", 100.0),
    "p_hoog_inkomen": ("share", "inwoners", 100.0), "p_hh_sociaal_minimum": ("share", "huishoudens", 100.0),
    "arbeidsparticipatie": ("share", "inwoners", 100.0), "p_opleiding_laag": ("share", "inwoners", 100.0),
    "p_opleiding_hoog": ("share", "inwoners", 100.0), "bijstand_per_1000": ("rate", "inwoners", 1000.0),
    "p_jeugdzorg": ("share", "inwoners", 100.0), "wmo_per_1000": ("rate", "inwoners", 1000.0),
    "p_goede_gezondheid": ("share", "inwoners", 100.0), "misdrijven_per_1000": ("rate", "inwoners", 1000.0),
    "misdrijven_per_km2": ("rate", "opp_land", 100.0), "geluidhinder_buren": ("share", "inwoners", 100.0),
    "eenzaam": ("share", "inwoners", 100.0), "ernstig_eenzaam": ("share", "inwoners", 100.0),
    "risico_angst_depressie": ("share", "inwoners", 100.0), "moeite_rondkomen": ("share", "inwoners", 100.0),
    "beperkt_gezondheid": ("share", "inwoners", 100.0),
    "afstand_huisarts": ("distance", "inwoners", 1.0), "afstand_supermarkt": ("distance", "inwoners", 1.0),
    "afstand_basisschool": ("distance", "inwoners", 1.0), "scholen_binnen_3km": ("mean", "inwoners", 1.0),
    "afstand_kinderdagverblijf": ("distance", "inwoners", 1.0),
    "afstand_treinstation": ("distance", "inwoners", 1.0), "afstand_bibliotheek": ("distance", "inwoners", 1.0),
    "afstand_groen": ("distance", "inwoners", 1.0), "stedelijkheid": ("class", "inwoners", 1.0),
}


#: A base the layer may lack, and what stands in for it (the CBS national table has households, not dwellings).
BASE_FALLBACK = {"woningen": ("huishoudens",)}


def measure(indicator_id):
    """(kind, base, factor) of an indicator; unknown (own) columns count as a mean over inhabitants."""
    return MEASURES.get(indicator_id, ("mean", "inwoners", 1.0))


# -- MEASURES of the extra-source indicators (issue 12; those defined above stay as they are) ----------------------
for _id, _measure in ({
    "eenzaam": ("share", "inwoners", 100.0), "ernstig_eenzaam": ("share", "inwoners", 100.0),
    "risico_angst_depressie": ("share", "inwoners", 100.0), "mantelzorg": ("share", "inwoners", 100.0),
    "vrijwilligerswerk": ("share", "inwoners", 100.0), "moeite_rondkomen": ("share", "inwoners", 100.0),
    "beperkt_gezondheid": ("share", "inwoners", 100.0),
    "ao": ("count", None, 1.0), "ww": ("count", None, 1.0),
    "ao_per_1000": ("rate", "inwoners", 1000.0), "ww_per_1000": ("rate", "inwoners", 1000.0),
    "lbm": ("score", "inwoners", 1.0), "lbm_afw": ("score", "inwoners", 1.0), "lbm_fys": ("score", "inwoners", 1.0),
    "lbm_onv": ("score", "inwoners", 1.0), "lbm_soc": ("score", "inwoners", 1.0),
    "lbm_vrz": ("score", "inwoners", 1.0), "lbm_won": ("score", "inwoners", 1.0),
}).items():
    MEASURES.setdefault(_id, _measure)
for _id in RIVM_65_INDICATORS:  # shares weighted by inhabitants, as the 18+ figures are
    MEASURES.setdefault(_id, MEASURES[_id[:-len(AGE_65)]])
for _id, _measure in _cbs_years.NEW_MEASURES.items():
    MEASURES.setdefault(_id, _measure)


# -- One definition per indicator (issue 22): what a buurt's figure is and how an area's figure is made ----------

_BASE_WORDS = {"inwoners": "inhabitants", "huishoudens": "households", "woningen": "dwellings",
               "opp_land": "land area"}


def definition(indicator_id):
    """The definition of an indicator's figures in one English sentence (docs/themes.md, generated): the buurt's
    figure (CBS' published one where it exists, else how it is derived) and the gemeente's or the country's (as
    CBS computes it, the way ``standardise.indicator_average`` does)."""
    kind, base, factor = measure(indicator_id)
    item = INDICATORS.get(indicator_id)
    published = [a for a in (item.aliases if item else ()) if a.isupper()][:1] or \
        [a for a in (item.aliases if item else ())][:1]
    publisher = ("RIVM's" if indicator_id in RIVM_INDICATORS else
                 "the Leefbaarometer's" if indicator_id in LEEFBAAROMETER_INDICATORS else "CBS'")
    derived = DERIVED.get(indicator_id)
    ratio = MEAN_RATIOS.get(indicator_id)
    if derived:
        numerators, denominators, factor = derived
        times = "" if factor == 1 else "{:g} x ".format(factor)
        below = " + ".join(denominators) if len(denominators) == 1 else "({})".format(" + ".join(denominators))
        formula = "{}{} / {}".format(times, " + ".join(numerators), below)
        own = ("{} published figure ({}); where the layer lacks it, {}".format(publisher, published[0], formula)
               if published else formula + " (derived)")
        area = "{}sum({}) / sum({}) over the area's land buurten whose numerator is known{}".format(
            times, " + ".join(numerators), " + ".join(denominators),
            ", also those without inhabitants" if denominators == ("inwoners",) else "")
        return "Buurt: {}. Area: {}.".format(own, area)
    if ratio:
        return ("Buurt: {} / {} (derived). Area: the buurt figures weighted by {}.".format(
            ratio[0], ratio[1], _BASE_WORDS.get(base, base)))
    own = "{} published figure ({})".format(publisher, published[0]) if published else "the layer's own column"
    if kind == "count":
        return "Buurt: {}. Area: the sum over its land buurten.".format(own)
    fallback = "".join(" (else {})".format(_BASE_WORDS.get(b, b)) for b in BASE_FALLBACK.get(base, ()))
    return "Buurt: {}. Area: the buurt figures weighted by {}{}{}.".format(
        own, _BASE_WORDS.get(base, base), fallback,
        ", i.e. sum(numerators) / sum(denominators)" if kind in ("rate", "share") else "")
