"""What BuurtKijker's Processing algorithms share: instance, group, help as HTML, choice lists and the map language.

Choices are ``QgsProcessingParameterEnum`` with static strings (QGIS >= 3.18): the dialog shows a list, models and
scripts pass the value itself (``METHOD=zscore``), and ``qgis_process help`` lists the values.
"""

import html

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterDefinition,
                       QgsProcessingParameterEnum)

from ..core import vocabulary
from ..qgis_io.i18n import tr, user_language
from . import output_guard, parameter_help

LANGUAGE = "LANGUAGE"
# The page (docs/<page>.md, shipped as HTML) and section that helpUrl() opens for each algorithm.
HELP_PAGES = {
    "computeindices": ("methodology", ""),
    "comparebuurten": ("methodology", "10-comparison"),
    "exportlayout": ("help", "getting-started"),
    "exporthtml": ("help", "getting-started"),
    "computechange": ("change", "parameters"),
    "scenario": ("scenarios", ""),
    "vulnerabilitynuisance": ("vulnerability_nuisance", ""),
}


def help_html(text):
    """Plain help text as the HTML the Processing dialog renders: '<theme>' stays visible, paragraphs stay."""
    return html.escape(text, quote=False).replace("\n", "<br>")


def _guarded(prepare):
    """``prepare`` (an algorithm's prepareAlgorithm) preceded by the output guard."""
    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.guard_outputs(parameters, context)
        return prepare(self, parameters, context, feedback)
    prepareAlgorithm.guarded = True
    prepareAlgorithm.__doc__ = prepare.__doc__
    return prepareAlgorithm


