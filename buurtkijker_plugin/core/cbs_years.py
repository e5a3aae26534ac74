"""Every CBS year's column names, 2017-2024: one table per year and form, each name -> BuurtKijker indicator id.

CBS publishes the Kerncijfers wijken en buurten every year in three forms, and renames columns between years:

- ``kwb``: the table ``kwb-YYYY.xlsx`` / ``.csv`` with short lower-case names (``a_inw``, ``g_wozbag``);
- ``kaart``: the Wijk- en buurtkaart, as shapefile with upper-case short names (``AANT_INW``, ``WOZ``; up to 2021)
  and as GeoPackage / PDOK with long names (``aantal_inwoners``, ``gemiddelde_woningwaarde``; 2019 onwards);
- ``odata``: StatLine / OData keys (``GemiddeldeWoningwaarde_35``), matched without their ``_<position>`` suffix.

Reconstructed from CBS' variable lists ("Toelichting variabelen" of each kwb file) as far as they are known here,
checked against the real files in ../shared/data/real (Hengelo 2019 GeoPackage, Baarn 2024 GeoPackage, Groningen
2017 shapefile, Eindhoven 2024, the 2017 OData subset). Renames that matter: WOZ ``g_woz`` (to 2019) ->
``g_wozbag`` (2020 on); education ``a_opl_lg/md/hg`` -> ``a_opl_bvm/hvm/hw`` (2023, 2024); ``p_hh_osm`` and the
build-year shares ``p_bjj2k`` (before 2000) / ``p_bjo2k`` (from 2000) end with 2023 (2024 has ``p_bj_mi10`` /
``p_bj_me10``, another definition, not mapped); origin by ``p_w_all`` / ``p_nw_all`` to 2022, by
``p_neu_al`` (herkomstland buiten Europa) from 2023. A year's table lists the names that year has; the alias lookup
(:mod:`cbs_schema`) knows the union, so a file is read whatever its year.
"""

# Indicators first defined here: id, unit, Dutch label, English label, direction.
NEW_INDICATORS = [
    ("p_bouwjaar_voor_2000", "%", "Aandeel gebouwd voor 2000", "Share built before 2000", "neutral"),
    ("eenpersoons_hh", "aantal", "Eenpersoonshuishoudens", "Single-person households", "neutral"),
    ("hh_met_kinderen", "aantal", "Huishoudens met kinderen", "Households with children", "neutral"),
]
NEW_MEASURES = {"p_bouwjaar_voor_2000": ("share", "woningen", 100.0), "eenpersoons_hh": ("count", None, 1.0),
                "hh_met_kinderen": ("count", None, 1.0)}
NEW_DERIVED = {"p_eenpersoons_hh": (("eenpersoons_hh",), ("huishoudens",), 100.0),
               "p_hh_met_kinderen": (("hh_met_kinderen",), ("huishoudens",), 100.0)}
#: id -> (other id, total): the share from its complement, e.g. built from 2000 = 100 - built before 2000.
COMPLEMENTS = {"p_bouwjaar_vanaf_2000": ("p_bouwjaar_voor_2000", 100.0)}

# -- kwb-YYYY.xlsx / csv short names ---------------------------------------------------------------------------
_KWB_ALL = {
    "a_inw": "inwoners", "a_00_14": "a_00_14", "a_65_oo": "a_65_plus", "p_gesch": "p_gescheiden",
    "p_verwed": "p_verweduwd", "a_hh": "huishoudens", "g_hhgro": "hh_grootte", "bev_dich": "bev_dichtheid",
    "a_woning": "woningen", "p_1gezw": "p_eengezinswoning", "p_koopw": "p_koopwoningen",
    "p_huurw": "p_huurwoningen", "p_wcorpw": "p_corporatiewoningen", "p_leegsw": "p_leegstand",
    "g_ele": "elektriciteitsverbruik", "g_gas": "gasverbruik", "p_stadsv": "p_stadsverwarming",
    "p_arb_pp": "arbeidsparticipatie", "g_ink_pi": "inkomen_per_inwoner", "p_ink_li": "p_laag_inkomen",
    "p_ink_hi": "p_hoog_inkomen", "a_soz_wb": "bijstand", "a_soz_ao": "ao", "a_soz_ww": "ww",
    "p_jz_tn": "p_jeugdzorg", "p_wmo_t": "wmo_per_1000", "g_pau_hh": "autos_per_hh",
    "a_lan_ha": "opp_land", "g_afs_hp": "afstand_huisarts", "g_afs_gs": "afstand_supermarkt",
    "g_afs_kv": "afstand_kinderdagverblijf", "g_afs_sc": "afstand_basisschool", "g_3km_sc": "scholen_binnen_3km",
    "ste_mvs": "stedelijkheid", "ste_oad": "oad",
}
_KWB_TO_2019 = {"g_woz": "woz", "a_1p_hh": "eenpersoons_hh", "a_hh_m_k": "hh_met_kinderen"}
_KWB_FROM_2020 = {"g_wozbag": "woz", "p_1p_hh": "p_eenpersoons_hh", "p_hh_m_k": "p_hh_met_kinderen"}
_KWB_TO_2023 = {"p_hh_osm": "p_hh_sociaal_minimum", "p_bjj2k": "p_bouwjaar_voor_2000",
                "p_bjo2k": "p_bouwjaar_vanaf_2000"}
