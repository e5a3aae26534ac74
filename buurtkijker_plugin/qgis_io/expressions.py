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

from qgis.core import QgsExpression
from qgis.core import qgsfunction

from ..paths import THEMES_FILE

NAME = "buurtkijker_explain"
GROUP = "BuurtKijker"
HELP = ("<p>An explanation stored by BuurtKijker (<code>bk_&lt;theme&gt;_why</code>, written in the language of "
        "the run that computed it) in the language asked for.</p>"
        "<h4>Syntax</h4><p><code>buurtkijker_explain(text, language)</code></p>"
        "<h4>Arguments</h4><p><code>text</code>: the stored explanation, e.g. <code>\"bk_total_why\"</code>; "
        "<code>language</code>: <code>'nl'</code> or <code>'en'</code>.</p>"
        "<h4>Example</h4><p><code>buurtkijker_explain('below average mainly because of: WOZ value low (-0.9)', "
        "'nl')</code> &rarr; 'lager dan gemiddeld vooral door: WOZ-waarde laag (-0,9)'</p>"
        "<p>A text it cannot read is returned as it is.</p>")

_themes = None
_function = None


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


def compose(text, language):
    """``text`` (a stored explanation) in ``language``; unchanged when it cannot be read or pandas is missing."""
    if not isinstance(text, str):
        return text
    try:
        from ..core import explain
    except ImportError:
        return text
    return explain.recompose(text, _known_themes(), str(language or "nl").strip().lower())


def buurtkijker_explain(text, language, feature, parent):
    """The stored explanation ``text`` in ``language`` ('nl' or 'en')."""
    return compose(text, language)


def register():
    """Register ``buurtkijker_explain`` (again, if an earlier load left it)."""
    global _function
    unregister()
    if QgsExpression.isFunctionName(NAME):
        QgsExpression.unregisterFunction(NAME)
    _function = qgsfunction(args="auto", group=GROUP, register=False, usesgeometry=False, referenced_columns=[],
                            helpText=HELP, name=NAME)(buurtkijker_explain)
    QgsExpression.registerFunction(_function)
    return _function


def unregister():
    global _function
    if _function is not None:
        QgsExpression.unregisterFunction(NAME)
        _function = None


def registered():
    return _function is not None and QgsExpression.isFunctionName(NAME)


def expression(field, language):
    """An expression giving the explanation in ``field`` in ``language``: through ``buurtkijker_explain`` where the
    plugin is loaded, else the stored text as it is (the function is called inside ``eval()``, which yields NULL
    where it is unknown; a direct call would not parse, and QGIS would print the whole block)."""
    call = "{}({}, {})".format(NAME, QgsExpression.quotedColumnRef(field), QgsExpression.quotedString(language))
    return "coalesce(eval({}), {})".format(QgsExpression.quotedString(call), QgsExpression.quotedColumnRef(field))
