"""Issue 25: one parameter vocabulary across BuurtKijker's algorithms. Every choice is a list with static strings,
every algorithm has LANGUAGE, every parameter its own help, the toolbox finds them by tags, and REFERENCE means the
same (selection or national) everywhere: the layer is REFERENCE_LAYER, the old name still works with a warning."""

import os
import shutil
import subprocess

import pytest
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingParameterDefinition, QgsProcessingParameterEnum

from tests.conftest import ROOT
from tests.qgis.feedback import RecordingFeedback

SIX = ("computeindices", "comparebuurten", "exportlayout", "computechange", "scenario", "vulnerabilitynuisance")
CHOICES = ("METHOD", "REFERENCE", "SCALE", "TEMPLATE", "LABELS", "LANGUAGE", "THEMES")


def algorithm(name):
    return QgsApplication.processingRegistry().createAlgorithmById("buurtkijker:" + name)


@pytest.mark.parametrize("name", SIX)
def test_one_vocabulary(provider, name):
    alg = algorithm(name)
    hidden = QgsProcessingParameterDefinition.Flag.FlagHidden
    definitions = {d.name(): d for d in alg.parameterDefinitions() if not d.flags() & hidden}  # old names aside
    assert isinstance(definitions.get("LANGUAGE"), QgsProcessingParameterEnum)
    for key in CHOICES:
        if key in definitions:
            assert isinstance(definitions[key], QgsProcessingParameterEnum) and \
                definitions[key].usesStaticStrings(), key
    if "REFERENCE" in definitions:
        assert definitions["REFERENCE"].options() == ["selection", "national"]
    for definition in definitions.values():
        assert definition.help().strip(), definition.name()
    assert {"leefbaarheid", "CBS", "buurt", "wijk", "index"} <= set(alg.tags())


def test_old_reference_name_still_works_with_a_warning(provider, eindhoven_indices):
    from tests.conftest import NL_TABLE
    feedback = RecordingFeedback()
    import processing
    old = processing.run("buurtkijker:comparebuurten", {"INPUT": str(eindhoven_indices), "BUURTEN": "Vredeoord",
                                                        "REFERENCE": str(NL_TABLE), "OUTPUT": "memory:"},
                         context=QgsProcessingContext(), feedback=feedback)["OUTPUT"]
    new = processing.run("buurtkijker:comparebuurten", {"INPUT": str(eindhoven_indices), "BUURTEN": "Vredeoord",
                                                        "REFERENCE_LAYER": str(NL_TABLE),
                                                        "OUTPUT": "memory:"})["OUTPUT"]
    assert any("REFERENCE_LAYER" in m for m in feedback.warnings)
    national = [f["nederland"] for f in new.getFeatures()] if "nederland" in new.fields().names() else None
    assert national is None or [f["nederland"] for f in old.getFeatures()] == national
    assert [f.attributes() for f in old.getFeatures()] == [f.attributes() for f in new.getFeatures()]


@pytest.mark.skipif(shutil.which("qgis_process.bin") is None, reason="qgis_process.bin not installed")
def test_qgis_process_help_shows_lists_and_language(tmp_path):
    profile = tmp_path / "profile"
    subprocess.run(["make", "-s", "install", "QGIS_PROFILE={}".format(profile / "profiles" / "default")],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(profile), QT_QPA_PLATFORM="offscreen")
    for name in SIX:
        text = subprocess.run(["qgis_process.bin", "help", "buurtkijker:" + name], env=env, capture_output=True,
                              text=True, timeout=120).stdout
        blocks = {}
        for block in text.split("\n")[1:]:
            if block and not block.startswith(("\t", " ")) and ":" in block:
                current = block.split(":")[0]
                blocks[current] = ""
            elif blocks:
                blocks[current] += block + "\n"
        assert "LANGUAGE" in blocks and "- 0: nl" in blocks["LANGUAGE"], name
        for key in CHOICES:
            if key in blocks:
                assert "Argument type:\tenum" in blocks[key], (name, key)
