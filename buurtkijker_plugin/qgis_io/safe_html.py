"""Text from data is text: field values, theme and indicator names never become HTML or QGIS expressions.

A map tip is an HTML template in which QGIS evaluates every ``[% ... %]``, and QGIS shows it in a web view with
JavaScript on. A value read from a layer (a buurt name in an untrusted GeoPackage) goes in through :func:`field`,
an expression that escapes it when the tip is shown; a name from a theme file goes in through :func:`literal`, a
quoted string literal (escaped, without any ``%``, so no ``[%``/``%]`` can form). Qt widgets that guess rich text
(tooltips, labels) get :func:`tooltip` / plain-text labels; HTML built in Python uses :func:`text`.
"""

import html

from qgis.core import QgsExpression

# what a value shown in a tip needs escaped (QGIS does not evaluate an expression's result again)
_BEFORE = "array('&', '<', '>', '\"', '''')"
_AFTER = "array('&amp;', '&lt;', '&gt;', '&quot;', '&#39;')"


def text(value):
    """``value`` as HTML text: markup escaped, and no ``%``, ``[`` or ``]`` left to form a QGIS expression."""
    return html.escape("" if value is None else str(value), quote=True).replace("%", "&#37;") \
        .replace("[", "&#91;").replace("]", "&#93;")


def escaped(expression):
    """A QGIS expression giving the HTML-escaped text of ``expression`` ('' for NULL)."""
    return "replace(coalesce(to_string({}), ''), {}, {})".format(expression, _BEFORE, _AFTER)


def field(name):
    """A map-tip piece showing the value of the field ``name`` as text."""
    return "[% {} %]".format(escaped(QgsExpression.quotedColumnRef(name)))


def literal(value):
    """A map-tip piece showing the fixed text ``value`` (a theme or indicator name) as text: a quoted string
    literal of its escaped form, never template text."""
    return "[% {} %]".format(QgsExpression.quotedString(text(value)))


def tooltip(value):
    """A Qt tooltip that shows ``value`` as it is: Qt renders a tooltip that looks like HTML as HTML."""
    return "<span>{}</span>".format(html.escape(str(value)).replace("\n", "<br>")) if value else ""
