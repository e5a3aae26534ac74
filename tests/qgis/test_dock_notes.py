"""Notes in the dock (issue 23): select a buurt, 'Notitie...', add and import notes; they show in the comparison
window and the dock's 'Buurtkaart voor bewoners (HTML)' export; CSV out for Dutch Excel."""

from qgis.core import QgsProject

from buurtkijker_plugin.core import notes as core_notes
from buurtkijker_plugin.gui import export_dialog, notes_dialog
from tests.conftest import EINDHOVEN
from tests.qgis.test_dock import dock, run_and_wait  # noqa: F401 - the dock fixture

WOENSEL_WEST = "BU07724210"


def test_notes_from_the_dock_to_comparison_and_html(dock, tmp_path, monkeypatch):  # noqa: F811
    dock.ask_results_folder = lambda start="": str(tmp_path)  # a GeoPackage result: notes are kept beside it
    dock.open_file(str(EINDHOVEN))
    dock.theme_tree.set_checked({"leefbaarheid", "voorzieningen"})
    layer = run_and_wait(dock)
    assert dock.notes_button.text()
    by_name = {f["naam"]: f.id() for f in layer.getFeatures()}
    layer.selectByIds([by_name["Woensel-West"], by_name["Tempel"]])
    monkeypatch.setattr(notes_dialog.NotesDialog, "exec", lambda self: 0)  # no modal loop in a test
    dialog = dock.open_notes()
    assert dict(dialog.buurten)[WOENSEL_WEST] == "Woensel-West" and len(dialog.buurten) == 2
    assert dialog.table.rowCount() == 0
    dialog.store.add([core_notes.make(WOENSEL_WEST, "2025-03-14", "bewoner", "Speeltuin weer open")])
    csv = tmp_path / "workshop.csv"
    csv.write_bytes("buurtcode;datum;rol;thema;tekst\r\n{};15-3-2025;corporatie;wonen;Renovatie Celebesstraat\r\n"
                    .format(WOENSEL_WEST).encode("utf-8-sig"))
    assert dialog.import_csv(str(csv)) == 1
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 4).text() == "Renovatie Celebesstraat"
    out = dialog.export_csv(str(tmp_path / "alle_notities.csv"))
    assert out == 2 and (tmp_path / "alle_notities.csv").read_bytes().startswith(b"\xef\xbb\xbfbuurtcode;datum")
    compare = dock.open_compare()
    text = compare.why.toPlainText()
    assert "Wat we horen in de buurt" in text and "Renovatie Celebesstraat" in text and "Speeltuin" in text
    assert [key for key, _ in export_dialog.template_choices()][-1] == export_dialog.HTML
    (page,) = dock.export_html([dock.map_theme_combo.itemText(0)], str(tmp_path / "buurtkaart.html"), "nl")
    html = open(page, encoding="utf-8").read()
    assert "Renovatie Celebesstraat" in html and "Speeltuin weer open" in html
    assert layer.id() in QgsProject.instance().mapLayers()
