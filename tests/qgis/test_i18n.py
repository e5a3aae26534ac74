"""Every message has a Dutch translation, and the compiled .qm really translates core errors and the GUI."""

import xml.etree.ElementTree as ElementTree

import pytest

from buurtkijker_plugin.core import sources
from buurtkijker_plugin.core.errors import BuurtKijkerError
from buurtkijker_plugin.qgis_io import i18n
from tests.conftest import ROOT


@pytest.mark.parametrize("language", ["nl", "en"])
def test_translations_are_complete(language):
    tree = ElementTree.parse(ROOT / "i18n" / "buurtkijker_{}.ts".format(language))
    messages = list(tree.iter("message"))
    assert len(messages) > 40
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") == "unfinished" or not m.find("translation").text]
    assert unfinished == []


def test_dutch_messages_at_run_time(qgis_app):
    assert i18n.install_translator("nl") == "nl"
    try:
        assert i18n.tr("Compute theme indices") == "Thema-indices berekenen"
        with pytest.raises(BuurtKijkerError) as info:
            sources.load_table("/nonexistent/buurten.gpkg")
        assert i18n.error_text(info.value) == "Bestand niet gevonden: /nonexistent/buurten.gpkg"
    finally:
        i18n.install_translator("en")
    assert i18n.tr("Compute theme indices") == "Compute theme indices"
    i18n.remove_translator()