class BuurtKijkerAlgorithm(QgsProcessingAlgorithm):
    """Every BuurtKijker algorithm: its outputs are checked against its inputs (:mod:`output_guard`) before its
    own ``prepareAlgorithm`` runs, also in algorithms added later (``__init_subclass__`` wraps theirs)."""
    GROUP_ID = "indices"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("prepareAlgorithm")
        if own is not None and not getattr(own, "guarded", False):
            cls.prepareAlgorithm = _guarded(own)

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.guard_outputs(parameters, context)
        return True

    def guard_outputs(self, parameters, context):
        """Refuse (QgsProcessingException) any output that names an input of this run, or another output."""
        messages = output_guard.conflicts(self, parameters, context)
        if messages:
            raise QgsProcessingException("\n".join(messages))

    def createInstance(self):  # noqa: N802
        return type(self)()

    def group(self):
        return tr("Layouts") if self.GROUP_ID == "layouts" else tr("Indices")

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def tr(self, text):
        return tr(text)

    def help_text(self):
        """The help in plain text (translated); shortHelpString escapes it."""
        return ""

    TAGS = ()  # an algorithm's own search words, beside the shared ones

    def tags(self):
        """Search words of the Processing toolbox: the shared ones (leefbaarheid, CBS, buurt, wijk, index, ...)."""
        return list(parameter_help.TAGS) + list(self.TAGS)

    def parameter_help(self):
        """name -> help of this algorithm's parameters (the shared vocabulary; an algorithm may refine a name)."""
        return parameter_help.texts()

    def addParameter(self, definition, createOutput=True):  # noqa: N802,N803
        """Every parameter gets its help from the one vocabulary (processing/parameter_help.py)."""
        if not definition.help():
            name = definition.name()
            if name == "THEMES" and not isinstance(definition, QgsProcessingParameterEnum):
                name = "THEME"  # ids typed as text (maps to make), not the list of built-in themes to compute
            text = self.parameter_help().get(name)
            if text:
                definition.setHelp(text)
        return super().addParameter(definition, createOutput)

    def add_renamed(self, definition, old):
        """``definition`` under its new name, and a hidden parameter of the ``old`` name that still works (see
        :meth:`renamed_value`)."""
        self.addParameter(definition)
        alias = definition.clone()
        alias.setName(old)
        alias.setFlags(alias.flags() | QgsProcessingParameterDefinition.Flag.FlagHidden
                       | QgsProcessingParameterDefinition.Flag.FlagOptional)
        alias.setHelp(parameter_help.deprecated_text(old, definition.name()))
        super().addParameter(alias)

    @staticmethod
    def renamed_value(parameters, new, old, feedback=None):
        """The parameters with a value given under the ``old`` name moved to ``new`` (with a deprecation message
        in the log)."""
        if parameters.get(old) in (None, "") or parameters.get(new) not in (None, ""):
            return parameters
        if feedback is not None:
            feedback.pushWarning(parameter_help.deprecated_text(old, new))
        moved = dict(parameters)
        moved[new] = moved.pop(old)
        return moved

    def shortHelpString(self):  # noqa: N802
        return help_html(self.help_text())

    def helpUrl(self):  # noqa: N802
        """The algorithm's page of the shipped docs (offline HTML; the dialog's Help button opens it)."""
        from ..qgis_io.help_pages import page_url
        return page_url(*HELP_PAGES.get(self.name(), ("help", ""))).toString()

    def add_choice(self, name, description, options, default=None, multiple=False, optional=False, advanced=False):
        """A list of fixed values (static strings): ``name=value`` keeps working in scripts and qgis_process."""
        param = QgsProcessingParameterEnum(name, description, list(options), multiple, default, optional, True)
        if advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(param)
        return param

    def add_language(self):
        """LANGUAGE: the language of what the algorithm writes (explanations, tables, maps); default QGIS' own."""
        self.add_choice(LANGUAGE, tr("Language of the texts written (nl = Dutch, en = English)"),
                        vocabulary.LANGUAGES, default=user_language())

    def choice(self, parameters, name, context, fallback=None):
        """The chosen value of a single choice parameter (a value, or its position as scripts may pass it)."""
        value = parameters.get(name)
        if value is None or value == "":
            return fallback
        options = self.parameterDefinition(name).options()
        text = str(value).strip()
        if text in options:
            return text
        if text.isdigit() and int(text) < len(options):
            return options[int(text)]
        return self.parameterAsEnumString(parameters, name, context) or fallback

    def choices(self, parameters, name, context):
        """The chosen values of a multiple choice parameter, as given ('' / None = none). A value given twice is
        kept twice: the caller refuses it (a theme listed twice would weigh double; docs/errors.md)."""
        value = parameters.get(name)
        if value is None or value == "" or value == []:
            return []
        items = value if isinstance(value, (list, tuple)) else str(value).split(",")
        options = self.parameterDefinition(name).options()
        out = []
        for item in (str(i).strip() for i in items):
            if item.isdigit() and int(item) < len(options):
                item = options[int(item)]
            if item:
                out.append(item)
        return out

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """A choice may also be given by its position ('3', as before the lists): checked as its value."""
        named = dict(parameters)
        for definition in self.parameterDefinitions():
            if isinstance(definition, QgsProcessingParameterEnum) and definition.usesStaticStrings():
                value = named.get(definition.name())
                if isinstance(value, (int, str)) and str(value).strip().isdigit():
                    position = int(str(value).strip())
                    if position < len(definition.options()):
                        named[definition.name()] = definition.options()[position]
        ok, message = super().checkParameterValues(named, context)
        if ok:
            messages = output_guard.conflicts(self, parameters, context)
            if messages:
                return False, "\n".join(messages)
        return ok, message

    def language(self, parameters, context):
        return self.choice(parameters, LANGUAGE, context, user_language())

    # -- parameters evaluated on the main thread ---------------------------------------------------------------

    def prepare_values(self, early):
        """Evaluate ``early`` (name -> callable) now and keep the values for :meth:`cached`.

        Called from ``prepareAlgorithm``, which QGIS runs on the main thread also when the algorithm itself runs in
        a background task: evaluating a parameter touches the project's expression scope, which the canvas redraw
        rebuilds at the same time (the crash seen on QGIS 3.44), and a project layer belongs to the main thread.
        What fails here is left for the worker to evaluate again, so it raises there with its own message."""
        self._prepared, self._deferred = {}, []
        for name, evaluate in early.items():
            try:
                self._prepared[name] = evaluate()
            except Exception:  # noqa: BLE001
                self._deferred.append(name)
        return self._prepared

    def cached(self, name, evaluate):
        """A value prepareAlgorithm took on the main thread, else evaluated now."""
        prepared = getattr(self, "_prepared", None) or {}
        return prepared[name] if name in prepared else evaluate()