_KWB_OPL_OLD = {"a_opl_lg": "opleiding_laag", "a_opl_md": "opleiding_middelbaar", "a_opl_hg": "opleiding_hoog"}
_KWB_OPL_NEW = {"a_opl_bvm": "opleiding_laag", "a_opl_hvm": "opleiding_middelbaar", "a_opl_hw": "opleiding_hoog"}
_KWB_HERKOMST_NEW = {"p_neu_al": "p_herkomst_buiten_europa"}


def _merge(*parts):
    out = {}
    for part in parts:
        out.update(part)
    return out


KWB = {
    2017: _merge(_KWB_ALL, _KWB_TO_2019, _KWB_TO_2023),
    2018: _merge(_KWB_ALL, _KWB_TO_2019, _KWB_TO_2023),
    2019: _merge(_KWB_ALL, _KWB_TO_2019, _KWB_TO_2023, _KWB_OPL_OLD),
    2020: _merge(_KWB_ALL, _KWB_FROM_2020, _KWB_TO_2023, _KWB_OPL_OLD),
    2021: _merge(_KWB_ALL, _KWB_FROM_2020, _KWB_TO_2023, _KWB_OPL_OLD),
    2022: _merge(_KWB_ALL, _KWB_FROM_2020, _KWB_TO_2023, _KWB_OPL_OLD),
    2023: _merge(_KWB_ALL, _KWB_FROM_2020, _KWB_TO_2023, _KWB_OPL_NEW, _KWB_HERKOMST_NEW),
    2024: _merge(_KWB_ALL, _KWB_FROM_2020, _KWB_OPL_NEW, _KWB_HERKOMST_NEW),
}

