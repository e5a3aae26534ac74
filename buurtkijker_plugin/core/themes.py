"""Theme definitions: which indicators make a theme, in which direction, with which weight.

Built-in themes and user themes share one JSON format::

    {"themes": [{"id": "veiligheid", "name": {"nl": "Veiligheid", "en": "Safety"},
                 "indicators": [{"indicator": "misdrijven_per_1000", "direction": "higher_is_worse", "weight": 1}]}]}

``indicator`` is a canonical id of :mod:`cbs_schema`, any of its CBS aliases, or a column name of the layer.
"""

import json
import math
import re
from dataclasses import dataclass, field, replace

from . import cbs_schema as schema
from .errors import QT_TRANSLATE_NOOP, BuurtKijkerError

DIRECTIONS = (schema.HIGHER_IS_BETTER, schema.HIGHER_IS_WORSE)
_ID = re.compile(r"^[a-z][a-z0-9_]{0,30}$")
MIN_WEIGHT, MAX_WEIGHT = 1e-6, 1e6


@dataclass(frozen=True)
class ThemeIndicator:
    indicator: str  # canonical id, or a layer column for indicators the alias table does not know
    direction: str
    weight: float
    domain: str = None  # IMD domain of a deprivation theme (None: the indicator is its own domain)
    optional: bool = False  # counts where the layer has it; a layer without it does not miss its weight

    @property
    def known(self):
        return self.indicator in schema.INDICATORS

    def label(self, language="nl"):
        ind = schema.INDICATORS.get(self.indicator)
        return ind.label(language) if ind else self.indicator


@dataclass(frozen=True)
class Theme:
    id: str
    name: dict
    indicators: tuple
    description: dict = field(default_factory=dict)
    weight: float = 1.0  # weight of the theme in the overall score
    context: bool = False  # shown in neutral words, never coloured better/worse, never in the total (demografie)
    deprivation: bool = False  # scored as the English IMD (domains, exponential transform, deciles) under imd
    domains: dict = field(default_factory=dict)  # IMD domain id -> {"weight": w, "name": {"nl": .., "en": ..}}

    def label(self, language="nl"):
        return self.name.get(language) or self.name.get("nl") or self.name.get("en") or self.id

    @property
    def total_weight(self):
        return sum(i.weight for i in self.indicators)

    def needed_weight(self, absent=()):
        """The weight a buurt's present indicators must reach half of: every indicator's, except the optional ones
        the layer lacks (``absent``: indicator ids not in the layer), such as the Leefbaarometer's nuisance score in
        veiligheid, which counts where it was joined."""
        return sum(i.weight for i in self.indicators if not (i.optional and i.indicator in absent))

    def domain_weight(self, domain, items=()):
        """An IMD domain's weight: as the theme file says, else the sum of its indicators' weights."""
        spec = self.domains.get(domain) or {}
        return float(spec.get("weight", sum(i.weight for i in items) or 1.0))

    def domain_label(self, domain, language="nl"):
        spec = self.domains.get(domain) or {}
        name = spec.get("name") or {}
        if isinstance(name, str):
            return name
        if name:
            return name.get(language) or name.get("nl") or domain
        ind = schema.INDICATORS.get(domain)
        return ind.label(language) if ind else domain

    def with_weights(self, weights):
        """A copy with indicator weights replaced from ``{indicator: weight}`` (0 drops the indicator)."""
        items = tuple(replace(i, weight=float(weights.get(i.indicator, i.weight))) for i in self.indicators)
        return replace(self, indicators=tuple(i for i in items if i.weight > 0))

    def to_dict(self):
        out = {"id": self.id, "name": dict(self.name)}
        if self.description:
            out["description"] = dict(self.description)
        if self.weight != 1.0:
            out["weight"] = self.weight
        if self.context:
            out["context"] = True
        if self.deprivation:
            out["deprivation"] = True
        if self.domains:
            out["domains"] = dict(self.domains)
        out["indicators"] = [dict({"indicator": i.indicator, "direction": i.direction, "weight": i.weight},
                                  **({"domain": i.domain} if i.domain else {}),
                                  **({"optional": True} if i.optional else {})) for i in self.indicators]
        return out


