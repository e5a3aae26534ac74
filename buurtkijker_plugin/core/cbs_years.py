"""Every CBS year's column names, 2017-2024, as data: (form, column name, indicator, years, sources) rows.

CBS publishes the Kerncijfers wijken en buurten every year in three forms, and renames columns between years:

- ``kwb``: the table ``kwb-YYYY.xlsx`` / ``.csv`` with short lower-case names (``a_inw``, ``g_wozbag``);
- ``kaart``: the Wijk- en buurtkaart, as shapefile with upper-case short names (``AANT_INW``, ``WOZ``) and as
  GeoPackage / PDOK with long names (``aantal_inwoners``, ``gemiddelde_woningwaarde``; 2019 onwards);
- ``odata``: StatLine / OData keys (``GemiddeldeWoningwaarde_35``), matched without their ``_<position>`` suffix.

:data:`ROWS` is the one table; :func:`table` gives one year and form of it, :func:`aliases` the union that the
alias lookup (:mod:`cbs_schema`) knows, so a file is read whatever its year. Each row names its sources
(:data:`SOURCES`) with the years those show; :func:`confirmed` tells a name seen in a file or variable list of
that very year from one inferred from the years around it. docs/sources.md has the table per year.
"""

# Indicators first defined here: id, unit, Dutch label, English label, direction.
NEW_INDICATORS = [
    ("p_bouwjaar_voor_2000", "%", "Aandeel gebouwd voor 2000", "Share built before 2000", "neutral"),
    ("eenpersoons_hh", "aantal", "Eenpersoonshuishoudens", "Single-person households", "neutral"),
    ("hh_met_kinderen", "aantal", "Huishoudens met kinderen", "Households with children", "neutral"),
    ("gescheiden", "aantal", "Gescheiden personen", "Divorced persons", "neutral"),
    ("verweduwd", "aantal", "Verweduwde personen", "Widowed persons", "neutral"),
    ("herkomst_buiten_europa", "aantal", "Inwoners met herkomstland buiten Europa",
     "Inhabitants with origin outside Europe", "neutral"),
]
NEW_MEASURES = {"p_bouwjaar_voor_2000": ("share", "woningen", 100.0), "eenpersoons_hh": ("count", None, 1.0),
                "hh_met_kinderen": ("count", None, 1.0), "gescheiden": ("count", None, 1.0),
                "verweduwd": ("count", None, 1.0), "herkomst_buiten_europa": ("count", None, 1.0)}
#: kwb and OData give counts where the map gives shares: the share from the same year's count and total.
NEW_DERIVED = {"p_eenpersoons_hh": (("eenpersoons_hh",), ("huishoudens",), 100.0),
               "p_hh_met_kinderen": (("hh_met_kinderen",), ("huishoudens",), 100.0),
               "p_gescheiden": (("gescheiden",), ("inwoners",), 100.0),
               "p_verweduwd": (("verweduwd",), ("inwoners",), 100.0),
               "p_herkomst_buiten_europa": (("herkomst_buiten_europa",), ("inwoners",), 100.0)}
#: id -> (other id, total): the share from its complement, e.g. built from 2000 = 100 - built before 2000.
COMPLEMENTS = {"p_bouwjaar_vanaf_2000": ("p_bouwjaar_voor_2000", 100.0)}