# -- Wijk- en buurtkaart: shapefile short names (to 2021) and GeoPackage / PDOK long names (2019 on) -----------
_SHAPE = {
    "AANT_INW": "inwoners", "P_00_14_JR": "p_00_14", "P_15_24_JR": "p_15_24", "P_25_44_JR": "p_25_44",
    "P_45_64_JR": "p_45_64", "P_65_EO_JR": "p_65_plus", "P_GESCHEID": "p_gescheiden", "P_VERWEDUW": "p_verweduwd",
    "AANTAL_HH": "huishoudens", "P_EENP_HH": "p_eenpersoons_hh", "P_HH_M_K": "p_hh_met_kinderen",
    "GEM_HH_GR": "hh_grootte", "BEV_DICHTH": "bev_dichtheid", "P_N_W_AL": None, "OPP_LAND": "opp_land",
    "OAD": "oad", "STED": "stedelijkheid", "WONINGEN": "woningen", "WOZ": "woz", "P_1GEZW": "p_eengezinswoning",
    "P_KOOPWON": "p_koopwoningen", "P_HUURWON": "p_huurwoningen", "P_HUURCORP": "p_corporatiewoningen",
    "P_WONT2000": "p_bouwjaar_voor_2000", "P_WONV2000": "p_bouwjaar_vanaf_2000", "P_LEEGSW": "p_leegstand",
    "G_GAS_TOT": "gasverbruik", "G_ELEK_TOT": "elektriciteitsverbruik", "P_STADVERW": "p_stadsverwarming",
    "AUTO_HH": "autos_per_hh", "INK_INW2": "inkomen_per_inwoner", "G_INK_PI": "inkomen_per_inwoner",
    "P_LAAGINKP": "p_laag_inkomen", "P_HOOGINKP": "p_hoog_inkomen", "P_SOCMINH": "p_hh_sociaal_minimum",
    "P_HH_OSM": "p_hh_sociaal_minimum", "AO_UIT_TOT": "ao", "WW_UIT_TOT": "ww", "WWB_UITTOT": "bijstand",
    "AF_ARTSPR": "afstand_huisarts", "AF_SUPERM": "afstand_supermarkt", "AF_ONDBAS": "afstand_basisschool",
    "AF_KDV": "afstand_kinderdagverblijf", "AF_TREINST": "afstand_treinstation", "AF_BIBLIO": "afstand_bibliotheek",
}
_GPKG = {
    "aantal_inwoners": "inwoners", "percentage_personen_0_tot_15_jaar": "p_00_14",
    "percentage_personen_15_tot_25_jaar": "p_15_24", "percentage_personen_25_tot_45_jaar": "p_25_44",
    "percentage_personen_45_tot_65_jaar": "p_45_64", "percentage_personen_65_jaar_en_ouder": "p_65_plus",
    "percentage_gescheid": "p_gescheiden", "percentage_verweduwd": "p_verweduwd",
    "aantal_huishoudens": "huishoudens", "percentage_eenpersoonshuishoudens": "p_eenpersoons_hh",
    "percentage_huishoudens_met_kinderen": "p_hh_met_kinderen", "gemiddelde_huishoudsgrootte": "hh_grootte",
    "bevolkingsdichtheid_inwoners_per_km2": "bev_dichtheid", "omgevingsadressendichtheid": "oad",
    "stedelijkheid_adressen_per_km2": "stedelijkheid", "oppervlakte_land_in_ha": "opp_land",
    "woningvoorraad": "woningen", "gemiddelde_woningwaarde": "woz",
    "percentage_eengezinswoning": "p_eengezinswoning", "percentage_koopwoningen": "p_koopwoningen",
    "percentage_huurwoningen": "p_huurwoningen",
    "perc_huurwoningen_in_bezit_woningcorporaties": "p_corporatiewoningen",
    "percentage_bouwjaarklasse_tot_2000": "p_bouwjaar_voor_2000",
    "percentage_bouwjaarklasse_vanaf_2000": "p_bouwjaar_vanaf_2000",
    "percentage_leegstand_woningen": "p_leegstand", "gemiddeld_gasverbruik_totaal": "gasverbruik",
    "personenautos_per_huishouden": "autos_per_hh", "afstand_tot_openbaar_groen_totaal": None,
    "grote_supermarkt_gemiddelde_afstand_in_km": "afstand_supermarkt",
    "treinstation_gemiddelde_afstand_in_km": "afstand_treinstation",
}
_GPKG_SOCIAL = {  # income, benefits, education, care: not in the 2019 PDOK layers, in the 2021 and later ones
    "gemiddeld_inkomen_per_inwoner": "inkomen_per_inwoner",
    "percentage_personen_met_laag_inkomen": "p_laag_inkomen",
    "percentage_personen_met_hoog_inkomen": "p_hoog_inkomen",
    "percentage_huishoudens_onder_of_rond_sociaal_minimum": "p_hh_sociaal_minimum",
    "netto_arbeidsparticipatie": "arbeidsparticipatie",
    "aantal_personen_met_een_alg_bijstandsuitkering_tot": "bijstand",
    "aantal_personen_met_een_ao_uitkering_totaal": "ao", "aantal_personen_met_een_ww_uitkering_totaal": "ww",
    "opleidingsniveau_laag": "opleiding_laag", "opleidingsniveau_middelbaar": "opleiding_middelbaar",
    "opleidingsniveau_hoog": "opleiding_hoog",
    "percentage_jongeren_met_jeugdzorg_in_natura": "p_jeugdzorg",
    "aantal_wmo_clienten_per_1000_inwoners": "wmo_per_1000",
    "gemiddeld_elektriciteitsverbruik_totaal": "elektriciteitsverbruik",
    "percentage_woningen_met_stadsverwarming": "p_stadsverwarming",
    "huisartsenpraktijk_gemiddelde_afstand_in_km": "afstand_huisarts",
    "basisonderwijs_gemiddelde_afstand_in_km": "afstand_basisschool",
    "kinderdagverblijf_gemiddelde_afstand_in_km": "afstand_kinderdagverblijf",
    "bibliotheek_gemiddelde_afstand_in_km": "afstand_bibliotheek",
}
# 2019's PDOK layer spells electricity with a c, and names its crime columns; 2023 on: origin outside Europe
_GPKG_2019 = {"gemiddeld_electriciteitsverbruik_totaal": "elektriciteitsverbruik"}
_GPKG_HERKOMST_NEW = {"percentage_met_herkomstland_buiten_europa": "p_herkomst_buiten_europa"}