def _theme_from_dict(entry, position, source):
    if not isinstance(entry, dict):
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "{source}: theme {position} is not an object."),
                               source=source, position=position)
    theme_id = entry.get("id")
    if not isinstance(theme_id, str) or not _ID.match(theme_id):
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: theme {position} needs an 'id' of lower-case letters, digits and _ "
                           "(got {value!r})."), source=source, position=position, value=theme_id)
    name = entry.get("name", theme_id)
    name = {"nl": name, "en": name} if isinstance(name, str) else name
    if not isinstance(name, dict):
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "{source}: theme '{theme}': 'name' must be text or "
                                                 "{{\"nl\": ..., \"en\": ...}}."), source=source, theme=theme_id)
    items = entry.get("indicators")
    if not isinstance(items, list) or not items:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker",
                                                 "{source}: theme '{theme}' has no list of 'indicators'."),
                               source=source, theme=theme_id)
    indicators = []
    for number, item in enumerate(items, start=1):
        indicators.append(_indicator_from_dict(item, number, theme_id, source))
    seen = [i.indicator for i in indicators]
    duplicates = sorted({i for i in seen if seen.count(i) > 1})
    if duplicates:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "{source}: theme '{theme}' lists {indicator} twice."),
                               source=source, theme=theme_id, indicator=", ".join(duplicates))
    weight = _weight(entry.get("weight", 1.0), theme_id, "weight", source)
    description = entry.get("description", {})
    description = {"nl": description, "en": description} if isinstance(description, str) else description
    domains = entry.get("domains", {})
    if not isinstance(domains, dict) or not all(isinstance(v, dict) for v in domains.values()):
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: theme '{theme}': 'domains' must map each domain to {{\"weight\": ..., "
                           "\"name\": ...}}."), source=source, theme=theme_id)
    for domain, spec in domains.items():
        if "weight" in spec:
            _weight(spec["weight"], theme_id, domain, source)
    return Theme(theme_id, name, tuple(indicators), description, weight, bool(entry.get("context", False)),
                 bool(entry.get("deprivation", False)), domains)


def _indicator_from_dict(item, number, theme_id, source):
    if not isinstance(item, dict) or not isinstance(item.get("indicator"), str) or not item["indicator"].strip():
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: theme '{theme}', entry {entry}: needs an 'indicator' name."),
            source=source, theme=theme_id, entry=number)
    name = item["indicator"].strip()
    canonical = schema.canonical_name(name)
    if canonical in schema.ID_COLUMNS or canonical is None and not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", name):
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: theme '{theme}', entry {entry}: unknown indicator '{indicator}'."),
            source=source, theme=theme_id, entry=number, indicator=name)
    direction = item.get("direction")
    if direction not in DIRECTIONS:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: theme '{theme}', entry {entry} ({indicator}): direction must be "
                           "'higher_is_better' or 'higher_is_worse', not {value!r}."),
            source=source, theme=theme_id, entry=number, indicator=name, value=direction)
    weight = _weight(item.get("weight", 1.0), theme_id, "{} ({})".format(number, name), source)
    domain = item.get("domain")
    domain = domain.strip() if isinstance(domain, str) and domain.strip() else None
    return ThemeIndicator(canonical or name, direction, weight, domain, item.get("optional") is True)


def _weight(value, theme_id, entry, source):
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value > 0
    if not ok:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: theme '{theme}', entry {entry}: weight must be a number greater than 0, "
                           "not {value!r}."), source=source, theme=theme_id, entry=entry, value=value)
    if not MIN_WEIGHT <= value <= MAX_WEIGHT:  # sums of 1e308 overflow, 1e-300 underflows: buurten would drop out
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: theme '{theme}', entry {entry}: weight {value!r} is out of range; use a "
                           "number from {low} to {high} (only the ratios between weights count)."),
            source=source, theme=theme_id, entry=entry, value=value, low=MIN_WEIGHT, high=int(MAX_WEIGHT))
    return float(value)


