"""The names of the fields BuurtKijker writes into its result layers, in one place.

Every writer (the algorithms) and reader (layouts, maps, the compare window, the dock) takes them from here, so a
name cannot differ between the one who writes it and the one who reads it.
"""

PREFIX = "bk_"
TOTAL = "bk_total"  # the overall score
RUN = "bk_run"  # how the scores were made: "zscore;national;50;2024"
YEARS = "bk_years"  # per buurt, the year of each indicator value: "woz:2024;eenzaam:2020"
SOURCES = "bk_sources"  # the sources and years behind the layer: "CBS Kerncijfers ...=2024,2019|RIVM ...=2020"
CHANGE_RUN = "bk_change_run"  # written by computechange: method;reference;scale;first year;second year
SCENARIO_RUN = "bk_scenario_run"  # written by scenario: its name and the changes applied
VULNERABILITY, NUISANCE = "bk_kwetsbaarheid", "bk_overlast"  # vulnerabilitynuisance's two axes
BIVARIATE, ATTENTION = "bk_bivariaat", "bk_aandacht"  # its 3 x 3 cell (1-9) and the attention flag
TEXT = (RUN, YEARS, SOURCES, CHANGE_RUN, SCENARIO_RUN)  # the run's text fields (not numbers)
ID_NAMES = ("code", "naam", "wijkcode", "gemeentecode", "gemeentenaam")

RUN_PARTS = ("method", "reference", "min_population", "year")
CHANGE_RUN_PARTS = ("method", "reference", "scale", "before", "after")


def score(theme_id):
    """The score field of a theme ('total' for the overall score)."""
    return PREFIX + theme_id


def change(theme_id):
    return "{}{}_change".format(PREFIX, theme_id)


def change_class(theme_id):
    return "{}{}_change_class".format(PREFIX, theme_id)


def scenario(theme_id):
    return "{}{}_scenario".format(PREFIX, theme_id)


def difference(theme_id):
    return "{}{}_diff".format(PREFIX, theme_id)


def split_run(value, parts=RUN_PARTS):
    """A run description ('a;b;c') as a dict of ``parts`` (missing parts empty)."""
    values = (str(value or "").split(";") + [""] * len(parts))[:len(parts)]
    return dict(zip(parts, values))


def run_text(method, reference, min_population, year=None):
    return "{};{};{};{}".format(method, reference, min_population, year or "")


def change_run_text(method, reference, scale, before_year, after_year):
    return "{};{};{};{};{}".format(method, reference, scale, before_year or "", after_year or "")
