"""A :class:`~..core.run_request.RunRequest` as Processing parameters, and back: the one place where the dock's run
becomes what an algorithm is given, and where an algorithm's parameters become a run.

``to_parameters`` gives each algorithm just the parameters it defines, so one request serves computeindices, the
scenario, the change and the vulnerability map alike.
"""

import os
import tempfile

from qgis.core import QgsApplication, QgsProcessingParameterEnum

from ..core import run_request, themes as theme_io
from ..paths import THEMES_FILE

LAYER_NAMES = ("INPUT", "AFTER")  # the buurt layer of the run: computechange calls it AFTER (the later year)


def theme_file(themes):
    """The themes (weights as edited) in a new temporary theme file; its path."""
    path = os.path.join(tempfile.mkdtemp(prefix="buurtkijker_"), "themes.json")
    theme_io.save_themes(list(themes), path)
    return path


def _layer_value(layer):
    return layer.id() if hasattr(layer, "id") and callable(layer.id) else layer


def _layers_value(value):
    """A layer, a path or a list of them as a multiple-layers value; None for none."""
    items = value if isinstance(value, (list, tuple)) else [value] if value else []
    return [_layer_value(v) for v in items] or None


def _fit_choice(definition, value, fallback):
    """``value`` if the (static-string) choice list of ``definition`` has it, else ``fallback``."""
    if isinstance(definition, QgsProcessingParameterEnum) and value not in definition.options():
        return fallback
    return value


def to_parameters(request, algorithm_id, **extra):
    """The parameters of ``algorithm_id`` (e.g. 'buurtkijker:scenario') for ``request``; ``extra`` added as given
    (OUTPUT, CHANGES, ...). Only what the algorithm defines is passed."""
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    defined = {d.name(): d for d in algorithm.parameterDefinitions()} if algorithm is not None else {}
    values = {"GEMEENTE": ",".join(request.gemeenten),
              "METHOD": request.method,
              "REFERENCE": request.reference,
              "MIN_POPULATION": request.min_population,
              "WINSORIZE": request.winsorize,
              "SOURCES": [_layer_value(s) for s in request.sources],
              "YEARS": request.years.strip(),
              "BOUNDARIES": _layers_value(request.boundaries),
              "LANGUAGE": request.language}
    layer = _layer_value(request.layer)
    name = next((n for n in LAYER_NAMES if n in defined), "INPUT")
    values[name] = layer
    if "THEME_FILE" in defined:  # exactly the chosen themes, as edited
        values["THEME_FILE"] = theme_file(request.themes)
    else:
        values["THEMES"] = ",".join(request.theme_ids)
    if "METHOD" in defined:
        values["METHOD"] = _fit_choice(defined["METHOD"], request.method, "zscore")
    parameters = {k: v for k, v in values.items() if k in defined and v is not None}
    parameters.update(extra)
    return parameters


def from_parameters(algorithm, parameters, context):
    """The run an algorithm's ``parameters`` ask for (what the algorithm defines; the rest at its default)."""
    defined = {d.name() for d in algorithm.parameterDefinitions()}
    name = next((n for n in LAYER_NAMES if n in defined), "INPUT")

    def text(key, default=""):
        return algorithm.parameterAsString(parameters, key, context) if key in defined and \
            parameters.get(key) not in (None, "") else default

    request = run_request.RunRequest(layer=parameters.get(name))
    request.gemeenten = [c.strip() for c in text("GEMEENTE").split(",") if c.strip()]
    value = parameters.get("SOURCES") if "SOURCES" in defined else None
    request.sources = list(value) if isinstance(value, (list, tuple)) else [value] if value else []
    request.years = text("YEARS")
    if "BOUNDARIES" in defined and parameters.get("BOUNDARIES") not in (None, ""):
        request.boundaries = parameters.get("BOUNDARIES")
    path = algorithm.parameterAsFile(parameters, "THEME_FILE", context) if "THEME_FILE" in defined else ""
    available = theme_io.load_themes(path or THEMES_FILE)
    ids = algorithm.choices(parameters, "THEMES", context) if "THEMES" in defined and \
        isinstance(algorithm.parameterDefinition("THEMES"), QgsProcessingParameterEnum) else text("THEMES")
    request.themes = theme_io.select(available, ",".join(ids) if isinstance(ids, list) else ids)
    request.method = algorithm.choice(parameters, "METHOD", context, "zscore") if "METHOD" in defined else "zscore"
    request.reference = algorithm.choice(parameters, "REFERENCE", context, "selection") \
        if "REFERENCE" in defined else "selection"
    if "MIN_POPULATION" in defined and parameters.get("MIN_POPULATION") not in (None, ""):
        request.min_population = algorithm.parameterAsInt(parameters, "MIN_POPULATION", context)
    if "WINSORIZE" in defined and parameters.get("WINSORIZE") not in (None, ""):
        request.winsorize = algorithm.parameterAsDouble(parameters, "WINSORIZE", context)
    if "LANGUAGE" in defined:
        request.language = algorithm.language(parameters, context)
    return request
