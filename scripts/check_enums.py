"""Fail on every unscoped QGIS or Qt enum access (run by `make lint`, and in `make test-matrix` on QGIS 3.44).

    python scripts/check_enums.py buurtkijker_plugin scripts tests

QGIS 4 (Qt6) only knows ``Qgis.MessageLevel.Warning``, ``Qt.AlignmentFlag.AlignLeft``,
``QgsProcessing.SourceType.TypeVectorPolygon``; ``Qgis.Warning`` or ``Qt.AlignLeft`` fail there. QGIS' own
migration tool cannot see the QGIS ones without QGIS classes to introspect; this check imports the installed QGIS
and PyQt and looks every ``Name.attr`` (and ``module.Name.attr``) up: when ``Name`` is a class from qgis or PyQt and
``attr`` is a member of one of its enums rather than the enum itself, the line is reported with the scoped
spelling. Prints ``path:line: Qgis.Warning -> Qgis.MessageLevel.Warning`` per access; exit status 1 if any.
"""

import ast
import enum
import importlib
import sys
from pathlib import Path

ROOTS = ("qgis", "PyQt5", "PyQt6")
# QVariant's type enum is gone in Qt6 (QMetaType.Type replaces it); QGIS' own migration tool qgis-pyqt5to6 owns its
# spelling (it wants QVariant.String) and make test-matrix runs it. The plugin uses it only behind compat.py's
# version check.
SKIPPED_OWNERS = ("QVariant",)


def _enum_type(value):
    """The enum type ``value`` is a member of (Python enum, sip enum or Qt flag), or None."""
    kind = type(value)
    if isinstance(value, enum.Enum):
        return kind
    meta = type(kind).__name__
    if meta in ("enumtype", "EnumType") and kind.__module__.split(".")[0] in ROOTS:
        return kind  # sip enum (PyQt5)
    return None


def _is_enum_type(value):
    if not isinstance(value, type):
        return False
    return issubclass(value, enum.Enum) or type(value).__name__ == "enumtype"


def _scoped_name(owner, attr, value):
    """``Owner.Enum.attr`` for an enum member ``value`` found as ``owner.attr``; the enum's own name if found."""
    kind = _enum_type(value)
    for name in dir(owner):
        try:
            candidate = getattr(owner, name)
        except Exception:  # noqa: BLE001 - some attributes raise on access
            continue
        if candidate is kind or (_is_enum_type(candidate) and getattr(candidate, attr, None) is value):
            return name
    return kind.__name__ if kind is not None else "?"


class _Imports(ast.NodeVisitor):
    """The names a module binds to qgis / PyQt modules and classes, with the object they stand for."""

    def __init__(self):
        self.names = {}

    def _load(self, module):
        if module.split(".")[0] not in ROOTS:
            return None
        try:
            return importlib.import_module(module)
        except Exception:  # noqa: BLE001 - a module this QGIS lacks (e.g. qgis.PyQt.QtWebKit)
            return None

    def visit_Import(self, node):  # noqa: N802 - ast.NodeVisitor API
        for alias in node.names:
            if alias.asname:
                module = self._load(alias.name)
                if module is not None:
                    self.names[alias.asname] = module
            else:
                top = alias.name.split(".")[0]
                module = self._load(top)
                if module is not None:
                    self._load(alias.name)  # makes the submodule an attribute of the package
                    self.names[top] = module

    def visit_ImportFrom(self, node):  # noqa: N802 - ast.NodeVisitor API
        if node.level or not node.module:
            return
        module = self._load(node.module)
        if module is None:
            return
        for alias in node.names:
            value = getattr(module, alias.name, None)
            if value is None:
                value = self._load("{}.{}".format(node.module, alias.name))
            if value is not None:
                self.names[alias.asname or alias.name] = value


def _resolve(node, names):
    if isinstance(node, ast.Name):
        return names.get(node.id)
    if isinstance(node, ast.Attribute):
        owner = _resolve(node.value, names)
        if owner is None:
            return None
        try:
            return getattr(owner, node.attr, None)
        except Exception:  # noqa: BLE001
            return None
    return None


def _dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = _dotted(node.value)
        return None if inner is None else "{}.{}".format(inner, node.attr)
    return None


def check_source(text, path="<string>"):
    """The unscoped enum accesses in ``text`` as ``(line, found, scoped)``."""
    tree = ast.parse(text, str(path))
    imports = _Imports()
    imports.visit(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        owner = _resolve(node.value, imports.names)
        if owner is None or not isinstance(owner, type) or _is_enum_type(owner) or owner.__name__ in SKIPPED_OWNERS:
            continue
        try:
            value = getattr(owner, node.attr)
        except Exception:  # noqa: BLE001 - not there (another QGIS version): nothing to say
            continue
        if isinstance(value, type) or _enum_type(value) is None:
            continue
        where = _dotted(node.value) or owner.__name__
        scope = _scoped_name(owner, node.attr, value)
        found.append((node.lineno, "{}.{}".format(where, node.attr), "{}.{}.{}".format(where, scope, node.attr)))
    return found


def python_files(paths):
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        else:
            yield path


def main(argv):
    if not argv:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    try:
        import qgis.core  # noqa: F401 - the installed QGIS is what is introspected
    except ImportError as exc:
        print("check_enums: cannot import QGIS ({}); run it with the Python that QGIS uses".format(exc),
              file=sys.stderr)
        return 2
    count = 0
    for path in python_files(argv):
        for line, found, scoped in check_source(path.read_text(encoding="utf-8"), path):
            print("{}:{}: {} -> {}".format(path, line, found, scoped))
            count += 1
    if count:
        print("check_enums: {} unscoped QGIS/Qt enum access(es); QGIS 4 (Qt6) needs the scoped spelling".format(
            count), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
