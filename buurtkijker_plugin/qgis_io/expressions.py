"""The QGIS expression function ``buurtkijker_explain``: a stored explanation in the language of the view.

computeindices stores ``bk_<theme>_why`` as a sentence in the language of its run. Every place that shows it
composes it again in its own language (:func:`core.explain.recompose`): the compare window, comparebuurten and
buurtprofielen in Python, map tips and a user's own layout or atlas texts through this function::

    [% buurtkijker_explain("bk_leefbaarheid_why", 'nl') %]

The plugin registers it when it loads (also under qgis_process) and removes it when it unloads. A project opened
where BuurtKijker is not installed does not know the function, and QGIS then prints an unparsable ``[% ... %]``
block of a map tip as it stands. So the map tips BuurtKijker writes call it through ``eval()``
(:func:`expression`): without the plugin that yields NULL and the tip shows the stored sentence, in the language
of the run, instead of expression code.

Nothing here imports pandas on the plugin's load path: the explanation module is imported on first use.
"""

import html

from qgis.core import QgsExpression, QgsExpressionFunction

from ..paths import THEMES_FILE
from .i18n import tr

NAME = "buurtkijker_explain"
GROUP = "BuurtKijker"


def help_html():
    """The function's help in the expression builder (translated: the plugin installs its translator first)."""
    return ("<p>{}</p><h4>{}</h4><p><code>{}(text[, language])</code></p><h4>{}</h4><p>{}</p><h4>{}</h4>"
            "<p><code>{}('below average mainly because of: Crimes per 1000 inhabitants high (-0.4)', 'nl')</code> "
            "&rarr; 'lager dan gemiddeld vooral door: Misdrijven per 1000 inwoners hoog (-0,4)'</p>").format(
        html.escape(tr("An explanation stored by BuurtKijker (bk_<theme>_why, written in the language of the run "
                       "that computed it) in the language asked for. A text it cannot read is returned as it is.")),
        html.escape(tr("Syntax")), NAME, html.escape(tr("Arguments")),
        html.escape(tr("text: the stored explanation, e.g. \"bk_total_why\"; language: 'nl' (default) or 'en'; "
                       "word (optional): the map's class word, which then leads the sentence.")),
        html.escape(tr("Example")), NAME)


_themes = None


def _known_themes():
    """The built-in themes, read once: their indicator and domain labels in both languages."""
    global _themes
    if _themes is None:
        from ..core import themes
        try:
            _themes = themes.load_themes(THEMES_FILE)
        except Exception:  # noqa: BLE001 - the labels of the indicator table still work without them
            _themes = []
    return _themes


def compose(text, language, word=None):
    """``text`` (a stored explanation) in ``language``; unchanged when it cannot be read or pandas is missing.
    With ``word`` (the map's class word) it leads with that word: 'ruim onder gemiddeld, vooral door: ...'."""
    if not isinstance(text, str):
        return text
    try:
        from ..core import explain
    except ImportError:
        return text
    language = str(language or "nl").strip().lower()
    if isinstance(word, str) and word:
        return explain.verdict_sentence(word, text, _known_themes(), language)
    return explain.recompose(text, _known_themes(), language)


class PluginFunction(QgsExpressionFunction):
    """The base of BuurtKijker's expression functions: a QgsExpressionFunction subclass rather than the
    ``@qgsfunction`` decorator, so a function can have optional arguments and rests on the C++ API, not on the
    decorator's keyword options, which differ between QGIS versions. No geometry, no columns but those its
    arguments name, NULL in gives NULL out; a subclass gives ``NAME`` and :meth:`compute`, and its errors become
    the expression's error. :meth:`register` / :meth:`unregister` keep one instance of each registered."""

    NAME = ""
    _registered = None  # the registered instance, per subclass

    def func(self, values, context, parent, node):
        try:
            return self.compute(values, context)
        except Exception as exc:  # noqa: BLE001 - an expression reports its error, it does not raise
            parent.setEvalErrorString(str(exc))
            return None

    def compute(self, values, context):
        raise NotImplementedError

    def usesGeometry(self, node):  # noqa: N802
        return False

    def referencedColumns(self, node):  # noqa: N802
        return set()  # only the columns its arguments name

    def handlesNull(self):  # noqa: N802
        return False

    @classmethod
    def register(cls):
        """Register the function (again, if an earlier load of the plugin left one of that name)."""
        cls.unregister()
        if QgsExpression.isFunctionName(cls.NAME):
            QgsExpression.unregisterFunction(cls.NAME)
        cls._registered = cls()
        QgsExpression.registerFunction(cls._registered)
        return cls._registered

    @classmethod
    def unregister(cls):
        if cls._registered is not None:
            QgsExpression.unregisterFunction(cls.NAME)
            cls._registered = None

    @classmethod
    def registered(cls):
        return cls._registered is not None and QgsExpression.isFunctionName(cls.NAME)


class ExplainFunction(PluginFunction):
    """``buurtkijker_explain(text, language='nl', word='')``."""

    NAME = NAME

    def __init__(self):
        super().__init__(NAME, [QgsExpressionFunction.Parameter("text"),
                                QgsExpressionFunction.Parameter("language", True, "nl"),
                                QgsExpressionFunction.Parameter("word", True, "")], GROUP, help_html())

    def compute(self, values, context):
        return compose(values[0], values[1] if len(values) > 1 else "nl", values[2] if len(values) > 2 else None)


register, unregister, registered = ExplainFunction.register, ExplainFunction.unregister, ExplainFunction.registered


def expression(field, language, word=None):
    """An expression giving the explanation in ``field`` in ``language``: through ``buurtkijker_explain`` where the
    plugin is loaded, else the stored text as it is (the function is called inside ``eval()``, which yields NULL
    where it is unknown; a direct call would not parse, and QGIS would print the whole block). ``word``: an
    expression of the map's class word, which then leads the sentence."""
    call = "{}({}, {}{})".format(NAME, QgsExpression.quotedColumnRef(field), QgsExpression.quotedString(language),
                                 ", " + word if word else "")
    return "coalesce(eval({}), {})".format(QgsExpression.quotedString(call), QgsExpression.quotedColumnRef(field))