#: Where the names come from: tag -> (years whose own variable list or file shows the names, description).
#: Repositories are those the real test data came from (../shared/data/real/*/PROVENANCE.md); "code index"
#: files are public repository files found with the project's search tool (find_string / read_file id), whose
#: repository the index does not name. A source with no years shows the names for an unstated year.
SOURCES = {
    "O17": ((2017,), "CBS 83765NED (2017) OData keys: all 108 in code-index file 13917339995 (SELECT ... FROM "
                     "wijkbuurt2017); 15 in the real subset (dat-nguyen96/Micro-Neighbourhood, "
                     "backend/data/buurten_features_clusters.csv)"),
    "O18": ((2018,), "CBS 84286NED (2018) OData keys _34 to _116: code-index files 21123233108, 27929252341, "
                     "35148427286"),
    "O19": ((2019,), "CBS 84583NED (2019) OData keys: code-index files 30275460141 (GemiddeldeWoningwaarde_35, "
                     "HuurwoningenTotaal_41), 5742706407 and 49078292749 (OpleidingsniveauLaag_64, "
                     "Nettoarbeidsparticipatie_67, GemiddeldInkomenPerInwoner_72, MateVanStedelijkheid_115)"),
    "O20": ((2020, 2021, 2022), "CBS 84799NED / 85039NED / 85318NED (2020-2022) OData keys: code-index files "
                                "11098593812 (2021, 2022), 61368877579, 67346121040 (GemiddeldeWOZWaardeVanWoningen_35,"
                                " PercentageOnbewoond_39), 28388731279 and 27822434417 (2022)"),
    "O23": ((2023,), "CBS 85618NED (2023) OData keys: 90 of them in code-index file 67248370636 "
                     "(GemiddeldeWOZWaardeVanWoningen_36, PercentageOnbewoond_40, Koopwoningen_41, "
                     "GemiddeldeElektriciteitsleveringTotaal_48); 11098593812; 13150588862 "
                     "(BasisonderwijsVmboMbo1_70, HavoVwoMbo24_71, HboWo_72)"),
    "O24": ((2024,), "CBS 85984NED (2024) OData keys: all 121 in code-index file 54008778515; "
                     "AantalInwoners_5, GemiddeldeWOZWaardeVanWoningen_39, GemiddeldInkomenPerInwoner_78 in the real "
                     "table (loukanton/woonikveilig, data/gemeente/GM*.json)"),
    "K13": (tuple(range(2013, 2020)), "kwb-2013 .. kwb-2019 each read with gwb_code, bev_dich, a_w_all, g_woz, "
                                      "p_koopw, p_wcorpw, p_bjj2k, g_ink_pi, p_ink_li, p_ink_hi, p_hh_osm, a_soz_ww, "
                                      "a_soz_ao, a_inw (dplyr::select, which fails on a missing column): code-index "
                                      "file 53181504644"),
    "KL": (tuple(range(2013, 2020)), "kwb-2013 .. kwb-2019 read with a_woning, g_woz, p_koopw, p_bjj2k, "
                                     "p_bjo2k: code-index file 44949464208"),
    "K16": ((), "a kwb file of the g_woz years 2016-2019 (year not stated) with a_00_14, a_65_oo, a_gesch, "
                "a_verwed, a_1p_hh, a_hh_m_k, g_hhgro, bev_dich, a_woning, g_woz, p_1gezw, p_leegsw, p_koopw, "
                "p_huurw, p_wcorpw, ste_mvs, g_ink_pi, p_ink_li, p_ink_hi, p_hh_osm, a_soz_wb/ao/ww: code-index "
                "files 11226605369, 11770686772; counts by age and origin from 2017: code-index file 39537002604"),
    "K17": ((2017,), "kwb-2017.xls read with gwb_code_10, regio, a_inw, a_man: code-index files 32603519249, "
                     "15170287874"),
    "K19": ((2019,), "kwb-2019.xls header (a_inw, bev_dich, a_woning, g_woz, p_leegsw, g_afs_hp/gs/kv/sc, "
                     "g_3km_sc, ste_mvs, ste_oad): code-index file 39173715209"),
    "K20": (tuple(range(2020, 2025)), "kwb-2020 .. kwb2025 read with a_woning, a_hh, p_leegsw, g_wozbag, "
                                      "p_koopw, p_huurw, p_wcorpw, ste_mvs, bev_dich, a_inw: code-index file "
                                      "56279874351; WOZ g_woz to 2019, g_wozbag from 2020: code-index file "
                                      "57556128429"),
    "K21": ((2021, 2022, 2023, 2024), "kwb-2021.xlsx .. kwb2025.xlsx compared column by column: code-index files "
                                      "57852167913, 57387782035 (see docs/sources.md)"),
    "K23": ((2023,), "kwb-2023.xlsx header selection (a_1p_hh, a_hh_m_k, a_neu_al, g_wozbag, p_ink_li, a_soz_*, "
                     "g_pau_hh, g_afs_*): code-index file 42880023957"),
    "K24": ((2024,), "kwb 2024: all 120 columns of cbs-kwb-2024.csv (code-index file 17667879559) and the 117 "
                     "data columns of kwb2024.xlsx (code-index file 57711091515)"),
    "S17": ((2017,), "Wijk- en buurtkaart 2017 shapefile (real: KennisnetwerkDataScience/Fietsendiefstallen, "
                     "data/buurt2017.zip)"),
    "S22": ((2022, 2023), "Wijk- en buurtkaart 2022 and 2023 shapefiles read with AANT_INW, P_LEEGSW, AF_ARTSPR, "
                          "AF_TREINST: code-index files 28770762596, 28881822743"),
    "SV": ((), "Wijk- en buurtkaart shapefile field list (WONINGEN, WOZ, P_LEEGSW, G_GAS_TOT, G_ELEK_TOT), year "
               "not stated: code-index file 6453077429"),
    "S13": ((), "older Wijk- en buurtkaart shapefile vocabulary (P_KOOPWON, P_WONT2000, INK_INW2, P_SOCMINH, "
                "WWB_UITTOT, AF_ARTSPR, AUTO_HH): code-index file 44350181730"),
    "G19": ((2019,), "PDOK Wijken en Buurten, 2016-2019 schema (real: emielsanders/PowerBI, Buurten_Hengelo.json)"),
    "G23": ((2023,), "Wijk- en buurtkaart 2023 GeoPackage field list and its shapefile names: code-index file "
                     "66910028169"),
    "TK": ((2022, 2023, 2024), "CBS' own variable list of the map: 'Toelichting Wijk- en Buurtkaart 2022, 2023 en "
                               "2024' (published 30-10-2024), section 5, every GeoPackage column with its definition: "
                               "code-index file 58797830096"),
    "G24": ((2024,), "PDOK Wijken en Buurten 2024 (real: meijbaard/LocalDashboard, baarn_buurten.geojson)"),
}

