"""One vocabulary for the parameters of every BuurtKijker algorithm: a name means the same everywhere, and its
help (``setHelp``, shown in the Processing dialog and in ``qgis_process help``) is written once, here."""

from ..qgis_io.i18n import tr

TAGS = ("buurtkijker", "leefbaarheid", "livability", "CBS", "buurt", "buurten", "wijk", "wijken", "index",
        "indices", "kerncijfers", "gemeente", "neighbourhood")

RENAMED = {"REFERENCE": "REFERENCE_LAYER"}  # an old name that meant a layer where it elsewhere means a choice


def texts():
    """name -> help text, translated now (so the user's language is used)."""
    return {
        "INPUT": tr("The buurt layer: a CBS Wijk- en buurtkaart layer or table (GeoPackage, shapefile, GeoJSON, "
                    "PostGIS). It is read, never changed."),
        "GEMEENTE": tr("Gemeente codes (GM0772) or names (Eindhoven), comma-separated; empty = every gemeente in "
                       "the layer."),
        "THEMES": tr("The built-in themes to compute (none ticked = all); with a THEME_FILE, all themes of that "
                     "file."),
        "THEME_FILE": tr("A theme file (JSON), e.g. saved from the dock with your own weights; replaces the "
                         "built-in themes."),
        "METHOD": tr("zscore (default: distance from the average in standard deviations), minmax, rank, or imd "
                     "(as the English Index of Multiple Deprivation). The change between two years has no imd."),
        "REFERENCE": tr("selection: scores against the buurten of the chosen gemeenten; national: against every "
                        "buurt in the layer (use a national layer)."),
        "MIN_POPULATION": tr("Buurten with fewer inhabitants get no score (50 is CBS' secrecy bound)."),
        "WINSORIZE": tr("Share of the reference buurten clipped at each tail before standardising (0 = off)."),
        "UNCERTAINTY": tr("Monte Carlo draws of the weights for the 5-95 % rank interval (0 = off; about 1000 "
                          "gives a stable interval)."),
        "SOURCES": tr("Extra tables joined by buurt code: CBS Kerncijfers of other years, the RIVM "
                      "Gezondheidsmonitor, the Leefbaarometer, your own CSV or Excel. Each indicator is taken from "
                      "the most recent year that has it."),
        "YEARS": tr("Years of the sources when a file does not say: '2020, 2017' in the order of SOURCES, "
                    "'rivm=2020' by name, or 'input=2024' for the buurt layer."),
        "BOUNDARIES": tr("Buurt polygons of the years the SOURCES' codes belong to (another indeling): a source's "
                         "values are carried over to the layer's buurten by area where the codes differ."),
        "YEAR": tr("The year of the buurt layer when it has no jaar column and no year in its name."),
        "LANGUAGE": tr("nl or en: the language of what the algorithm writes (explanations, legends, tables, "
                       "maps); default: QGIS' language."),
        "OUTPUT": tr("Where the result goes: a GeoPackage (keeps its maps), a PostGIS table, another file or a "
                     "temporary layer. Never one of the inputs."),
        "BEFORE": tr("The earlier year of the same buurten (a layer or a CBS table), matched by buurt code."),
        "AFTER": tr("The later year: the buurt layer of the map."),
        "SCALE": tr("before: both years against the first year's buurten; pooled: against both years; each: each "
                    "year against its own buurten (change of position, without the general trend)."),
        "LEVELS": tr("Also write the second year's scores, so profiles and layouts show the level beside the "
                     "change."),
        "CHANGES": tr("A CSV with the columns code, indicator, value and/or delta. The indicator may be given by "
                      "its id, its CBS column or the Dutch or English name the dock shows; value is a number or "
                      "'gemiddelde' (the reference average); delta is added to today's value."),
        "NAME": tr("The scenario's name, in the layer and on its printed map."),
        "LIST": tr("A CSV of the buurten with high vulnerability and rising (or high) nuisance."),
        "BUURTEN": tr("Buurt codes or names, comma-separated."),
        "REFERENCE_LAYER": tr("A national layer (CBS buurten, or a national result of 'Compute theme indices') for "
                              "the national averages."),
        "CHART": tr("A bar and radar chart of the comparison: PNG, SVG or PDF."),
        "THEME": tr("Theme ids, comma-separated, or 'total' for the overall score; empty = all. For a change or "
                    "scenario layer the theme whose change or difference is printed."),
        "TEMPLATE": tr("The page: A4 or A3, landscape or portrait, or buurtprofiel (one page per buurt, PDF)."),
        "TEMPLATE_FILE": tr("Your own layout template (.qpt) with the same item ids, used instead of TEMPLATE."),
        "TITLE": tr("The map's title; empty = the theme and the gemeente."),
        "LABELS": tr("Buurt names, codes or none on the map."),
        "NOTES": tr("A notes CSV (buurtcode;datum;rol;thema;tekst) shown on the buurtprofielen; empty = the "
                    "layer's own notes."),
    }


def deprecated_text(old, new):
    return tr("{} is now called {} (REFERENCE means selection or national in the other algorithms); the old name "
              "still works for now.").format(old, new)
