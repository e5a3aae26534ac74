"""scripts/check_enums.py (run by `make lint`): no unscoped QGIS or Qt enum access, as QGIS 4 (Qt6) needs."""

import subprocess
import sys

from tests.conftest import ROOT

CHECK = ROOT / "scripts" / "check_enums.py"
BROKEN = '''
from qgis.core import Qgis, QgsProcessing, QgsFeatureRequest
from qgis.PyQt import QtCore
from qgis.PyQt.QtCore import Qt

LEVEL = Qgis.Warning
TYPES = [QgsProcessing.TypeVectorPolygon]
FLAGS = QgsFeatureRequest.NoGeometry
ALIGN = QtCore.Qt.AlignLeft
FINE = (Qgis.MessageLevel.Warning, Qt.AlignmentFlag.AlignLeft, QgsProcessing.TEMPORARY_OUTPUT,
        Qgis.versionInt(), Qt.AlignmentFlag)
'''


def _run(*paths):
    return subprocess.run([sys.executable, str(CHECK)] + [str(p) for p in paths], capture_output=True, text=True,
                          timeout=300)


def test_a_deliberately_broken_file_fails_the_check(tmp_path):
    broken = tmp_path / "broken.py"
    broken.write_text(BROKEN)
    done = _run(broken)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert "{}:6: Qgis.Warning -> Qgis.MessageLevel.Warning".format(broken) in lines
    assert "{}:7: QgsProcessing.TypeVectorPolygon -> QgsProcessing.SourceType.TypeVectorPolygon".format(broken) in lines
    assert "{}:8: QgsFeatureRequest.NoGeometry -> QgsFeatureRequest.Flag.NoGeometry".format(broken) in lines
    assert "{}:9: QtCore.Qt.AlignLeft -> QtCore.Qt.AlignmentFlag.AlignLeft".format(broken) in lines
    assert len(lines) == 4, done.stdout  # the scoped spellings on line 10-11 pass


def test_the_plugin_scripts_and_tests_pass_the_check():
    done = _run(ROOT / "buurtkijker_plugin", ROOT / "scripts", ROOT / "tests")
    assert done.returncode == 0, done.stdout + done.stderr


def test_make_lint_runs_the_check():
    assert "scripts/check_enums.py $(LINT_PATHS)" in (ROOT / "Makefile").read_text()