# form | column name | indicator ("-": CBS' name, not mapped) | years | sources
_ROWS = """
kwb | a_inw     | inwoners                 | 2017-2024 | K13 K17 K19 K20 K24
kwb | a_00_14   | a_00_14                  | 2017-2024 | K16 K21 K24
kwb | a_65_oo   | a_65_plus                | 2017-2024 | K16 K21 K24
kwb | a_gesch   | gescheiden               | 2017-2024 | K16 K24
kwb | a_verwed  | verweduwd                | 2017-2024 | K16 K24
kwb | a_hh      | huishoudens              | 2017-2024 | K16 K20 K21 K23 K24
kwb | a_1p_hh   | eenpersoons_hh           | 2017-2024 | K16 K23 K24
kwb | a_hh_m_k  | hh_met_kinderen          | 2017-2024 | K16 K23 K24
kwb | g_hhgro   | hh_grootte               | 2017-2024 | K16 K23 K24
kwb | bev_dich  | bev_dichtheid            | 2017-2024 | K13 K16 K19 K20 K24
kwb | a_w_all   | -                        | 2017-2022 | K13 K21
kwb | a_nw_all  | -                        | 2017-2022 | K16 K21
kwb | a_neu_al  | herkomst_buiten_europa   | 2023-2024 | K21 K23 K24
kwb | a_woning  | woningen                 | 2017-2024 | KL K19 K20 K24
kwb | g_woz     | woz                      | 2017-2019 | K13 KL K19 K20
kwb | g_wozbag  | woz                      | 2020-2024 | K20 K21 K23 K24
kwb | p_1gezw   | p_eengezinswoning        | 2017-2024 | K16 K24
kwb | p_koopw   | p_koopwoningen           | 2017-2024 | K13 KL K20 K24
kwb | p_huurw   | p_huurwoningen           | 2017-2024 | K16 K20 K21 K24
kwb | p_wcorpw  | p_corporatiewoningen     | 2017-2024 | K13 K16 K20 K21 K24
kwb | p_leegsw  | p_leegstand              | 2017-2024 | K16 K19 K20 K24
kwb | p_bjj2k   | p_bouwjaar_voor_2000     | 2017-2023 | K13 KL K21
kwb | p_bjo2k   | p_bouwjaar_vanaf_2000    | 2017-2023 | KL K21
kwb | p_bj_mi10 | -                        | 2024      | K21 K24
kwb | p_bj_me10 | -                        | 2024      | K21 K24
kwb | g_ele     | elektriciteitsverbruik   | 2017-2024 | K21 K24
kwb | g_gas     | gasverbruik              | 2017-2024 | K21 K24
kwb | p_stadsv  | p_stadsverwarming        | 2017-2024 | K24
kwb | a_opl_lg  | opleiding_laag           | 2019-2022 | K21
kwb | a_opl_md  | opleiding_middelbaar     | 2019-2022 | K21
kwb | a_opl_hg  | opleiding_hoog           | 2019-2022 | K21
kwb | a_opl_bvm | opleiding_laag           | 2023-2024 | K21 K24
kwb | a_opl_hvm | opleiding_middelbaar     | 2023-2024 | K21 K24
kwb | a_opl_hw  | opleiding_hoog           | 2023-2024 | K21 K24
kwb | p_arb_pp  | arbeidsparticipatie      | 2018-2024 | K24
kwb | g_ink_pi  | inkomen_per_inwoner      | 2017-2024 | K13 K16 K21 K23 K24
kwb | p_ink_li  | p_laag_inkomen           | 2017-2024 | K13 K16 K23 K24
kwb | p_ink_hi  | p_hoog_inkomen           | 2017-2024 | K13 K16 K23 K24
kwb | p_hh_osm  | p_hh_sociaal_minimum     | 2017-2023 | K13 K16 K21
kwb | p_ink_ar  | -                        | 2024      | K21 K24
kwb | a_soz_wb  | bijstand                 | 2017-2024 | K16 K21 K23 K24
kwb | a_soz_ao  | ao                       | 2017-2024 | K13 K16 K21 K24
kwb | a_soz_ww  | ww                       | 2017-2024 | K13 K16 K21 K24
kwb | p_jz_tn   | p_jeugdzorg              | 2018-2024 | K21 K24
kwb | p_wmo_t   | wmo_per_1000             | 2018-2024 | K21 K24
kwb | g_pau_hh  | autos_per_hh             | 2017-2024 | K23 K24
kwb | a_lan_ha  | opp_land                 | 2017-2024 | K24
kwb | g_afs_hp  | afstand_huisarts         | 2017-2024 | K19 K23 K24
kwb | g_afs_gs  | afstand_supermarkt       | 2017-2024 | K19 K23 K24
kwb | g_afs_kv  | afstand_kinderdagverblijf| 2017-2024 | K19 K23 K24
kwb | g_afs_sc  | afstand_basisschool      | 2017-2024 | K19 K23 K24
kwb | g_3km_sc  | scholen_binnen_3km       | 2017-2024 | K19 K23 K24
kwb | ste_mvs   | stedelijkheid            | 2017-2024 | K16 K19 K20 K24
kwb | ste_oad   | oad                      | 2017-2024 | K19 K23 K24

kaart | AANT_INW   | inwoners                  | 2017-2023 | S17 S22 G23
kaart | P_00_14_JR | p_00_14                   | 2017-2023 | S17 G23
kaart | P_15_24_JR | p_15_24                   | 2017-2023 | S17 G23
kaart | P_25_44_JR | p_25_44                   | 2017-2023 | S17 G23
kaart | P_45_64_JR | p_45_64                   | 2017-2023 | S17 G23
kaart | P_65_EO_JR | p_65_plus                 | 2017-2023 | S17 G23
kaart | P_GESCHEID | p_gescheiden              | 2017-2023 | S17 G23
kaart | P_VERWEDUW | p_verweduwd               | 2017-2023 | S17 G23
kaart | AANTAL_HH  | huishoudens               | 2017-2023 | S17 G23
kaart | P_EENP_HH  | p_eenpersoons_hh          | 2017-2023 | S17 G23
kaart | P_HH_M_K   | p_hh_met_kinderen         | 2017-2023 | S17 G23
kaart | GEM_HH_GR  | hh_grootte                | 2017-2023 | S17 G23
kaart | BEV_DICHTH | bev_dichtheid             | 2017-2023 | S17 G23
kaart | P_N_W_AL   | -                         | 2017-2022 | S17
kaart | P_NEU_ALL  | p_herkomst_buiten_europa  | 2023      | G23
kaart | OPP_LAND   | opp_land                  | 2017-2023 | S17 G23
kaart | OAD        | oad                       | 2017-2023 | S17 G23
kaart | STED       | stedelijkheid             | 2017-2023 | S17 G23
kaart | WONINGEN   | woningen                  | 2017-2022 | SV
kaart | WOZ        | woz                       | 2017-2022 | SV
kaart | P_LEEGSW   | p_leegstand               | 2017-2022 | SV S22
kaart | G_GAS_TOT  | gasverbruik               | 2017-2022 | SV S13
kaart | G_ELEK_TOT | elektriciteitsverbruik    | 2017-2022 | SV S13
kaart | P_1GEZW    | p_eengezinswoning         | 2017-2022 | S13
kaart | P_KOOPWON  | p_koopwoningen            | 2017-2022 | S13
kaart | P_HUURWON  | p_huurwoningen            | 2017-2022 | S13
kaart | P_HUURCORP | p_corporatiewoningen      | 2017-2022 | S13
kaart | P_WONT2000 | p_bouwjaar_voor_2000      | 2017-2022 | S13
kaart | P_WONV2000 | p_bouwjaar_vanaf_2000     | 2017-2022 | S13
kaart | P_STADVERW | p_stadsverwarming         | 2017-2022 | S13
kaart | AUTO_HH    | autos_per_hh              | 2017-2022 | S13
kaart | INK_INW2   | inkomen_per_inwoner       | 2017-2022 | S13
kaart | G_INK_PI   | inkomen_per_inwoner       | 2017-2022 | -
kaart | P_LAAGINKP | p_laag_inkomen            | 2017-2022 | S13
kaart | P_HOOGINKP | p_hoog_inkomen            | 2017-2022 | S13
kaart | P_SOCMINH  | p_hh_sociaal_minimum      | 2017-2022 | S13
kaart | P_HH_OSM   | p_hh_sociaal_minimum      | 2017-2022 | -
kaart | AO_UIT_TOT | ao                        | 2017-2022 | S13
kaart | WW_UIT_TOT | ww                        | 2017-2022 | S13
kaart | WWB_UITTOT | bijstand                  | 2017-2022 | S13
kaart | AF_ARTSPR  | afstand_huisarts          | 2017-2022 | S13 S22
kaart | AF_SUPERM  | afstand_supermarkt        | 2017-2022 | S13
kaart | AF_ONDBAS  | afstand_basisschool       | 2017-2022 | S13
kaart | AF_KDV     | afstand_kinderdagverblijf | 2017-2022 | S13
kaart | AF_TREINST | afstand_treinstation      | 2017-2022 | S22
kaart | AF_BIBLIO  | afstand_bibliotheek       | 2017-2022 | -
kaart | aantal_inwoners                         | inwoners              | 2019-2024 | G19 G23 G24 TK
kaart | percentage_personen_0_tot_15_jaar       | p_00_14               | 2019-2024 | G19 G23 G24 TK
kaart | percentage_personen_15_tot_25_jaar      | p_15_24               | 2019-2024 | G19 G23 G24 TK
kaart | percentage_personen_25_tot_45_jaar      | p_25_44               | 2019-2024 | G19 G23 G24 TK
kaart | percentage_personen_45_tot_65_jaar      | p_45_64               | 2019-2024 | G19 G23 G24 TK
kaart | percentage_personen_65_jaar_en_ouder    | p_65_plus             | 2019-2024 | G19 G23 G24 TK
kaart | percentage_gescheid                     | p_gescheiden          | 2019-2024 | G19 G23 G24 TK
kaart | percentage_verweduwd                    | p_verweduwd           | 2019-2024 | G19 G23 G24 TK
kaart | aantal_huishoudens                      | huishoudens           | 2019-2024 | G19 G23 G24 TK
kaart | percentage_eenpersoonshuishoudens       | p_eenpersoons_hh      | 2019-2024 | G19 G23 G24 TK
kaart | percentage_huishoudens_met_kinderen     | p_hh_met_kinderen     | 2019-2024 | G19 G23 G24 TK
kaart | gemiddelde_huishoudsgrootte             | hh_grootte            | 2019-2024 | G19 G23 G24 TK
kaart | bevolkingsdichtheid_inwoners_per_km2    | bev_dichtheid         | 2019-2024 | G19 G23 G24 TK
kaart | omgevingsadressendichtheid              | oad                   | 2019-2024 | G19 G23 G24 TK
kaart | stedelijkheid_adressen_per_km2          | stedelijkheid         | 2019-2024 | G19 G23 G24 TK
kaart | oppervlakte_land_in_ha                  | opp_land              | 2019-2024 | G19 G23 G24 TK
kaart | percentage_niet_westerse_migratieachtergrond | -              | 2019-2022 | G19 TK
kaart | percentage_met_herkomstland_buiten_europa | p_herkomst_buiten_europa | 2023-2024 | G23 G24 TK
kaart | woningvoorraad                          | woningen              | 2019-2024 | G19 G23 G24 TK
kaart | gemiddelde_woningwaarde                 | woz                   | 2019-2024 | G19 G23 G24 TK
kaart | percentage_eengezinswoning              | p_eengezinswoning     | 2019-2024 | G19 G23 G24 TK
kaart | percentage_koopwoningen                 | p_koopwoningen        | 2019-2024 | G19 G23 G24 TK
kaart | percentage_huurwoningen                 | p_huurwoningen        | 2019-2024 | G19 G23 G24 TK
kaart | perc_huurwoningen_in_bezit_woningcorporaties | p_corporatiewoningen | 2019-2024 | G19 G23 G24 TK
kaart | percentage_bouwjaarklasse_tot_2000      | p_bouwjaar_voor_2000  | 2019-2024 | G19 G23 G24 TK
kaart | percentage_bouwjaarklasse_vanaf_2000    | p_bouwjaar_vanaf_2000 | 2019-2024 | G19 G23 G24 TK
kaart | percentage_leegstand_woningen           | p_leegstand           | 2019-2024 | G19 G24 TK
kaart | percentage_onbewoond                    | p_leegstand           | 2023      | G23
kaart | gemiddeld_gasverbruik_totaal            | gasverbruik           | 2019-2024 | G19 G24 TK
kaart | gemiddeld_aardgasverbruik               | gasverbruik           | 2023      | G23
kaart | gemiddeld_electriciteitsverbruik_totaal | elektriciteitsverbruik | 2019     | G19
kaart | gemiddeld_elektriciteitsverbruik_totaal | elektriciteitsverbruik | 2020-2024 | G24 TK
kaart | gemiddelde_elektriciteitslevering       | elektriciteitsverbruik | 2023     | G23
kaart | percentage_woningen_met_stadsverwarming | p_stadsverwarming     | 2020-2024 | G23 G24 TK
kaart | personenautos_per_huishouden            | autos_per_hh          | 2019-2024 | G19 G23 G24 TK
kaart | gemiddeld_inkomen_per_inwoner           | inkomen_per_inwoner   | 2020-2024 | G23 G24 TK
kaart | percentage_personen_met_laag_inkomen    | p_laag_inkomen        | 2020-2024 | G23 G24 TK
kaart | percentage_personen_met_hoog_inkomen    | p_hoog_inkomen        | 2020-2024 | G23 G24 TK
kaart | percentage_huishoudens_onder_of_rond_sociaal_minimum | p_hh_sociaal_minimum | 2020-2024 | G23 G24 TK
kaart | netto_arbeidsparticipatie               | arbeidsparticipatie   | 2020-2024 | G23 G24 TK
kaart | aantal_personen_met_een_alg_bijstandsuitkering_tot | bijstand | 2020-2024 | G23 G24 TK
kaart | aantal_personen_met_een_ao_uitkering_totaal | ao                | 2020-2024 | G23 G24 TK
kaart | aantal_personen_met_een_ww_uitkering_totaal | ww                | 2020-2024 | G23 G24 TK
kaart | opleidingsniveau_laag                   | opleiding_laag        | 2020-2024 | G24
kaart | opleidingsniveau_middelbaar             | opleiding_middelbaar  | 2020-2024 | G24
kaart | opleidingsniveau_hoog                   | opleiding_hoog        | 2020-2024 | G24
kaart | aantal_personen_met_bvm_als_hoogst_beh_ond_niv | opleiding_laag | 2023      | G23
kaart | aantal_personen_met_hvm_als_hoogst_beh_ond_niv | opleiding_middelbaar | 2023 | G23
kaart | aantal_personen_met_hw_als_hoogst_beh_ond_niv | opleiding_hoog  | 2023      | G23
kaart | percentage_jongeren_met_jeugdzorg_in_natura | p_jeugdzorg       | 2020-2024 | G23 G24 TK
kaart | aantal_wmo_clienten_per_1000_inwoners   | wmo_per_1000          | 2020-2024 | G23 G24 TK
kaart | huisartsenpraktijk_gemiddelde_afstand_in_km | afstand_huisarts  | 2020-2024 | G23 G24
kaart | grote_supermarkt_gemiddelde_afstand_in_km | afstand_supermarkt  | 2019-2024 | G19 G23 G24
kaart | basisonderwijs_gemiddelde_afstand_in_km | afstand_basisschool   | 2020-2024 | G23 G24
kaart | kinderdagverblijf_gemiddelde_afstand_in_km | afstand_kinderdagverblijf | 2020-2024 | G23 G24
kaart | treinstation_gemiddelde_afstand_in_km   | afstand_treinstation  | 2019-2024 | G19 G23 G24
kaart | bibliotheek_gemiddelde_afstand_in_km    | afstand_bibliotheek   | 2020-2024 | G23 G24
kaart | afstand_tot_openbaar_groen_totaal       | -                     | 2024      | G24

odata | AantalInwoners                 | inwoners                 | 2017-2024 | O17 O18 O19 O20 O23 O24
odata | k_0Tot15Jaar                   | a_00_14                  | 2017-2024 | O17 O20 O23 O24
odata | k_65JaarOfOuder                | a_65_plus                | 2017-2024 | O17 O18 O20 O23 O24
odata | Gescheiden                     | gescheiden               | 2017-2024 | O17 O24 O23
odata | Verweduwd                      | verweduwd                | 2017-2024 | O17 O24 O23
odata | HuishoudensTotaal              | huishoudens              | 2017-2024 | O17 O20 O23 O24
odata | Eenpersoonshuishoudens         | eenpersoons_hh           | 2017-2024 | O17 O20 O23 O24
odata | HuishoudensMetKinderen         | hh_met_kinderen          | 2017-2024 | O17 O20 O23 O24
odata | GemiddeldeHuishoudensgrootte   | hh_grootte               | 2017-2024 | O17 O20 O23 O24
odata | Bevolkingsdichtheid            | bev_dichtheid            | 2017-2024 | O17 O18 O20 O23 O24
odata | Woningvoorraad                 | woningen                 | 2017-2024 | O17 O18 O20 O24 O23
odata | GemiddeldeWoningwaarde         | woz                      | 2017-2019 | O17 O18 O19
odata | GemiddeldeWOZWaardeVanWoningen | woz                      | 2020-2024 | O20 O23 O24
odata | PercentageEengezinswoning      | p_eengezinswoning        | 2017-2024 | O17 O18 O24 O23
odata | Koopwoningen                   | p_koopwoningen           | 2017-2024 | O17 O18 O20 O23 O24
odata | HuurwoningenTotaal             | p_huurwoningen           | 2017-2024 | O17 O18 O19 O20 O23 O24
odata | InBezitWoningcorporatie        | p_corporatiewoningen     | 2017-2024 | O17 O18 O24 O23
odata | PercentageOnbewoond            | p_leegstand              | 2017-2023 | O17 O18 O20 O23
odata | OnbewoondeWoningen             | p_leegstand              | 2024      | O24
odata | BouwjaarVoor2000               | p_bouwjaar_voor_2000     | 2017-2023 | O17 O18 O20 O23
odata | BouwjaarVanaf2000              | p_bouwjaar_vanaf_2000    | 2017-2023 | O17 O18 O20 O23
odata | BouwjaarMeerDanTienJaarGeleden | -                        | 2024      | O24
odata | BouwjaarAfgelopenTienJaar      | -                        | 2024      | O24
odata | GemiddeldElektriciteitsverbruikTotaal | elektriciteitsverbruik | 2017-2022 | O17 O18 O20
odata | GemiddeldeElektriciteitsleveringTotaal | elektriciteitsverbruik | 2023-2024 | O23 O24
odata | GemiddeldAardgasverbruikTotaal | gasverbruik              | 2017-2024 | O17 O18 O20 O24 O23
odata | PercentageWoningenMetStadsverwarming | p_stadsverwarming  | 2017-2024 | O17 O18 O24 O23
odata | OpleidingsniveauLaag           | opleiding_laag           | 2019-2022 | O19 O20
odata | OpleidingsniveauMiddelbaar     | opleiding_middelbaar     | 2019-2022 | O19 O20
odata | OpleidingsniveauHoog           | opleiding_hoog           | 2019-2022 | O19 O20
odata | BasisonderwijsVmboMbo1         | opleiding_laag           | 2023-2024 | O24 O23
odata | HavoVwoMbo24                   | opleiding_middelbaar     | 2023-2024 | O24 O23
odata | HboWo                          | opleiding_hoog           | 2023-2024 | O24 O23
odata | Nettoarbeidsparticipatie       | arbeidsparticipatie      | 2018-2024 | O18 O19 O20 O24 O23
odata | GemiddeldInkomenPerInwoner     | inkomen_per_inwoner      | 2017-2024 | O17 O18 O19 O20 O23 O24
odata | k_40PersonenMetLaagsteInkomen  | p_laag_inkomen           | 2017-2024 | O17 O18 O20 O24 O23
odata | k_20PersonenMetHoogsteInkomen  | p_hoog_inkomen           | 2017-2024 | O17 O18 O20 O24 O23
odata | HuishOnderOfRondSociaalMinimum | p_hh_sociaal_minimum     | 2017-2023 | O17 O18 O20 O23
odata | PersonenInArmoede              | -                        | 2024      | O24
odata | PersonenPerSoortUitkeringBijstand | bijstand              | 2017-2024 | O17 O18 O20 O24 O23
odata | PersonenPerSoortUitkeringAO    | ao                       | 2017-2024 | O17 O18 O20 O24 O23
odata | PersonenPerSoortUitkeringWW    | ww                       | 2017-2024 | O17 O18 O20 O24 O23
odata | PercentageJongerenMetJeugdzorg | p_jeugdzorg              | 2018-2024 | O18 O20 O24 O23
odata | WmoClientenRelatief            | wmo_per_1000             | 2018-2024 | O18 O20 O24 O23
odata | PersonenautoSPerHuishouden     | autos_per_hh             | 2017-2024 | O17 O18 O20 O23 O24
odata | AfstandTotHuisartsenpraktijk   | afstand_huisarts         | 2017-2024 | O17 O18 O20 O24 O23
odata | AfstandTotGroteSupermarkt      | afstand_supermarkt       | 2017-2024 | O17 O18 O20 O23 O24
odata | AfstandTotKinderdagverblijf    | afstand_kinderdagverblijf| 2017-2024 | O17 O18 O24 O23
odata | AfstandTotSchool               | afstand_basisschool      | 2017-2024 | O17 O18 O20 O24 O23
odata | ScholenBinnen3Km               | scholen_binnen_3km       | 2017-2024 | O17 O18 O24 O23
odata | OppervlakteLand                | opp_land                 | 2017-2024 | O17 O18 O20 O24 O23
odata | MateVanStedelijkheid           | stedelijkheid            | 2017-2024 | O17 O18 O19 O20 O23 O24
odata | Omgevingsadressendichtheid     | oad                      | 2017-2024 | O17 O18 O20 O24
"""