RESULT_SUFFIXES = ("", "_rank", "_class", "_n", "_why", "_rank_p05", "_rank_p95")
RESERVED_IDS = ("total", "totaal", "run", "chart", "why")  # bk_total*, bk_run, bk_chart and bk_why are taken


def _check_result_columns(themes, source):
    """Every result column ``bk_<id><suffix>`` belongs to one theme: ids such as 'total', 'run', or 'a' beside
    'a_rank' would overwrite another column's values. Indicator columns named bk_... would clash likewise."""
    owner = {"bk_run": "run", "bk_chart": "chart", "bk_why": "why"}
    owner.update({"bk_total" + suffix: "total" for suffix in RESULT_SUFFIXES})
    for theme in themes:
        if theme.id in RESERVED_IDS:
            raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                "BuurtKijker", "{source}: theme id '{theme}' is reserved for BuurtKijker's own result columns; choose "
                               "another id."), source=source, theme=theme.id)
        for suffix in RESULT_SUFFIXES:
            column = "bk_" + theme.id + suffix
            if column in owner:
                raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                    "BuurtKijker", "{source}: theme ids '{theme}' and '{other}' would both write the result column "
                                   "{column}; rename one of them."),
                    source=source, theme=theme.id, other=owner[column], column=column)
            owner[column] = theme.id
    for theme in themes:
        for item in theme.indicators:
            if item.indicator.lower().startswith("bk_"):
                raise BuurtKijkerError(QT_TRANSLATE_NOOP(
                    "BuurtKijker", "{source}: theme '{theme}': indicator '{indicator}' is a BuurtKijker result column "
                                   "(bk_...); score the CBS figures, not an earlier result."),
                    source=source, theme=theme.id, indicator=item.indicator)


def parse_themes(document, source="themes"):
    """Themes from a parsed JSON document; raise :class:`BuurtKijkerError` naming the theme and entry at fault."""
    if not isinstance(document, dict) or not isinstance(document.get("themes"), list) or not document["themes"]:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "{source}: not a BuurtKijker theme file: expected {{\"themes\": [...]}}."), source=source)
    themes = [_theme_from_dict(entry, n, source) for n, entry in enumerate(document["themes"], start=1)]
    ids = [t.id for t in themes]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "{source}: theme id '{theme}' is used twice."),
                               source=source, theme=", ".join(twice))
    _check_result_columns(themes, source)
    return themes


def load_themes(path):
    """Themes from a JSON theme file."""
    name = str(path)
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
    except OSError as exc:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Theme file {source} cannot be read: {reason}"),
                               source=name, reason=exc.strerror or exc)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Theme file {source} is not valid JSON: {reason}"),
                               source=name, reason=exc)
    except RecursionError:  # '[[[[...' 100,000 deep
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Theme file {source} is not valid JSON: {reason}"),
                               source=name, reason="nested too deeply")
    return parse_themes(document, name)


def save_themes(themes, path):
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({"themes": [t.to_dict() for t in themes]}, handle, ensure_ascii=False, indent=2)
        handle.write("\n")


def select(themes, ids):
    """The themes named in ``ids`` (a list or comma-separated text; empty = all), in the order given."""
    from .gemeenten import parse_list
    wanted = parse_list(ids)
    if not wanted:
        return list(themes)
    by_id = {t.id: t for t in themes}
    twice = sorted({w for w in wanted if wanted.count(w) > 1})
    if twice:  # counted twice, it would weigh double in the overall score
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Theme {theme} is listed twice; list each theme once."),
                               theme=", ".join(twice))
    unknown = [w for w in wanted if w not in by_id]
    if unknown:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP("BuurtKijker", "Unknown theme: {unknown}. Available: {available}."),
                               unknown=", ".join(unknown), available=", ".join(by_id))
    return [by_id[w] for w in wanted]