KAART = {
    2017: dict(_SHAPE),
    2018: dict(_SHAPE),
    2019: _merge(_SHAPE, _GPKG, _GPKG_2019),
    2020: _merge(_SHAPE, _GPKG, _GPKG_SOCIAL),
    2021: _merge(_SHAPE, _GPKG, _GPKG_SOCIAL),
    2022: _merge(_GPKG, _GPKG_SOCIAL),
    2023: _merge(_GPKG, _GPKG_SOCIAL, _GPKG_HERKOMST_NEW),
    2024: _merge(_GPKG, _GPKG_SOCIAL, _GPKG_HERKOMST_NEW),
}
# -- StatLine / OData keys (stems; the suffix _<n> is the column's position and changes between tables) -----------
_ODATA = {
    "AantalInwoners": "inwoners", "k_0Tot15Jaar": "a_00_14", "k_65JaarOfOuder": "a_65_plus",
    "HuishoudensTotaal": "huishoudens", "Eenpersoonshuishoudens": "eenpersoons_hh",
    "HuishoudensMetKinderen": "hh_met_kinderen", "GemiddeldeHuishoudensgrootte": "hh_grootte",
    "Bevolkingsdichtheid": "bev_dichtheid", "Woningvoorraad": "woningen", "PercentageEengezinswoning":
    "p_eengezinswoning", "Koopwoningen": "p_koopwoningen", "HuurwoningenTotaal": "p_huurwoningen",
    "InBezitWoningcorporatie": "p_corporatiewoningen", "BouwjaarVoor2000": "p_bouwjaar_voor_2000",
    "BouwjaarVanaf2000": "p_bouwjaar_vanaf_2000", "GemiddeldInkomenPerInwoner": "inkomen_per_inwoner",
    "k_40PersonenMetLaagsteInkomen": "p_laag_inkomen", "k_20PersonenMetHoogsteInkomen": "p_hoog_inkomen",
    "HuishOnderOfRondSociaalMinimum": "p_hh_sociaal_minimum", "Nettoarbeidsparticipatie": "arbeidsparticipatie",
    "PersonenPerSoortUitkeringBijstand": "bijstand", "PersonenPerSoortUitkeringAO": "ao",
    "PersonenPerSoortUitkeringWW": "ww", "PercentageLeegstaandeWoningen": "p_leegstand",
    "MateVanStedelijkheid": "stedelijkheid", "Omgevingsadressendichtheid": "oad", "OppervlakteLand": "opp_land",
    "AfstandTotHuisartsenpraktijk": "afstand_huisarts", "AfstandTotGroteSupermarkt": "afstand_supermarkt",
    "AfstandTotSchool": "afstand_basisschool", "AfstandTotKinderdagverblijf": "afstand_kinderdagverblijf",
}
_ODATA_WOZ_OLD = {"GemiddeldeWoningwaarde": "woz"}
_ODATA_WOZ_NEW = {"GemiddeldeWOZWaardeVanWoningen": "woz"}
ODATA = {year: _merge(_ODATA, _ODATA_WOZ_OLD if year <= 2019 else _ODATA_WOZ_NEW) for year in range(2017, 2025)}
for _year in (2024,):
    for _name in ("BouwjaarVoor2000", "BouwjaarVanaf2000", "HuishOnderOfRondSociaalMinimum"):
        ODATA[_year].pop(_name)

FORMS = {"kwb": KWB, "kaart": KAART, "odata": ODATA}
YEARS = tuple(sorted(KWB))


def table(year, form="kwb"):
    """{column name: indicator id} of one year and form (unmapped names have None)."""
    return FORMS[form][year]


def aliases():
    """{indicator id: (names...)}: the union over every year and form, for the alias lookup."""
    out = {}
    for tables in FORMS.values():
        for names in tables.values():
            for name, cid in names.items():
                if cid is not None and name not in out.setdefault(cid, ()):
                    out[cid] = out[cid] + (name,)
    return out