def _years(text):
    first, _, last = text.partition("-")
    return tuple(range(int(first), int(last or first) + 1))


def _parse(text):
    rows = []
    for line in text.strip().splitlines():
        if line.strip():
            form, name, cid, years, tags = (part.strip() for part in line.split("|"))
            tags = tuple(tag for tag in tags.split() if tag != "-")
            rows.append((form, name, None if cid == "-" else cid, _years(years), tags))
    return rows


#: (form, column name, indicator id or None, years, source tags): the one table.
ROWS = _parse(_ROWS)
YEARS = tuple(range(2017, 2025))
FORMS = {form: {year: {} for year in YEARS} for form in ("kwb", "kaart", "odata")}
for _form, _name, _cid, _years_of, _tags in ROWS:
    for _year in _years_of:
        FORMS[_form][_year][_name] = _cid
KWB, KAART, ODATA = FORMS["kwb"], FORMS["kaart"], FORMS["odata"]


def table(year, form="kwb"):
    """{column name: indicator id} of one year and form (names CBS used that BuurtKijker does not map: None)."""
    return FORMS[form][year]


def sources(year, form, name):
    """The source tags of one name of one year and form."""
    return tuple(tag for f, n, _, years, tags in ROWS if f == form and n == name and year in years for tag in tags)


def confirmed(year, form, name):
    """True when a source of that very year shows the name; False when it is inferred from the years around it."""
    return any(year in SOURCES[tag][0] for tag in sources(year, form, name))


def aliases():
    """{indicator id: (names...)}: the union over every year and form, for the alias lookup."""
    out = {}
    for _, name, cid, _, _ in ROWS:
        if cid is not None and name not in out.setdefault(cid, ()):
            out[cid] = out[cid] + (name,)
    return out
