<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="80"/>
        <source>BuurtKijker</source>
        <translation>BuurtKijker</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/plugin.py" line="47"/>
        <source>Compare buurten on liveability, resilience and more</source>
        <translation>Vergelijk buurten op leefbaarheid, veerkracht en meer</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="34"/>
        <source>{} must be one of: {}</source>
        <translation>{} moet een van deze zijn: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="29"/>
        <source>Compute theme indices</source>
        <translation>Thema-indices berekenen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/base.py" line="69"/>
        <source>Indices</source>
        <translation>Indices</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="52"/>
        <source>Buurt layer (CBS Wijk- en buurtkaart)</source>
        <translation>Buurtlaag (CBS Wijk- en buurtkaart)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="57"/>
        <source>Gemeente(n): codes or names, comma-separated (empty = all)</source>
        <translation>Gemeente(n): codes of namen, met komma's gescheiden (leeg = alle)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="49"/>
        <source>Theme file (JSON, replaces the built-in themes)</source>
        <translation>Themabestand (JSON, vervangt de ingebouwde thema's)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="70"/>
        <source>Method: zscore, minmax, rank or imd</source>
        <translation>Methode: zscore, minmax, rank of imd</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="75"/>
        <source>Reference: selection or national</source>
        <translation>Referentie: selection (selectie) of national (landelijk)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="65"/>
        <source>Minimum number of inhabitants</source>
        <translation>Minimaal aantal inwoners</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="68"/>
        <source>Winsorise: share clipped at each tail (0 = off)</source>
        <translation>Winsoriseren: aandeel afgekapt aan elke kant (0 = uit)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="68"/>
        <source>Uncertainty: Monte Carlo weight draws (0 = off)</source>
        <translation>Onzekerheid: aantal Monte-Carlo-trekkingen van gewichten (0 = uit)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="88"/>
        <source>Theme indices</source>
        <translation>Thema-indices</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="179"/>
        <source>Reading {}...</source>
        <translation>{} lezen...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="93"/>
        <source>A buurt layer of the CBS Wijk- en buurtkaart in this project</source>
        <translation>Een buurtlaag van de CBS Wijk- en buurtkaart in dit project</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="95"/>
        <source>Open file...</source>
        <translation>Bestand openen...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="96"/>
        <source>Open a CBS Wijk- en buurtkaart file (GeoPackage, shapefile, GeoJSON)</source>
        <translation>Een bestand van de CBS Wijk- en buurtkaart openen (GeoPackage, shapefile, GeoJSON)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="100"/>
        <source>Voorbeeldstad: a fictitious gemeente of 40 buurten, to try BuurtKijker</source>
        <translation>Voorbeeldstad: een verzonnen gemeente met 40 buurten, om BuurtKijker uit te proberen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="665"/>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/gemeente_panel.py" line="25"/>
        <source>Search gemeente, e.g. eindh</source>
        <translation>Zoek gemeente, bijv. eindh</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/themes_panel.py" line="17"/>
        <source>Themes</source>
        <translation>Thema's</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="161"/>
        <source>Load themes...</source>
        <translation>Thema's laden...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="161"/>
        <source>Save themes as...</source>
        <translation>Thema's opslaan als...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="122"/>
        <source>Advanced</source>
        <translation>Geavanceerd</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="24"/>
        <source>the chosen gemeenten</source>
        <translation>de gekozen gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="25"/>
        <source>all buurten in the layer (national)</source>
        <translation>alle buurten in de laag (landelijk)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="27"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Natuurlijke grenzen (Jenks)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="27"/>
        <source>Quantile</source>
        <translation>Kwantielen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="28"/>
        <source>Equal interval</source>
        <translation>Gelijke intervallen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="28"/>
        <source>Pretty breaks</source>
        <translation>Ronde grenzen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="146"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="54"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="54"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="155"/>
        <source>Minimum inhabitants</source>
        <translation>Minimaal aantal inwoners</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="54"/>
        <source>Classification</source>
        <translation>Klassenindeling</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="158"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="159"/>
        <source>Save result to</source>
        <translation>Resultaat opslaan in</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="31"/>
        <source>Compute</source>
        <translation>Berekenen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="34"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="50"/>
        <source>Map shows</source>
        <translation>Kaart toont</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="201"/>
        <source>Open CBS Wijk- en buurtkaart</source>
        <translation>CBS Wijk- en buurtkaart openen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="201"/>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.gml *.zip);;All files (*)</source>
        <translation>Vectordata (*.gpkg *.shp *.geojson *.json *.gml *.zip);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="222"/>
        <source>Voorbeeldstad (demo)</source>
        <translation>Voorbeeldstad (demo)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="237"/>
        <source>Choose a buurt layer, open a CBS file, or load the demo gemeente.</source>
        <translation>Kies een buurtlaag, open een CBS-bestand of laad de demogemeente.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/gemeente_panel.py" line="41"/>
        <source>All gemeenten</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="340"/>
        <source>Load themes</source>
        <translation>Thema's laden</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="357"/>
        <source>Theme files (*.json)</source>
        <translation>Themabestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="357"/>
        <source>Save themes as</source>
        <translation>Thema's opslaan als</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="363"/>
        <source>Themes saved to {}</source>
        <translation>Thema's opgeslagen in {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="473"/>
        <source>A computation is already running; wait for it or cancel it.</source>
        <translation>Er loopt al een berekening; wacht die af of annuleer hem.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="477"/>
        <source>Choose a buurt layer first.</source>
        <translation>Kies eerst een buurtlaag.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_action.py" line="146"/>
        <source>Tick at least one theme.</source>
        <translation>Vink minstens één thema aan.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="486"/>
        <source>BuurtKijker: theme indices for {}</source>
        <translation>BuurtKijker: thema-indices voor {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="240"/>
        <source>all gemeenten</source>
        <translation>alle gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="504"/>
        <source>Computing in the background...</source>
        <translation>Bezig met berekenen op de achtergrond...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="19"/>
        <source>higher is better</source>
        <translation>hoger is beter</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="19"/>
        <source>higher is worse</source>
        <translation>hoger is slechter</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="36"/>
        <source>Theme / indicator</source>
        <translation>Thema / indicator</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="36"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="91"/>
        <source>no values in this layer</source>
        <translation>geen waarden in deze laag</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="93"/>
        <source>not in this layer</source>
        <translation>niet in deze laag</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="111"/>
        <source>{:.0%} of the theme&apos;s weight is available; at least 50% is needed</source>
        <translation>{:.0%} van het gewicht van dit thema is beschikbaar; minstens 50% is nodig</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="26"/>
        <source>Overall score</source>
        <translation>Totaalscore</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="242"/>
        <source>{} gemeenten</source>
        <translation>{} gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/tasks.py" line="47"/>
        <source>The BuurtKijker Processing provider is not loaded.</source>
        <translation>De Processing-provider van BuurtKijker is niet geladen.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/tasks.py" line="80"/>
        <source>The computation failed.</source>
        <translation>De berekening is mislukt.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="217"/>
        <source>{}: not computed, too few indicators in this layer.</source>
        <translation>{}: niet berekend, te weinig indicatoren in deze laag.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="37"/>
        <source>+ higher is better, - higher is worse</source>
        <translation>+ hoger is beter, - hoger is slechter</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="16"/>
        <source>A4 landscape</source>
        <translation>A4 liggend</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="16"/>
        <source>A4 portrait</source>
        <translation>A4 staand</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="17"/>
        <source>A3 landscape</source>
        <translation>A3 liggend</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="17"/>
        <source>A3 portrait</source>
        <translation>A3 staand</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="18"/>
        <source>Buurtprofielen: one page per buurt (PDF)</source>
        <translation>Buurtprofielen: een pagina per buurt (PDF)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="31"/>
        <source>BuurtKijker - export map</source>
        <translation>BuurtKijker - kaart exporteren</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="78"/>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PDF (*.pdf);;PNG-afbeelding (*.png);;SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="60"/>
        <source>Also add to the project&apos;s layouts, to polish in the layout designer</source>
        <translation>Ook toevoegen aan de afdruklay-outs van het project, om verder te bewerken in de lay-outontwerper</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="66"/>
        <source>Layout</source>
        <translation>Lay-out</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="70"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="95"/>
        <source>Buurtprofielen for the {} buurten selected on the map.</source>
        <translation>Buurtprofielen voor de {} op de kaart geselecteerde buurten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="95"/>
        <source>Buurtprofielen for every buurt with a score (select buurten on the map for fewer).</source>
        <translation>Buurtprofielen voor elke buurt met een score (selecteer buurten op de kaart voor minder).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="33"/>
        <source>BuurtKijker - compare buurten</source>
        <translation>BuurtKijker - buurten vergelijken</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="66"/>
        <source>Search buurt</source>
        <translation>Zoek buurt</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="72"/>
        <source>Buurten to compare</source>
        <translation>Te vergelijken buurten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="102"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="103"/>
        <source>Copy the table (paste into a spreadsheet) and the chart</source>
        <translation>Kopieer de tabel (plakken in een spreadsheet) en de grafiek</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="104"/>
        <source>Save CSV...</source>
        <translation>CSV opslaan...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="105"/>
        <source>Save chart...</source>
        <translation>Grafiek opslaan...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="213"/>
        <source>Tick buurten in the list, or select them on the map before opening this window.</source>
        <translation>Vink buurten aan in de lijst, of selecteer ze op de kaart voordat u dit venster opent.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="225"/>
        <source>Blue: clearly better than the gemeente average; red: clearly worse (more than half a standard deviation).</source>
        <translation>Blauw: duidelijk beter dan het gemeentegemiddelde; rood: duidelijk slechter (meer dan een halve standaardafwijking).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="225"/>
        <source>No national layer loaded: the national column is empty.</source>
        <translation>Geen landelijke laag geladen: de kolom Nederland blijft leeg.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="277"/>
        <source>every theme around the average</source>
        <translation>elk thema rond het gemiddelde</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="290"/>
        <source>Table and chart copied.</source>
        <translation>Tabel en grafiek gekopieerd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="293"/>
        <source>Save comparison</source>
        <translation>Vergelijking opslaan</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="293"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="319"/>
        <source>Saved {}</source>
        <translation>{} opgeslagen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="312"/>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="57"/>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)</source>
        <translation>PNG-afbeelding (*.png);;SVG-afbeelding (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="55"/>
        <source>Compare...</source>
        <translation>Vergelijken...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="56"/>
        <source>Compare the buurten selected on the map with each other, the gemeente and the country</source>
        <translation>Vergelijk de op de kaart geselecteerde buurten met elkaar, de gemeente en Nederland</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="58"/>
        <source>Export map...</source>
        <translation>Kaart exporteren...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="59"/>
        <source>Print layout as PDF, PNG or SVG; buurtprofielen as one PDF</source>
        <translation>Afdruklay-out als PDF, PNG of SVG; buurtprofielen als een PDF</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="521"/>
        <source>BuurtKijker: legend classes</source>
        <translation>BuurtKijker: legendaklassen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="137"/>
        <source>Wrote {}</source>
        <translation>{} geschreven</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="648"/>
        <source>all Dutch buurten</source>
        <translation>alle Nederlandse buurten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="104"/>
        <source>the buurten on this map</source>
        <translation>de buurten op deze kaart</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="120"/>
        <source>Score 0-100 from the lowest to the highest buurt of {}. Higher is better.</source>
        <translation>Score 0-100 van de laagste tot de hoogste buurt van {}. Hoger is beter.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="123"/>
        <source>Indicators: {}.</source>
        <translation>Indicatoren: {}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="128"/>
        <source>No data: water, fewer than {} inhabitants, or too few indicators.</source>
        <translation>Geen gegevens: water, minder dan {} inwoners of te weinig indicatoren.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="141"/>
        <source>Source: CBS Kerncijfers wijken en buurten {}; processing BuurtKijker</source>
        <translation>Bron: CBS Kerncijfers wijken en buurten {}; bewerking BuurtKijker</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="315"/>
        <source>Buurt scores {} - method {}, reference: {}</source>
        <translation>Buurtscores {} - methode {}, referentie: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="315"/>
        <source>the Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="509"/>
        <source>Buurtprofielen</source>
        <translation>Buurtprofielen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="510"/>
        <source>Buurtprofielen - indicatoren</source>
        <translation>Buurtprofielen - indicatoren</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="598"/>
        <source>Buurtprofielen - {}</source>
        <translation>Buurtprofielen - {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="586"/>
        <source>Why this score?</source>
        <translation>Waarom deze score?</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="605"/>
        <source>buurtprofiel</source>
        <translation>buurtprofiel</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="665"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="180"/>
        <source>Buurt</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="665"/>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="30"/>
        <source>Export map layout</source>
        <translation>Kaartlay-out exporteren</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/base.py" line="69"/>
        <source>Layouts</source>
        <translation>Lay-outs</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="41"/>
        <source>Theme indices layer</source>
        <translation>Laag met thema-indices</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="42"/>
        <source>Theme(s): ids, comma-separated, or &apos;total&apos; (empty = all)</source>
        <translation>Thema('s): id's, gescheiden door komma's, of 'total' (leeg = alle)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="62"/>
        <source>Gemeente(n): codes or names (empty = the whole layer)</source>
        <translation>Gemeente(n): codes of namen (leeg = de hele laag)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="64"/>
        <source>Buurten for buurtprofielen: codes or names (empty = all)</source>
        <translation>Buurten voor buurtprofielen: codes of namen (leeg = alle)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="66"/>
        <source>National reference layer for buurtprofielen (optional)</source>
        <translation>Landelijke referentielaag voor buurtprofielen (optioneel)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="71"/>
        <source>Title (empty = theme and gemeente)</source>
        <translation>Titel (leeg = thema en gemeente)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="78"/>
        <source>Output file</source>
        <translation>Uitvoerbestand</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="107"/>
        <source>Styling {} buurten...</source>
        <translation>Opmaak van {} buurten...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="131"/>
        <source>Buurtprofielen for {} buurten...</source>
        <translation>Buurtprofielen voor {} buurten...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="32"/>
        <source>Compare buurten</source>
        <translation>Buurten vergelijken</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="46"/>
        <source>Buurten: codes or names, comma-separated</source>
        <translation>Buurten: codes of namen, gescheiden door komma's</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="48"/>
        <source>National reference layer (optional)</source>
        <translation>Landelijke referentielaag (optioneel)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="54"/>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="57"/>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="85"/>
        <source>No national reference layer given: the national column stays empty.</source>
        <translation>Geen landelijke referentielaag opgegeven: de kolom Nederland blijft leeg.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="163"/>
        <source>The output file is the input file {}: choose another file. BuurtKijker never overwrites your data.</source>
        <translation>Het uitvoerbestand is het invoerbestand {}: kies een ander bestand. BuurtKijker overschrijft uw gegevens nooit.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_action.py" line="148"/>
        <source>Exporting maps...</source>
        <translation>Kaarten exporteren...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_action.py" line="159"/>
        <source>Export cancelled; {} file(s) written.</source>
        <translation>Export geannuleerd; {} bestand(en) geschreven.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="136"/>
        <source>Share of the reference buurten clipped at each tail before standardising (0 = off). Skewed rates are already shrunk and transformed.</source>
        <translation>Aandeel van de referentiebuurten dat aan elke kant wordt afgekapt vóór het standaardiseren (0 = uit). Scheve cijfers worden al gekrompen en getransformeerd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="26"/>
        <source>Verdict classes (one word per buurt)</source>
        <translation>Oordeelklassen (één woord per buurt)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="156"/>
        <source>Winsorising</source>
        <translation>Afkappen (winsoriseren)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="108"/>
        <source>Context, not a judgement: higher means more of what the theme describes, compared with the average of {}. Not part of the overall score.</source>
        <translation>Context, geen oordeel: hoger betekent meer van wat het thema beschrijft, vergeleken met het gemiddelde van {}. Telt niet mee in de totaalscore.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="111"/>
        <source>Deciles among {}: 1 = the tenth most deprived. Method of the English Index of Multiple Deprivation 2019: each domain ranked and exponentially transformed, then weighted. Score = 100 minus the deprivation score.</source>
        <translation>Decielen binnen {}: 1 = het tiende deel met de meeste achterstand. Methode van de Engelse Index of Multiple Deprivation 2019: elk domein gerangschikt en exponentieel getransformeerd, daarna gewogen. Score = 100 min de achterstandsscore.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="118"/>
        <source>Score = percentage of {} that score lower (0-100). Higher is better.</source>
        <translation>Score = percentage van {} dat lager scoort (0-100). Hoger is beter.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="130"/>
        <source>&apos;{}&apos;: 0.5 to 1 standard deviation below the average; &apos;{}&apos;: more than 1.</source>
        <translation>'{}': 0,5 tot 1 standaarddeviatie onder het gemiddelde; '{}': meer dan 1.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="234"/>
        <source>No overall score: less than half of the chosen themes&apos; weight could be computed from this layer.</source>
        <translation>Geen totaalscore: minder dan de helft van het gewicht van de gekozen thema's kon uit deze laag worden berekend.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="147"/>
        <source>[a GeoPackage in the project&apos;s folder]</source>
        <translation>[een GeoPackage in de map van het project]</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="579"/>
        <source>The maps could not be stored in {}: {}</source>
        <translation>De kaarten konden niet worden opgeslagen in {}: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/i18n.py" line="96"/>
        <source>This QGIS has no {packages}, needed for {uses}. To install: {where} {command} and restart QGIS.</source>
        <translation>Deze QGIS heeft geen {packages}, nodig voor {uses}. Installeren: {where} {command} en start QGIS opnieuw.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/i18n.py" line="101"/>
        <source>Until then the BuurtKijker dock and algorithms are not available.</source>
        <translation>Tot dan zijn het BuurtKijker-paneel en de algoritmen niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/i18n.py" line="102"/>
        <source>Everything else works: the dock, computing indices, maps and layouts.</source>
        <translation>Al het andere werkt: het paneel, indices berekenen, kaarten en lay-outs.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="30"/>
        <source>Extra sources</source>
        <translation>Extra bronnen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="31"/>
        <source>Tables joined to the buurt layer by buurt code: CBS Kerncijfers of other years, the RIVM Gezondheidsmonitor, the Leefbaarometer, your own CSV or Excel. Each indicator comes from the most recent year that has it.</source>
        <translation>Tabellen die op buurtcode aan de buurtlaag worden gekoppeld: CBS Kerncijfers van andere jaren, de RIVM Gezondheidsmonitor, de Leefbaarometer, uw eigen CSV of Excel. Elke indicator komt uit het meest recente jaar dat hem heeft.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="45"/>
        <source>A table or layer of this project to add as a source</source>
        <translation>Een tabel of laag uit dit project om als bron toe te voegen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="46"/>
        <source>Add layer</source>
        <translation>Laag toevoegen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="52"/>
        <source>Add file...</source>
        <translation>Bestand toevoegen...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="54"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="60"/>
        <source>Years, when not in the file: e.g. 2020, 2017 or rivm=2020</source>
        <translation>Jaren, als ze niet in het bestand staan: bijv. 2020, 2017 of rivm=2020</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="77"/>
        <source>Add extra sources</source>
        <translation>Extra bronnen toevoegen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="77"/>
        <source>Tables and layers ({});;All files (*)</source>
        <translation>Tabellen en lagen ({});;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="143"/>
        <source>Source: {}; processing BuurtKijker</source>
        <translation>Bron: {}; bewerking BuurtKijker</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="153"/>
        <source>{} and {}</source>
        <translation>{} en {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="91"/>
        <source>Extra sources joined by buurt code (CBS other years, RIVM, Leefbaarometer, own CSV)</source>
        <translation>Extra bronnen, gekoppeld op buurtcode (CBS andere jaren, RIVM, Leefbaarometer, eigen CSV)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="94"/>
        <source>Years of the sources, e.g. 2020, 2017 or rivm=2020 (empty = from the data)</source>
        <translation>Jaren van de bronnen, bijvoorbeeld 2020, 2017 of rivm=2020 (leeg = uit de gegevens)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="256"/>
        <source>{} ({}): values for {} of {} buurten.</source>
        <translation>{} ({}): waarden voor {} van {} buurten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="262"/>
        <source>{} ({}): {} buurt codes of the layer do not exist in this source (new codes or changed boundaries since {}); those buurten get no values from it.</source>
        <translation>{} ({}): {} buurtcodes van de laag bestaan niet in deze bron (nieuwe codes of gewijzigde grenzen sinds {}); die buurten krijgen er geen waarden uit.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="266"/>
        <source>{}: {} buurten lie in gemeenten this source does not cover.</source>
        <translation>{}: {} buurten liggen in gemeenten die deze bron niet dekt.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/tasks.py" line="76"/>
        <source>Cancelled; nothing was written or added.</source>
        <translation>Geannuleerd; er is niets geschreven of toegevoegd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="645"/>
        <source>all Dutch wijken</source>
        <translation>alle Nederlandse wijken</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="102"/>
        <source>the wijken on this map</source>
        <translation>de wijken op deze kaart</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="140"/>
        <source>Source: CBS Kerncijfers wijken en buurten; processing BuurtKijker</source>
        <translation>Bron: CBS Kerncijfers wijken en buurten; bewerking BuurtKijker</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/tasks.py" line="73"/>
        <source>Cancelled after the result was saved to {}; it was not added to the map.</source>
        <translation>Geannuleerd nadat het resultaat al was opgeslagen in {}; het is niet aan de kaart toegevoegd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="208"/>
        <source>{}: no buurt has a score; no map made.</source>
        <translation>{}: geen enkele buurt heeft een score; geen kaart gemaakt.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/output.py" line="22"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Geannuleerd: er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/output.py" line="89"/>
        <source>a feature was refused</source>
        <translation>een object werd geweigerd</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/output.py" line="106"/>
        <source>{} of {} features could be read back</source>
        <translation>{} van {} objecten konden worden teruggelezen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="95"/>
        <source>CHART must end in .png, .svg or .pdf, not &apos;{}&apos;.</source>
        <translation>CHART moet eindigen op .png, .svg of .pdf, niet '{}'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="98"/>
        <source>UNCERTAINTY must be between 0 and {} draws: more would not fit in memory for a national run (the 5-95 % rank interval is stable from about 1000 draws).</source>
        <translation>UNCERTAINTY moet tussen 0 en {} trekkingen liggen: meer past voor een landelijke berekening niet in het geheugen (het 5-95 %-interval van de rang is vanaf ongeveer 1000 trekkingen stabiel).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="103"/>
        <source>MIN_POPULATION must be between 0 and {}: the largest buurt has fewer than 40,000 inhabitants, so more would leave every buurt without a score.</source>
        <translation>MIN_POPULATION moet tussen 0 en {} liggen: de grootste buurt heeft minder dan 40.000 inwoners, dus bij meer krijgt geen enkele buurt een score.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="108"/>
        <source>WINSORIZE must be a share from 0 up to 0.5.</source>
        <translation>WINSORIZE moet een aandeel van 0 tot 0,5 zijn.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="221"/>
        <source>{}: {} of {} {} scored; without {}</source>
        <translation>{}: {} van {} {} gescoord; zonder {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="263"/>
        <source>A shapefile cuts field names to 10 characters: BuurtKijker&apos;s compare and layout tools cannot read the result back. Save it as GeoPackage for those.</source>
        <translation>Een shapefile kort veldnamen in tot 10 tekens: vergelijken en kaarten maken in BuurtKijker kunnen het resultaat dan niet teruglezen. Sla het daarvoor op als GeoPackage.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="352"/>
        <source>wijken</source>
        <translation>wijken</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="352"/>
        <source>buurten</source>
        <translation>buurten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="115"/>
        <source>Score 100 is the average of {} as CBS counts it (e.g. all crimes / all inhabitants); 10 points is one standard deviation among them. Higher is better.</source>
        <translation>Score 100 is het gemiddelde van {} zoals het CBS het telt (bijv. alle misdrijven / alle inwoners); 10 punten is één standaarddeviatie daartussen. Hoger is beter.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="237"/>
        <source>Correlation of each theme with the overall score: {}</source>
        <translation>Samenhang (correlatie) van elk thema met de totaalscore: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/bivariate.py" line="43"/>
        <source>Vulnerability x nuisance</source>
        <translation>Kwetsbaarheid x overlast</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/bivariate.py" line="161"/>
        <source>high vulnerability and rising nuisance</source>
        <translation>hoge kwetsbaarheid en stijgende overlast</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/bivariate.py" line="161"/>
        <source>high vulnerability and high nuisance</source>
        <translation>hoge kwetsbaarheid en hoge overlast</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/bivariate.py" line="162"/>
        <source>Terciles against the buurten on this map (Aedes&apos; Veerkrachtkaarten)</source>
        <translation>Tertielen ten opzichte van de buurten op deze kaart (Veerkrachtkaarten van Aedes)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/bivariate.py" line="162"/>
        <source>Vulnerability: low income, difficulty making ends meet, benefits, anxiety or depression risk, loneliness and health limits. Nuisance: crimes per 1000 inhabitants (shrunk for small buurten) or the Leefbaarometer&apos;s nuisance and unsafety. Each axis in three equal groups (terciles) of the buurten; the darkest cell is {}.</source>
        <translation>Kwetsbaarheid: laag inkomen, moeite met rondkomen, uitkeringen, risico op angst of depressie, eenzaamheid en beperkingen door gezondheid. Overlast: misdrijven per 1000 inwoners (voor kleine buurten naar het gemiddelde getrokken) of overlast en onveiligheid uit de Leefbaarometer. Elke as in drie even grote groepen (tertielen) van de buurten; het donkerste vak is {}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/bivariate.py" line="183"/>
        <source>and {} more</source>
        <translation>en nog {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="69"/>
        <source>Change between two years</source>
        <translation>Verandering tussen twee jaren</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="55"/>
        <source>Buurten, first year (layer or table)</source>
        <translation>Buurten, eerste jaar (laag of tabel)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="56"/>
        <source>Buurten, second year (layer or table)</source>
        <translation>Buurten, tweede jaar (laag of tabel)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="71"/>
        <source>Method: zscore, minmax or rank</source>
        <translation>Methode: zscore, minmax of rank</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="63"/>
        <source>Scale from: before (first year), pooled (both years) or each (relative position)</source>
        <translation>Schaal van: before (eerste jaar), pooled (beide jaren) of each (relatieve positie)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/bivariate.py" line="114"/>
        <source>{} buurten compared (same code in both years).</source>
        <translation>{} buurten vergeleken (zelfde code in beide jaren).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="248"/>
        <source>{} buurt codes only in the first year (boundary changes, not compared): {}</source>
        <translation>{} buurtcodes alleen in het eerste jaar (grenswijzigingen, niet vergeleken): {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="248"/>
        <source>{} buurt codes only in the second year (boundary changes, not compared): {}</source>
        <translation>{} buurtcodes alleen in het tweede jaar (grenswijzigingen, niet vergeleken): {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="262"/>
        <source>not in the first year</source>
        <translation>niet in het eerste jaar</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="262"/>
        <source>not in the second year</source>
        <translation>niet in het tweede jaar</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="265"/>
        <source>Left out, in one year only: {}</source>
        <translation>Weggelaten, maar in één jaar aanwezig: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="268"/>
        <source>{}: not computed, too few indicators in both years.</source>
        <translation>{}: niet berekend, te weinig indicatoren in beide jaren.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="25"/>
        <source>Scenario: what if indicator values change</source>
        <translation>Scenario: wat als indicatorwaarden veranderen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="28"/>
        <source>Recomputes the themes of buurten whose indicator values a scenario changes, against the unchanged reference: averages, spreads and transforms come from the original data, so every other buurt keeps its score. CHANGES: a CSV file with the columns code, indicator and value (a new value, or &apos;gemiddelde&apos; for the reference average) or delta (added to the current value), e.g. &apos;BU07724210;arbeidsparticipatie;;5&apos;. Per theme: bk_&lt;theme&gt; (now), bk_&lt;theme&gt;_scenario, bk_&lt;theme&gt;_diff, and the scenario&apos;s class and rank. The input layer is never changed.</source>
        <translation>Berekent de thema's opnieuw voor buurten waarvan een scenario indicatorwaarden verandert, tegen de onveranderde referentie: gemiddelden, spreiding en transformaties komen uit de oorspronkelijke gegevens, dus elke andere buurt houdt haar score. CHANGES: een CSV-bestand met de kolommen code, indicator en waarde (een nieuwe waarde, of 'gemiddelde' voor het referentiegemiddelde) of verandering (opgeteld bij de huidige waarde), bijv. 'BU07724210;arbeidsparticipatie;;5'. Per thema: bk_&lt;thema&gt; (nu), bk_&lt;thema&gt;_scenario, bk_&lt;thema&gt;_diff, en de klasse en rang in het scenario. De invoerlaag wordt nooit gewijzigd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="38"/>
        <source>Scenario: CSV of changes (code, indicator, value or delta)</source>
        <translation>Scenario: CSV met wijzigingen (code, indicator, waarde of verandering)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="49"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="111"/>
        <source>{}: no such buurt in the selection; change to {} skipped.</source>
        <translation>{}: deze buurt zit niet in de selectie; wijziging van {} overgeslagen.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="114"/>
        <source>{}: no value for {} to change; change skipped.</source>
        <translation>{}: geen waarde van {} om te wijzigen; wijziging overgeslagen.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="120"/>
        <source>{} changes applied to {} buurten.</source>
        <translation>{} wijzigingen toegepast op {} buurten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/bivariate.py" line="22"/>
        <source>Vulnerability x nuisance (3 x 3 map)</source>
        <translation>Kwetsbaarheid x overlast (3 x 3-kaart)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/bivariate.py" line="25"/>
        <source>Where vulnerable residents concentrate and where this coincides with (an increase of) nuisance and unsafety, after Aedes&apos; Veerkrachtkaarten. Vulnerability (bk_kwetsbaarheid, higher = more vulnerable): low income, difficulty making ends meet, benefits, anxiety/depression risk, loneliness, health limits (join the RIVM Gezondheidsmonitor in SOURCES). Nuisance (bk_overlast, higher = more): the Leefbaarometer&apos;s onv when joined, else crimes per 1000 (shrunk). Terciles against the reference; bk_bivariaat = 3 x (vulnerability tercile - 1) + nuisance tercile. BEFORE (optional): an earlier year; the second axis is then the increase of nuisance and bk_aandacht marks high vulnerability with a real increase. LIST: CSV of the bk_aandacht buurten.</source>
        <translation>Waar kwetsbare bewoners zich concentreren en waar dat samenvalt met (een toename van) overlast en onveiligheid, naar de Veerkrachtkaarten van Aedes. Kwetsbaarheid (bk_kwetsbaarheid, hoger = kwetsbaarder): laag inkomen, moeite met rondkomen, uitkeringen, risico op angst/depressie, eenzaamheid, beperkingen door gezondheid (koppel de RIVM Gezondheidsmonitor in SOURCES). Overlast (bk_overlast, hoger = meer): onv uit de Leefbaarometer als die gekoppeld is, anders misdrijven per 1000 (naar het gemiddelde getrokken). Tertielen ten opzichte van de referentie; bk_bivariaat = 3 x (tertiel kwetsbaarheid - 1) + tertiel overlast. BEFORE (optioneel): een eerder jaar; de tweede as is dan de toename van overlast en bk_aandacht markeert hoge kwetsbaarheid met een echte toename. LIST: CSV van de bk_aandacht-buurten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/bivariate.py" line="40"/>
        <source>Earlier year for the increase of nuisance (optional)</source>
        <translation>Eerder jaar voor de toename van overlast (optioneel)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/bivariate.py" line="44"/>
        <source>List of high vulnerability and rising nuisance (CSV)</source>
        <translation>Lijst van hoge kwetsbaarheid en stijgende overlast (CSV)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/bivariate.py" line="144"/>
        <source>{} buurten with high vulnerability and {} nuisance.</source>
        <translation>{} buurten met hoge kwetsbaarheid en {} overlast.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/bivariate.py" line="144"/>
        <source>rising</source>
        <translation>stijgende</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/bivariate.py" line="144"/>
        <source>high</source>
        <translation>hoge</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/change_style.py" line="85"/>
        <source>both years</source>
        <translation>beide jaren</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/change_style.py" line="85"/>
        <source>each year itself</source>
        <translation>elk jaar zelf</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/change_style.py" line="87"/>
        <source>Change {} -&gt; {}, one scale: the reference of {}</source>
        <translation>Verandering {} -&gt; {}, één schaal: de referentie van {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/change_style.py" line="87"/>
        <source>A buurt&apos;s score in the second year minus its score in the first, with the same reference, method and indicators in both years. A change counts only when it is larger than 1.96 times its sampling noise and than half a standard deviation of the buurten (5 points); otherwise &apos;no clear change&apos;. Buurten whose code exists in one year only are not compared. The map tip gives both scores.</source>
        <translation>De score van een buurt in het tweede jaar min die in het eerste, met dezelfde referentie, methode en indicatoren in beide jaren. Een verandering telt alleen als ze groter is dan 1,96 keer haar steekproefruis en dan een halve standaardafwijking van de buurten (5 punten); anders 'geen duidelijke verandering'. Buurten waarvan de code maar in één jaar bestaat worden niet vergeleken. De maptip geeft beide scores.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/change_style.py" line="87"/>
        <source>Source: CBS Kerncijfers wijken en buurten {} and {}; processing BuurtKijker</source>
        <translation>Bron: CBS Kerncijfers wijken en buurten {} en {}; bewerking BuurtKijker</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/change_action.py" line="24"/>
        <source>Earlier year of the same buurten</source>
        <translation>Eerder jaar van dezelfde buurten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/change_action.py" line="39"/>
        <source>BuurtKijker: change for {}</source>
        <translation>BuurtKijker: verandering voor {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="70"/>
        <source>Change...</source>
        <translation>Verandering...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="32"/>
        <source>What if ...</source>
        <translation>Wat als ...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="35"/>
        <source>Scenario name</source>
        <translation>Naam van het scenario</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="40"/>
        <source>Buurt code</source>
        <translation>Buurtcode</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="40"/>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="40"/>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="42"/>
        <source>Add row</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="45"/>
        <source>New value: a number or &apos;gemiddelde&apos; (the reference average); change: added to today&apos;s value, e.g. 5 or -10.</source>
        <translation>Nieuwe waarde: een getal of 'gemiddelde' (het referentiegemiddelde); verandering: opgeteld bij de huidige waarde, bijv. 5 of -10.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="84"/>
        <source>Choose a buurt layer and give at least one change.</source>
        <translation>Kies een buurtlaag en geef minstens één wijziging.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="92"/>
        <source>BuurtKijker: scenario {}</source>
        <translation>BuurtKijker: scenario {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="97"/>
        <source>Scenario: {} (difference with today)</source>
        <translation>Scenario: {} (verschil met nu)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="109"/>
        <source>Scenario {}: {} changes for {} buurten; {} skipped.</source>
        <translation>Scenario {}: {} wijzigingen voor {} buurten; {} overgeslagen.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="73"/>
        <source>What if...</source>
        <translation>Wat als...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="74"/>
        <source>Change indicator values of chosen buurten and see their scores against the unchanged reference; saved in the project</source>
        <translation>Verander indicatorwaarden van gekozen buurten en zie hun scores tegen de onveranderde referentie; bewaard in het project</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/bivariate_action.py" line="69"/>
        <source>BuurtKijker: vulnerability x nuisance for {}</source>
        <translation>BuurtKijker: kwetsbaarheid x overlast voor {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/bivariate_action.py" line="93"/>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="99"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="166"/>
        <source>Theme file</source>
        <translation>Themabestand</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="47"/>
        <source>The theme the map shows</source>
        <translation>Het thema dat de kaart toont</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="114"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="235"/>
        <source>Load a buurt layer first: the themes it can compute are ticked then.</source>
        <translation>Kies eerst een buurtlaag: de thema's die ermee te berekenen zijn, worden dan aangevinkt.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="307"/>
        <source>{} in {}; {} indicators.</source>
        <translation>{} in {}; {} indicatoren.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/themes_panel.py" line="33"/>
        <source>Too few indicators in this layer: {}</source>
        <translation>Te weinig indicatoren in deze laag: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/themes_panel.py" line="34"/>
        <source>Less than half of these themes&apos; weight has data in this layer. Extra sources can add the missing indicators.</source>
        <translation>Voor minder dan de helft van het gewicht van deze thema's heeft deze laag gegevens. Extra bronnen kunnen de ontbrekende indicatoren aanvullen.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="114"/>
        <source>Details ({})</source>
        <translation>Details ({})</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="569"/>
        <source>{} with an overall score.</source>
        <translation>{} met een totaalscore.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="58"/>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="59"/>
        <source>Own layout template (.qpt, used instead of TEMPLATE)</source>
        <translation>Eigen layoutsjabloon (.qpt, in plaats van TEMPLATE)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="74"/>
        <source>Buurt labels on the map</source>
        <translation>Buurtlabels op de kaart</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="80"/>
        <source>Files written, separated by &apos;;&apos;</source>
        <translation>Geschreven bestanden, gescheiden door ';'</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/base.py" line="143"/>
        <source>Language of the texts written (nl = Dutch, en = English)</source>
        <translation>Taal van de geschreven teksten (nl = Nederlands, en = Engels)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="56"/>
        <source>Buurt codes compared, comma-separated</source>
        <translation>Vergeleken buurtcodes, gescheiden door komma's</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="61"/>
        <source>Themes (none ticked = all)</source>
        <translation>Thema's (niets aangevinkt = alle)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="89"/>
        <source>Gemeente codes computed, comma-separated</source>
        <translation>Berekende gemeentecodes, gescheiden door komma's</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="90"/>
        <source>Number of buurten with a theme score</source>
        <translation>Aantal buurten met een themascore</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="91"/>
        <source>Year of the buurt layer (0 = unknown)</source>
        <translation>Jaar van de buurtlaag (0 = onbekend)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="92"/>
        <source>Level of the areas: buurt or wijk</source>
        <translation>Niveau van de gebieden: buurt of wijk</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="93"/>
        <source>Sources and years of the values</source>
        <translation>Bronnen en jaren van de waarden</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="77"/>
        <source>Year of the buurt layer (empty = from its jaar column or name)</source>
        <translation>Jaar van de buurtlaag (leeg = uit de kolom jaar of de naam)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="194"/>
        <source>The layer says {} (jaar column or name); YEAR={} is used.</source>
        <translation>De laag zegt {} (kolom jaar of naam); YEAR={} wordt gebruikt.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="198"/>
        <source>The year of {} is unknown (no jaar column, no year in its name): give it as YEAR, so maps and layouts can name it.</source>
        <translation>Het jaar van {} is onbekend (geen kolom jaar, geen jaar in de naam): geef het op als YEAR, zodat kaarten en lay-outs het kunnen noemen.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="330"/>
        <source>The maps could not be stored with the result: {}</source>
        <translation>De kaarten konden niet bij het resultaat worden opgeslagen: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="333"/>
        <source>Maps stored with the result: {}</source>
        <translation>Kaarten opgeslagen bij het resultaat: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="52"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="53"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="58"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="58"/>
        <source>Buurt names</source>
        <translation>Buurtnamen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="58"/>
        <source>Buurt codes</source>
        <translation>Buurtcodes</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="68"/>
        <source>Language of the map</source>
        <translation>Taal van de kaart</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="69"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="93"/>
        <source>Layouts in another language than QGIS&apos; are only exported.</source>
        <translation>Layouts in een andere taal dan die van QGIS worden alleen geëxporteerd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_action.py" line="131"/>
        <source>The export failed; see the Processing log.</source>
        <translation>De export is mislukt; zie het Processing-logboek.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="230"/>
        <source>run {}</source>
        <translation>berekening {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/expressions.py" line="33"/>
        <source>An explanation stored by BuurtKijker (bk_&lt;theme&gt;_why, written in the language of the run that computed it) in the language asked for. A text it cannot read is returned as it is.</source>
        <translation>Een toelichting die BuurtKijker heeft opgeslagen (bk_&lt;theme&gt;_why, geschreven in de taal van de berekening) in de gevraagde taal. Een tekst die de functie niet kan lezen, komt ongewijzigd terug.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/expressions.py" line="33"/>
        <source>Syntax</source>
        <translation>Syntaxis</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/expressions.py" line="33"/>
        <source>Arguments</source>
        <translation>Argumenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/expressions.py" line="33"/>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="75"/>
        <source>Choose attention buurten</source>
        <translation>Aandachtsbuurten kiezen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="76"/>
        <source>Tick the buurten with high vulnerability and rising (or high) nuisance, from the &apos;Vulnerability x nuisance&apos; map in the project or its list (CSV), instead of the current choice. The CSV export then says per buurt whether it is on that list.</source>
        <translation>Vink de buurten met hoge kwetsbaarheid en stijgende (of hoge) overlast aan, uit de kaart 'Kwetsbaarheid x overlast' in het project of uit de lijst daarvan (CSV), in plaats van de huidige keuze. De CSV-export zegt dan per buurt of hij op die lijst staat.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="145"/>
        <source>on the attention list (vulnerability x nuisance)</source>
        <translation>op de aandachtslijst (kwetsbaarheid x overlast)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="151"/>
        <source>Attention list of &apos;Vulnerability x nuisance&apos;</source>
        <translation>Aandachtslijst van 'Kwetsbaarheid x overlast'</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="151"/>
        <source>CSV (*.csv);;*</source>
        <translation>CSV (*.csv);;*</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="184"/>
        <source>The attention list is empty: no buurt has high vulnerability and rising (or high) nuisance.</source>
        <translation>De aandachtslijst is leeg: geen buurt heeft hoge kwetsbaarheid en stijgende (of hoge) overlast.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="187"/>
        <source>{} buurten of the attention list ticked.</source>
        <translation>{} buurten van de aandachtslijst aangevinkt.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="187"/>
        <source>{} of its codes are not in this layer.</source>
        <translation>{} van de codes staan niet in deze laag.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="347"/>
        <source>Change since {}</source>
        <translation>Verandering sinds {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="347"/>
        <source>Change since the first year</source>
        <translation>Verandering sinds het eerste jaar</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="348"/>
        <source>{} (both years on one scale; real only beyond the noise and half a standard deviation): {}.</source>
        <translation>{} (beide jaren op één schaal; echt alleen boven de ruis en een halve standaardafwijking): {}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="588"/>
        <source>Score and change since {}</source>
        <translation>Score en verandering sinds {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="589"/>
        <source>Score and change</source>
        <translation>Score en verandering</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="41"/>
        <source>Theme scores of two years on one common scale and their change per buurt: the same reference (the BEFORE year&apos;s buurten, or both years pooled), method and indicators in both years; indicators missing in either year are left out and named. Buurten are matched by code only; codes present in one year are reported. Per theme: bk_&lt;theme&gt;_before, _after, _change (after minus before), _change_sd (sampling sd) and _change_class: -1 worse, 0 no clear change, +1 better. A change is real only when it exceeds 1.96 times its sampling sd and half a reference sd (5 points). The input layers are never changed.

METHOD: zscore, minmax or rank.
REFERENCE: selection or national.
SCALE: before, pooled or each (each year against its own buurten: the change of relative position, without the general trend such as inflation).
LEVELS: also write the second year&apos;s scores as computeindices gives them (bk_&lt;theme&gt;, rank, class, explanation, indicators), so that the buurtprofiel and the theme layout show the change beside the level.</source>
        <translation>Themascores van twee jaren op één gemeenschappelijke schaal en hun verandering per buurt: dezelfde referentie (de buurten van het eerste jaar, of beide jaren samen), methode en indicatoren in beide jaren; indicatoren die in een van de jaren ontbreken worden weggelaten en genoemd. Buurten worden alleen op code gekoppeld; codes die in één jaar voorkomen worden gemeld. Per thema: bk_&lt;thema&gt;_before, _after, _change (na min voor), _change_sd (steekproef-sd) en _change_class: -1 verslechterd, 0 geen duidelijke verandering, +1 verbeterd. Een verandering telt alleen als ze groter is dan 1,96 keer haar steekproef-sd en een halve referentie-sd (5 punten). De invoerlagen worden nooit gewijzigd.

METHOD: zscore, minmax of rank.
REFERENCE: selection of national.
SCALE: before, pooled of each (elk jaar tegen zijn eigen buurten: de verandering van de relatieve positie, zonder de algemene trend zoals inflatie).
LEVELS: schrijf ook de scores van het tweede jaar zoals computeindices ze geeft (bk_&lt;thema&gt;, rang, klasse, toelichting, indicatoren), zodat het buurtprofiel en de themalayout de verandering naast het niveau tonen.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="65"/>
        <source>Also write the second year&apos;s theme scores (level beside the change, for buurtprofielen and layouts)</source>
        <translation>Ook de themascores van het tweede jaar schrijven (niveau naast de verandering, voor buurtprofielen en layouts)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="148"/>
        <source>Empty: a new GeoPackage beside the project file, with its maps stored in it; while the project is not saved, in a folder BuurtKijker asks for once.</source>
        <translation>Leeg: een nieuw GeoPackage naast het projectbestand, met de kaarten erin opgeslagen; zolang het project niet is opgeslagen in een map waar BuurtKijker één keer om vraagt.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="396"/>
        <source>The result is a temporary layer: it is lost when QGIS closes. Save the project (results then go to its folder) or choose a file under Advanced &gt; Save result to.</source>
        <translation>Het resultaat is een tijdelijke laag: die gaat verloren als QGIS sluit. Sla het project op (resultaten komen dan in de map van het project) of kies een bestand onder Geavanceerd &gt; Resultaat opslaan in.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="433"/>
        <source>BuurtKijker: folder for results (asked once; the project is not saved yet)</source>
        <translation>BuurtKijker: map voor resultaten (één keer gevraagd; het project is nog niet opgeslagen)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="32"/>
        <source>Computes theme scores (leefbaarheid, sociale veerkracht, achterstand, ...) for the buurten of one or more gemeenten from CBS Kerncijfers wijken en buurten. Score 100 is the reference average; higher is better. Per theme: score (bk_&lt;theme&gt;), rank (1 = best), class 1-5 and the number of indicators used, and in bk_&lt;theme&gt;_why the indicators that pull the score most. The input layer is never changed.

GEMEENTE: codes or names, comma-separated (empty = all features).
THEMES: built-in theme ids (empty = all); with a THEME_FILE, all themes of that file.
METHOD: zscore, minmax, rank or imd.
REFERENCE: selection or national.
LANGUAGE: nl or en, the language of the explanations (default: QGIS&apos; language).
SOURCES: extra tables joined by buurt code (CBS Kerncijfers of other years, RIVM Gezondheidsmonitor, Leefbaarometer, own CSV or Excel); each indicator is taken from the most recent year that has it, and bk_years says which year each value is from.
YEARS: years of the sources when the file has no year column or year in its name, e.g. &apos;2020, 2017&apos; (in the order of SOURCES), &apos;rivm=2020&apos; or &apos;input=2024&apos; for the buurt layer.
YEAR: the year of the buurt layer when it has no jaar column and no year in its (table) name, e.g. a PostGIS table.
The input may be a PostGIS table (the gemeente filter is then done by the database); OUTPUT may be a PostGIS table (postgres://dbname=... table=&quot;public&quot;.&quot;name&quot; (geom)); its maps (one style per theme, the overall score as default) are then stored in the database&apos;s layer_styles table, as they are in a GeoPackage OUTPUT&apos;s own layer_styles table.

Outputs besides the layer: GEMEENTEN (the codes computed), SCORED (buurten with a score), YEAR, LEVEL (buurt or wijk) and SOURCE_YEARS.</source>
        <translation>Berekent themascores (leefbaarheid, sociale veerkracht, achterstand, ...) voor de buurten van een of meer gemeenten uit de CBS Kerncijfers wijken en buurten. Score 100 is het referentiegemiddelde; hoger is beter. Per thema: score (bk_&lt;thema&gt;), rang (1 = best), klasse 1-5 en het aantal gebruikte indicatoren, en in bk_&lt;thema&gt;_why de indicatoren die de score het meest bepalen. De invoerlaag wordt nooit gewijzigd.

GEMEENTE: codes of namen, gescheiden door komma's (leeg = alle objecten).
THEMES: ingebouwde thema-id's (leeg = alle); met een THEME_FILE alle thema's van dat bestand.
METHOD: zscore, minmax, rank of imd.
REFERENCE: selection of national.
LANGUAGE: nl of en, de taal van de toelichtingen (standaard: de taal van QGIS).
SOURCES: extra tabellen, gekoppeld op buurtcode (CBS Kerncijfers van andere jaren, RIVM Gezondheidsmonitor, Leefbaarometer, eigen CSV of Excel); elke indicator komt uit het meest recente jaar dat hem heeft, en bk_years zegt uit welk jaar elke waarde komt.
YEARS: jaren van de bronnen als het bestand geen jaarkolom of jaar in de naam heeft, bijvoorbeeld '2020, 2017' (in de volgorde van SOURCES), 'rivm=2020' of 'input=2024' voor de buurtlaag.
YEAR: het jaar van de buurtlaag als die geen kolom jaar en geen jaar in de (tabel)naam heeft, bijvoorbeeld een PostGIS-tabel.
De invoer mag een PostGIS-tabel zijn (de database filtert dan op gemeente); OUTPUT mag een PostGIS-tabel zijn (postgres://dbname=... table=&quot;public&quot;.&quot;naam&quot; (geom)); de kaarten (een stijl per thema, de totaalscore als standaard) worden dan opgeslagen in de tabel layer_styles van de database, zoals ze bij een GeoPackage als OUTPUT in diens eigen tabel layer_styles komen.

Uitvoer naast de laag: GEMEENTEN (de berekende codes), SCORED (buurten met een score), YEAR, LEVEL (buurt of wijk) en SOURCE_YEARS.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="84"/>
        <source>Store the maps in the output&apos;s layer_styles</source>
        <translation>De kaarten opslaan in layer_styles van de uitvoer</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="336"/>
        <source>{} is still held open by another layer: a rerun into the same file is refused until that layer is removed.</source>
        <translation>{} wordt nog opengehouden door een andere laag: opnieuw berekenen naar hetzelfde bestand wordt geweigerd tot die laag is verwijderd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/plugin.py" line="54"/>
        <source>BuurtKijker help (opens in your browser)</source>
        <translation>BuurtKijker-help (opent in je browser)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/help_button.py" line="16"/>
        <source>Help (opens the BuurtKijker help in your browser)</source>
        <translation>Help (opent de BuurtKijker-help in je browser)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="24"/>
        <source>Buurt map for residents (HTML)</source>
        <translation>Buurtkaart voor bewoners (HTML)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="67"/>
        <source>Maps (one file each)</source>
        <translation>Kaarten (elk een eigen bestand)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="51"/>
        <source>HTML page (*.html)</source>
        <translation>HTML-pagina (*.html)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="93"/>
        <source>Buurtprofielen are made in the background and only exported.</source>
        <translation>Buurtprofielen worden op de achtergrond gemaakt en alleen geëxporteerd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="95"/>
        <source>One HTML page for residents: works offline, with the notes of the buurten; the ticked themes are its maps.</source>
        <translation>Eén HTML-pagina voor bewoners: werkt offline, met de notities van de buurten; de aangevinkte thema's zijn de kaarten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="27"/>
        <source>... and {} more</source>
        <translation>... en nog {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="28"/>
        <source>not counted in the scores</source>
        <translation>telt niet mee in de scores</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="38"/>
        <source>BuurtKijker - note</source>
        <translation>BuurtKijker - notitie</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="49"/>
        <source>(no theme)</source>
        <translation>(geen thema)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="53"/>
        <source>What residents or professionals tell about the buurt</source>
        <translation>Wat bewoners of professionals over de buurt vertellen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="98"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="98"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="98"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="98"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="92"/>
        <source>BuurtKijker - notes per buurt</source>
        <translation>BuurtKijker - notities per buurt</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="104"/>
        <source>Add...</source>
        <translation>Toevoegen...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="104"/>
        <source>Edit...</source>
        <translation>Bewerken...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="105"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="106"/>
        <source>Import CSV...</source>
        <translation>CSV importeren...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="106"/>
        <source>Export CSV...</source>
        <translation>CSV exporteren...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="111"/>
        <source>Notes are shown beside the scores (map tip, comparison, buurtprofiel, HTML map) and never counted in them. They are kept in {}.</source>
        <translation>Notities staan naast de scores (kaarttip, vergelijking, buurtprofiel, HTML-kaart) en tellen er nooit in mee. Ze worden bewaard in {}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="123"/>
        <source>Notes of: {}</source>
        <translation>Notities van: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="191"/>
        <source>Delete {} note(s)?</source>
        <translation>{} notitie(s) verwijderen?</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="197"/>
        <source>Import notes</source>
        <translation>Notities importeren</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="208"/>
        <source>Imported {} notes from {}.</source>
        <translation>{} notities geïmporteerd uit {}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="212"/>
        <source>Export notes</source>
        <translation>Notities exporteren</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="225"/>
        <source>Exported {} notes to {}.</source>
        <translation>{} notities geëxporteerd naar {}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="235"/>
        <source>Compute or open a result first.</source>
        <translation>Bereken of open eerst een resultaat.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="243"/>
        <source>Select one or more buurten on the map first.</source>
        <translation>Selecteer eerst een of meer buurten op de kaart.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/change_action.py" line="55"/>
        <source>Change: {} buurten compared; {} codes in one year only.</source>
        <translation>Verandering: {} buurten vergeleken; {} codes in één jaar.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="67"/>
        <source>Buurt boundaries of other years: the buurt polygons of the year a source&apos;s codes belong to (e.g. the 2019 buurtkaart for the RIVM Gezondheidsmonitor 2020). Its figures are carried onto today&apos;s buurten by polygon overlap.</source>
        <translation>Buurtgrenzen van andere jaren: de buurtvlakken van het jaar waar de codes van een bron bij horen (bijv. de buurtkaart 2019 voor de RIVM Gezondheidsmonitor 2020). De cijfers worden via de overlap van de vlakken op de huidige buurten overgezet.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="71"/>
        <source>Buurt boundaries of other years</source>
        <translation>Buurtgrenzen van andere jaren</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_action.py" line="176"/>
        <source>Buurtprofielen are being made; wait until they are done or cancel them.</source>
        <translation>Er worden al buurtprofielen gemaakt; wacht tot ze klaar zijn of annuleer ze.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_action.py" line="189"/>
        <source>Buurtprofielen cancelled; no file was written.</source>
        <translation>Buurtprofielen geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_action.py" line="192"/>
        <source>Making {} buurtprofielen in the background...</source>
        <translation>{} buurtprofielen worden op de achtergrond gemaakt...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="66"/>
        <source>More: change over the years, what-if scenarios, vulnerability x nuisance, notes per buurt</source>
        <translation>Meer: verandering door de jaren, wat-als-scenario's, kwetsbaarheid x overlast, notities per buurt</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="71"/>
        <source>Compare this layer with an earlier year of the same buurten, by code, on one scale: improved / no clear change / worsened</source>
        <translation>Vergelijk deze laag met een eerder jaar van dezelfde buurten, op code, op één schaal: verbeterd / geen duidelijke verandering / verslechterd</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="77"/>
        <source>Where vulnerable residents and nuisance coincide: a 3 x 3 map of terciles (join the RIVM Gezondheidsmonitor under Extra sources)</source>
        <translation>Waar kwetsbare bewoners en overlast samenvallen: een 3 x 3-kaart van tertielen (koppel de RIVM Gezondheidsmonitor onder Extra bronnen)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="79"/>
        <source>Note...</source>
        <translation>Notitie...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="80"/>
        <source>Add, edit or delete notes of the buurten selected on the map (what residents and professionals tell); never counted in the scores</source>
        <translation>Notities van de op de kaart geselecteerde buurten toevoegen, bewerken of verwijderen (wat bewoners en professionals vertellen); tellen nooit mee in de scores</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="29"/>
        <source>As QGIS (Dutch unless QGIS speaks another language)</source>
        <translation>Als QGIS (Nederlands, tenzij QGIS een andere taal spreekt)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="40"/>
        <source>Defaults of the BuurtKijker dock. The dock also remembers the choices you make in it.</source>
        <translation>Standaardinstellingen van het BuurtKijker-paneel. Het paneel onthoudt ook de keuzes die je erin maakt.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="49"/>
        <source>Where results are saved while the project is not saved (a saved project&apos;s results go to its folder).</source>
        <translation>Waar resultaten worden opgeslagen zolang het project niet is opgeslagen (bij een opgeslagen project gaan ze naar de map van het project).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="51"/>
        <source>Results folder</source>
        <translation>Map voor resultaten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="54"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="63"/>
        <source>A new language applies after QGIS restarts.</source>
        <translation>Een andere taal geldt na het herstarten van QGIS.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="125"/>
        <source>Overall score: the indicators of the themes, each counted once; demography (context) not included.</source>
        <translation>Totaalscore: de indicatoren van de thema's, elk één keer geteld; demografie (context) telt niet mee.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="149"/>
        <source>{} (via buurtgrenzen {})</source>
        <translation>{} (via buurtgrenzen {})</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="645"/>
        <source>the wijken of {}</source>
        <translation>de wijken van {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="648"/>
        <source>the buurten of {}</source>
        <translation>de buurten van {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="651"/>
        <source>How to read the scores: 100 is the average of {}; 10 points is one standard deviation; higher is better.</source>
        <translation>Zo lees je de scores: 100 is het gemiddelde van {}; 10 punten is één standaardafwijking; hoger is beter.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="654"/>
        <source>How to read the scores: the percentage of {} that score lower (0-100); 50 is the middle; higher is better.</source>
        <translation>Zo lees je de scores: het percentage van {} dat lager scoort (0-100); 50 is het midden; hoger is beter.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="656"/>
        <source>How to read the scores: 0 is the lowest and 100 the highest of {}; higher is better.</source>
        <translation>Zo lees je de scores: 0 is de laagste en 100 de hoogste van {}; hoger is beter.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="709"/>
        <source>Buurtprofielen {}</source>
        <translation>Buurtprofielen {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="710"/>
        <source>Buurtprofielen {} {}: {} buurten, by wijk and buurt name</source>
        <translation>Buurtprofielen {} {}: {} buurten, op wijk en buurtnaam</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/i18n.py" line="109"/>
        <source>The Python packages {packages} are installed but do not work ({error}). To install them again: {where} {command} and restart QGIS. Until then the BuurtKijker dock and algorithms are not available.</source>
        <translation>De Python-pakketten {packages} zijn geïnstalleerd maar werken niet ({error}). Opnieuw installeren: {where} {command} en start QGIS opnieuw. Tot dan zijn het BuurtKijker-paneel en de algoritmen niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/notes_expression.py" line="59"/>
        <source>The notes kept beside the layer (its bk_notes table) for a buurt code: how many, and the latest, as text for a map tip; NULL when there are none.</source>
        <translation>De notities naast de laag (de tabel bk_notes) bij een buurtcode: hoeveel, en de laatste, als tekst voor een kaarttip; NULL als er geen zijn.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/expressions.py" line="33"/>
        <source>text: the stored explanation, e.g. &quot;bk_total_why&quot;; language: &apos;nl&apos; (default) or &apos;en&apos;; word (optional): the map&apos;s class word, which then leads the sentence.</source>
        <translation>text: de opgeslagen toelichting, bijv. &quot;bk_total_why&quot;; language: 'nl' (standaard) of 'en'; word (optioneel): het klassewoord van de kaart, waarmee de zin dan begint.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/profile_book.py" line="37"/>
        <source>Wijk {}</source>
        <translation>Wijk {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/profile_book.py" line="37"/>
        <source>Without wijk</source>
        <translation>Zonder wijk</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/profile_book.py" line="152"/>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/profile_book.py" line="130"/>
        <source>the file cannot be created</source>
        <translation>het bestand kan niet worden gemaakt</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="57"/>
        <source>change</source>
        <translation>verandering</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="96"/>
        <source>Scenario {}: {}</source>
        <translation>Scenario {}: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="101"/>
        <source>Difference with today in points (scenario minus today), against the unchanged reference</source>
        <translation>Verschil met nu in punten (scenario min nu), tegen de ongewijzigde referentie</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="101"/>
        <source>What if these values change? The changed buurten are scored again against the same reference averages and spreads as today, so every other buurt keeps its score. Changes in this scenario:
{}</source>
        <translation>Wat als deze waarden veranderen? De gewijzigde buurten krijgen opnieuw een score tegen dezelfde referentiegemiddelden en spreidingen als nu, zodat elke andere buurt haar score houdt. Wijzigingen in dit scenario:
{}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="109"/>
        <source>Difference (points)</source>
        <translation>Verschil (punten)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="166"/>
        <source>The darker a buurt, the more vulnerable its residents and the more nuisance rose; the darkest cell combines high vulnerability with a real increase of nuisance. The table lists those buurten, most vulnerable first: the place to start a conversation with the wijkteam.</source>
        <translation>Hoe donkerder een buurt, hoe kwetsbaarder de bewoners en hoe meer de overlast toenam; het donkerste vak combineert hoge kwetsbaarheid met een echte toename van overlast. De tabel noemt die buurten, de kwetsbaarste eerst: daar begint het gesprek met het wijkteam.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="169"/>
        <source>The darker a buurt, the more vulnerable its residents and the more nuisance there is; the darkest cell combines both. The table lists those buurten, most vulnerable first: the place to start a conversation with the wijkteam.</source>
        <translation>Hoe donkerder een buurt, hoe kwetsbaarder de bewoners en hoe meer overlast er is; het donkerste vak combineert beide. De tabel noemt die buurten, de kwetsbaarste eerst: daar begint het gesprek met het wijkteam.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="179"/>
        <source>Increase of nuisance</source>
        <translation>Toename overlast</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="179"/>
        <source>Nuisance</source>
        <translation>Overlast</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="180"/>
        <source>Vulnerability</source>
        <translation>Kwetsbaarheid</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="194"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/profile_task.py" line="93"/>
        <source>Making the buurtprofielen failed: {}</source>
        <translation>Het maken van de buurtprofielen is mislukt: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/profile_task.py" line="114"/>
        <source>BuurtKijker: {} buurtprofielen</source>
        <translation>BuurtKijker: {} buurtprofielen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/profile_task.py" line="133"/>
        <source>Making the buurtprofielen failed.</source>
        <translation>Het maken van de buurtprofielen is mislukt.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="38"/>
        <source>A print-ready map of a theme score, from a layer made by &apos;Compute theme indices&apos;: title, legend, scale bar, north arrow, method text, source line and date.

THEME: theme ids, comma-separated; &apos;total&apos; for the overall score; several themes (or empty = all) give one file per theme, named &lt;output&gt;_&lt;theme&gt;.
TEMPLATE: a4_landscape, a4_portrait, a3_landscape, a3_portrait or buurtprofiel (one page per buurt, PDF).
TEMPLATE_FILE (optional): your own .qpt with the same item ids, used instead.
GEMEENTE: only these gemeenten of the layer (codes or names).
BUURTEN: for buurtprofiel, the buurten (codes or names; empty = all).
LANGUAGE: nl or en, the language of the map&apos;s texts, legend and explanations (default: QGIS&apos; language), e.g. a Dutch map from an English QGIS.
LABELS: buurt names or codes on the map (none = no labels).
NOTES: for buurtprofiel, a notes CSV (buurtcode;datum;rol;thema;tekst) shown in a box &apos;What we hear in the buurt&apos;; empty = the notes kept beside the layer, if it has any. Never in the scores.
OUTPUT: .pdf, .png or .svg.</source>
        <translation>Een drukklare kaart van een themascore, uit een laag van 'Thema-indices berekenen': titel, legenda, schaalbalk, noordpijl, methodetekst, bronregel en datum.

THEME: thema-id's, gescheiden door komma's; 'total' voor de totaalscore; meerdere thema's (of leeg = alle) geven een bestand per thema, genaamd &lt;uitvoer&gt;_&lt;thema&gt;.
TEMPLATE: a4_landscape, a4_portrait, a3_landscape, a3_portrait of buurtprofiel (een pagina per buurt, PDF).
TEMPLATE_FILE (optioneel): uw eigen .qpt met dezelfde item-id's, gebruikt in plaats van TEMPLATE.
GEMEENTE: alleen deze gemeenten van de laag (codes of namen).
BUURTEN: voor buurtprofiel, de buurten (codes of namen; leeg = alle).
LANGUAGE: nl of en, de taal van de teksten, legenda en toelichtingen op de kaart (standaard: de taal van QGIS), bijvoorbeeld een Nederlandse kaart uit een Engelse QGIS.
LABELS: buurtnamen of -codes op de kaart (none = geen labels).
NOTES: voor buurtprofiel, een CSV met notities (buurtcode;datum;rol;thema;tekst), getoond in een kader 'Wat we horen in de buurt'; leeg = de notities naast de laag, als die er zijn. Nooit in de scores.
OUTPUT: .pdf, .png of .svg.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="75"/>
        <source>Notes CSV for buurtprofielen (empty = the layer&apos;s own notes)</source>
        <translation>CSV met notities voor buurtprofielen (leeg = de notities van de laag zelf)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="97"/>
        <source>Buurt boundaries of other years (carry sources over by polygon overlap)</source>
        <translation>Buurtgrenzen van andere jaren (bronnen overzetten via overlap van de vlakken)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="237"/>
        <source>Laying the buurtgrenzen {} over the buurten...</source>
        <translation>Buurtgrenzen {} over de buurten leggen...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="330"/>
        <source>{} {}: {:.0f} % of the inhabitants, {:.0f} % via the buurtgrenzen {}</source>
        <translation>{} {}: {:.0f} % van de inwoners, {:.0f} % via buurtgrenzen {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="35"/>
        <source>A table of theme scores and indicator values of two or more buurten side by side, with the average of their gemeente and, given a national layer as reference, of the Netherlands. Columns &lt;code&gt;_toelichting say which indicators pull each theme score most.

INPUT: a layer made by &apos;Compute theme indices&apos;.
BUURTEN: buurt codes or names, comma-separated.
REFERENCE_LAYER (optional): a national layer (CBS buurten or a national result) for the national averages.
CHART (optional): bar and radar chart as PNG, SVG or PDF.
LANGUAGE: nl or en, the language of the labels and explanations (default: QGIS&apos; language).</source>
        <translation>Een tabel met themascores en indicatorwaarden van twee of meer buurten naast elkaar, met het gemiddelde van hun gemeente en, met een landelijke laag als referentie, van Nederland. De kolommen &lt;code&gt;_toelichting zeggen welke indicatoren elke themascore het meest bepalen.

INPUT: een laag van 'Thema-indices berekenen'.
BUURTEN: buurtcodes of -namen, gescheiden door komma's.
REFERENCE_LAYER (optioneel): een landelijke laag (CBS-buurten of een landelijk resultaat) voor de landelijke gemiddelden.
CHART (optioneel): staaf- en radargrafiek als PNG, SVG of PDF.
LANGUAGE: nl of en, de taal van de labels en toelichtingen (standaard: de taal van QGIS).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="164"/>
        <source>No buurt code occurs in both years ({} only in the first, {} only in the second): choose two years of the same buurten.</source>
        <translation>Geen enkele buurtcode komt in beide jaren voor ({} alleen in het eerste, {} alleen in het tweede): kies twee jaren van dezelfde buurten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="164"/>
        <source>When the two years have different buurt indelingen, give the first year&apos;s buurt polygons (as the first layer, or as BOUNDARIES) to carry it over.</source>
        <translation>Hebben de twee jaren een andere buurtindeling, geef dan de buurtvlakken van het eerste jaar (als eerste laag, of als BOUNDARIES) om het over te zetten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="238"/>
        <source>{} ({}): carried onto the buurten of {} through the buurtgrenzen {}: {} buurten by overlap, {} unchanged.</source>
        <translation>{} ({}): overgezet op de buurten van {} via buurtgrenzen {}: {} buurten via overlap, {} ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="31"/>
        <source>One self-contained HTML page of a layer made by &apos;Compute theme indices&apos;, for a bewonersraad: a map per theme in the colours and words of the QGIS maps, search by buurt name, and per buurt its scores in words, the explanation, the figures with units and years, and the notes. It works offline (from a USB stick): nothing is loaded from the internet.

THEMES: theme ids, comma-separated (&apos;total&apos; for the overall score; empty = all).
NOTES: a notes CSV (buurtcode;datum;rol;thema;tekst); empty = the notes kept beside the layer (its bk_notes table), if any. Notes are shown beside the scores, never counted in them.
LANGUAGE: nl or en, the language of the page.
OUTPUT: an .html file.</source>
        <translation>Eén zelfstandige HTML-pagina van een laag gemaakt met 'Thema-indices berekenen', voor een bewonersraad: een kaart per thema in de kleuren en woorden van de QGIS-kaarten, zoeken op buurtnaam, en per buurt de scores in woorden, de toelichting, de cijfers met eenheden en jaren, en de notities. Werkt offline (vanaf een USB-stick): er wordt niets van internet geladen.

THEMES: thema-id's, gescheiden door komma's ('total' voor de totaalscore; leeg = alle).
NOTES: een CSV met notities (buurtcode;datum;rol;thema;tekst); leeg = de notities naast de laag (de tabel bk_notes), als die er zijn. Notities staan naast de scores en tellen er nooit in mee.
LANGUAGE: nl of en, de taal van de pagina.
OUTPUT: een .html-bestand.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="45"/>
        <source>Title (empty = &apos;Buurtkaart&apos; and gemeente)</source>
        <translation>Titel (leeg = 'Buurtkaart' en gemeente)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="47"/>
        <source>Notes CSV (empty = the layer&apos;s own notes)</source>
        <translation>CSV met notities (leeg = de notities van de laag zelf)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="51"/>
        <source>HTML file</source>
        <translation>HTML-bestand</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="73"/>
        <source>{} notes.</source>
        <translation>{} notities.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="82"/>
        <source>Wrote {} ({} kB, {} buurten)</source>
        <translation>{} geschreven ({} kB, {} buurten)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="40"/>
        <source>Scenario name (on maps and layouts)</source>
        <translation>Naam van het scenario (op kaarten en layouts)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="112"/>
        <source>{}: the layer and its sources have no indicator &apos;{}&apos; (give its id, CBS column or the name the dock shows); change skipped.</source>
        <translation>{}: de laag en haar bronnen hebben geen indicator '{}' (geef de id, de CBS-kolom of de naam die het paneel toont); wijziging overgeslagen.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="118"/>
        <source>The scenario changes nothing, so no layer is made. {}</source>
        <translation>Het scenario verandert niets, dus er komt geen laag. {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="118"/>
        <source>Give at least one change.</source>
        <translation>Geef minstens één wijziging.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/output_guard.py" line="171"/>
        <source>{} ({}) names the input {} ({}): choose another file or table. BuurtKijker never overwrites your data and never writes into a file it reads.</source>
        <translation>{} ({}) wijst naar de invoer {} ({}): kies een ander bestand of een andere tabel. BuurtKijker overschrijft nooit uw gegevens en schrijft nooit in een bestand dat het leest.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/output_guard.py" line="179"/>
        <source>{} and {} name the same file or table ({}): give each output its own.</source>
        <translation>{} en {} wijzen naar hetzelfde bestand of dezelfde tabel ({}): geef elke uitvoer een eigen bestand.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="15"/>
        <source>The buurt layer: a CBS Wijk- en buurtkaart layer or table (GeoPackage, shapefile, GeoJSON, PostGIS). It is read, never changed.</source>
        <translation>De buurtlaag: een laag of tabel van de CBS Wijk- en buurtkaart (GeoPackage, shapefile, GeoJSON, PostGIS). Wordt gelezen, nooit gewijzigd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="17"/>
        <source>Gemeente codes (GM0772) or names (Eindhoven), comma-separated; empty = every gemeente in the layer.</source>
        <translation>Gemeentecodes (GM0772) of -namen (Eindhoven), gescheiden door komma's; leeg = elke gemeente in de laag.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="19"/>
        <source>The built-in themes to compute (none ticked = all); with a THEME_FILE, all themes of that file.</source>
        <translation>De ingebouwde thema's om te berekenen (niets aangevinkt = alle); met een THEME_FILE alle thema's van dat bestand.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="21"/>
        <source>A theme file (JSON), e.g. saved from the dock with your own weights; replaces the built-in themes.</source>
        <translation>Een themabestand (JSON), bijvoorbeeld vanuit het paneel opgeslagen met je eigen gewichten; vervangt de ingebouwde thema's.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="23"/>
        <source>zscore (default: distance from the average in standard deviations), minmax, rank, or imd (as the English Index of Multiple Deprivation). The change between two years has no imd.</source>
        <translation>zscore (standaard: afstand tot het gemiddelde in standaardafwijkingen), minmax, rank, of imd (zoals de Engelse Index of Multiple Deprivation). De verandering tussen twee jaren kent geen imd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="25"/>
        <source>selection: scores against the buurten of the chosen gemeenten; national: against every buurt in the layer (use a national layer).</source>
        <translation>selection: scores tegen de buurten van de gekozen gemeenten; national: tegen elke buurt in de laag (gebruik een landelijke laag).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="27"/>
        <source>Buurten with fewer inhabitants get no score (50 is CBS&apos; secrecy bound).</source>
        <translation>Buurten met minder inwoners krijgen geen score (50 is de geheimhoudingsgrens van het CBS).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="28"/>
        <source>Share of the reference buurten clipped at each tail before standardising (0 = off).</source>
        <translation>Aandeel van de referentiebuurten dat aan elke kant wordt afgekapt voor het standaardiseren (0 = uit).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="29"/>
        <source>Monte Carlo draws of the weights for the 5-95 % rank interval (0 = off; about 1000 gives a stable interval).</source>
        <translation>Monte-Carlotrekkingen van de gewichten voor het 5-95 %-ranginterval (0 = uit; ongeveer 1000 geeft een stabiel interval).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="31"/>
        <source>Extra tables joined by buurt code: CBS Kerncijfers of other years, the RIVM Gezondheidsmonitor, the Leefbaarometer, your own CSV or Excel. Each indicator is taken from the most recent year that has it.</source>
        <translation>Extra tabellen, gekoppeld op buurtcode: CBS Kerncijfers van andere jaren, de RIVM Gezondheidsmonitor, de Leefbaarometer, je eigen CSV of Excel. Elke indicator komt uit het meest recente jaar dat hem heeft.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="34"/>
        <source>Years of the sources when a file does not say: &apos;2020, 2017&apos; in the order of SOURCES, &apos;rivm=2020&apos; by name, or &apos;input=2024&apos; for the buurt layer.</source>
        <translation>Jaren van de bronnen als een bestand het niet zegt: '2020, 2017' in de volgorde van SOURCES, 'rivm=2020' op naam, of 'input=2024' voor de buurtlaag.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="36"/>
        <source>Buurt polygons of the years the SOURCES&apos; codes belong to (another indeling): a source&apos;s values are carried over to the layer&apos;s buurten by area where the codes differ.</source>
        <translation>Buurtpolygonen van de jaren waar de codes van SOURCES bij horen (een andere indeling): waar de codes verschillen gaan de waarden van een bron naar oppervlakte over op de buurten van de laag.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="38"/>
        <source>The year of the buurt layer when it has no jaar column and no year in its name.</source>
        <translation>Het jaar van de buurtlaag als die geen kolom jaar en geen jaartal in de naam heeft.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="39"/>
        <source>nl or en: the language of what the algorithm writes (explanations, legends, tables, maps); default: QGIS&apos; language.</source>
        <translation>nl of en: de taal van wat het algoritme schrijft (toelichtingen, legenda's, tabellen, kaarten); standaard de taal van QGIS.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="41"/>
        <source>Where the result goes: a GeoPackage (keeps its maps), a PostGIS table, another file or a temporary layer. Never one of the inputs.</source>
        <translation>Waar het resultaat heen gaat: een GeoPackage (bewaart de kaarten), een PostGIS-tabel, een ander bestand of een tijdelijke laag. Nooit een van de invoerbestanden.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="43"/>
        <source>The earlier year of the same buurten (a layer or a CBS table), matched by buurt code.</source>
        <translation>Het eerdere jaar van dezelfde buurten (een laag of een CBS-tabel), gekoppeld op buurtcode.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="44"/>
        <source>The later year: the buurt layer of the map.</source>
        <translation>Het latere jaar: de buurtlaag van de kaart.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="45"/>
        <source>before: both years against the first year&apos;s buurten; pooled: against both years; each: each year against its own buurten (change of position, without the general trend).</source>
        <translation>before: beide jaren tegen de buurten van het eerste jaar; pooled: tegen beide jaren samen; each: elk jaar tegen zijn eigen buurten (verandering van positie, zonder de algemene trend).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="47"/>
        <source>Also write the second year&apos;s scores, so profiles and layouts show the level beside the change.</source>
        <translation>Schrijf ook de scores van het tweede jaar, zodat profielen en layouts het niveau naast de verandering tonen.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="49"/>
        <source>A CSV with the columns code, indicator, value and/or delta. The indicator may be given by its id, its CBS column or the Dutch or English name the dock shows; value is a number or &apos;gemiddelde&apos; (the reference average); delta is added to today&apos;s value.</source>
        <translation>Een CSV met de kolommen code, indicator, value en/of delta. De indicator mag met zijn id, zijn CBS-kolom of de Nederlandse of Engelse naam uit het paneel; value is een getal of 'gemiddelde' (het referentiegemiddelde); delta komt bij de waarde van nu.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="52"/>
        <source>The scenario&apos;s name, in the layer and on its printed map.</source>
        <translation>De naam van het scenario, in de laag en op de afgedrukte kaart.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="53"/>
        <source>A CSV of the buurten with high vulnerability and rising (or high) nuisance.</source>
        <translation>Een CSV van de buurten met hoge kwetsbaarheid en stijgende (of hoge) overlast.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="54"/>
        <source>Buurt codes or names, comma-separated.</source>
        <translation>Buurtcodes of -namen, gescheiden door komma's.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="55"/>
        <source>A national layer (CBS buurten, or a national result of &apos;Compute theme indices&apos;) for the national averages.</source>
        <translation>Een landelijke laag (CBS-buurten, of een landelijk resultaat van 'Thema-indices berekenen') voor de landelijke gemiddelden.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="57"/>
        <source>A bar and radar chart of the comparison: PNG, SVG or PDF.</source>
        <translation>Een staaf- en radargrafiek van de vergelijking: PNG, SVG of PDF.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="58"/>
        <source>Theme ids, comma-separated, or &apos;total&apos; for the overall score; empty = all. For a change or scenario layer the theme whose change or difference is printed.</source>
        <translation>Thema-id's, gescheiden door komma's, of 'total' voor de totaalscore; leeg = alle. Bij een veranderings- of scenariolaag het thema waarvan de verandering of het verschil wordt afgedrukt.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="60"/>
        <source>The page: A4 or A3, landscape or portrait, or buurtprofiel (one page per buurt, PDF).</source>
        <translation>De pagina: A4 of A3, liggend of staand, of buurtprofiel (één pagina per buurt, PDF).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="61"/>
        <source>Your own layout template (.qpt) with the same item ids, used instead of TEMPLATE.</source>
        <translation>Je eigen layoutsjabloon (.qpt) met dezelfde item-id's, gebruikt in plaats van TEMPLATE.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="62"/>
        <source>The map&apos;s title; empty = the theme and the gemeente.</source>
        <translation>De titel van de kaart; leeg = het thema en de gemeente.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="63"/>
        <source>Buurt names, codes or none on the map.</source>
        <translation>Buurtnamen, -codes of niets op de kaart.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="64"/>
        <source>A notes CSV (buurtcode;datum;rol;thema;tekst) shown on the buurtprofielen; empty = the layer&apos;s own notes.</source>
        <translation>Een notitie-CSV (buurtcode;datum;rol;thema;tekst) op de buurtprofielen; leeg = de eigen notities van de laag.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="70"/>
        <source>{} is now called {} (REFERENCE means selection or national in the other algorithms); the old name still works for now.</source>
        <translation>{} heet nu {} (REFERENCE betekent in de andere algoritmen selection of national); de oude naam werkt voorlopig nog.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="53"/>
        <source>BOUNDARIES: buurt polygons of other years (e.g. the 2019 buurtkaart). A source whose buurt codes belong to one of those indelingen is carried onto the input&apos;s buurten by polygon overlap: counts split by area, rates and means as overlap-weighted means, an unchanged buurt keeps its own value; bk_years says which values were carried over and what share of the area they cover.</source>
        <translation>BOUNDARIES: buurtvlakken van andere jaren (bijv. de buurtkaart 2019). Een bron waarvan de buurtcodes bij een van die indelingen horen, wordt via de overlap van de vlakken op de buurten van de invoer overgezet: aantallen verdeeld naar oppervlakte, percentages en gemiddelden als naar overlap gewogen gemiddelde, een ongewijzigde buurt houdt zijn eigen waarde; bk_years zegt welke waarden zijn overgezet en welk deel van de oppervlakte ze dekken.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="189"/>
        <source>{} codes were in the layer twice as identical rows; each is used once: {}</source>
        <translation>{} codes stonden twee keer als identieke rijen in de laag; elk wordt één keer gebruikt: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="242"/>
        <source>No buurt got a score: every indicator of the chosen themes is empty or missing in this layer ({}). Check the layer and the year of its figures.</source>
        <translation>Geen enkele buurt kreeg een score: elke indicator van de gekozen thema's is leeg of ontbreekt in deze laag ({}). Controleer de laag en het jaar van de cijfers.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="295"/>
        <source>Coverage per gemeente (share of the inhabitants whose buurt has the figure):</source>
        <translation>Dekking per gemeente (deel van de inwoners van wie de buurt het cijfer heeft):</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="534"/>
        <source>The result could not be shown: {}</source>
        <translation>Het resultaat kon niet worden getoond: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/profile_footnotes.py" line="41"/>
        <source>{mark} Average {coverage}; the other buurten have no figure.</source>
        <translation>{mark} Gemiddelde {coverage}; de andere buurten hebben geen cijfer.</translation>
    </message>
</context>
<context>
    <name>BuurtKijker</name>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="284"/>
        <source>File not found: {path}</source>
        <translation>Bestand niet gevonden: {path}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="47"/>
        <source>{name} cannot be read as vector data (GeoPackage, shapefile, GeoJSON, GML or CSV). {reason}</source>
        <translation>{name} is niet te lezen als vectordata (GeoPackage, shapefile, GeoJSON, GML of CSV). {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="217"/>
        <source>{source}: not a CBS buurt layer: no buurt code column (BU_CODE or buurtcode) found among {columns}.</source>
        <translation>{source}: geen CBS-buurtlaag: geen kolom met buurtcodes (BU_CODE of buurtcode) gevonden tussen {columns}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="159"/>
        <source>{source}: the layer holds no features.</source>
        <translation>{source}: de laag bevat geen objecten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="105"/>
        <source>{source}: theme {position} is not an object.</source>
        <translation>{source}: thema {position} is geen object.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="109"/>
        <source>{source}: theme {position} needs an &apos;id&apos; of lower-case letters, digits and _ (got {value!r}).</source>
        <translation>{source}: thema {position} heeft een 'id' nodig van kleine letters, cijfers en _ (gekregen: {value!r}).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="115"/>
        <source>{source}: theme &apos;{theme}&apos;: &apos;name&apos; must be text or {{&quot;nl&quot;: ..., &quot;en&quot;: ...}}.</source>
        <translation>{source}: thema '{theme}': 'name' moet tekst zijn of {{&quot;nl&quot;: ..., &quot;en&quot;: ...}}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="119"/>
        <source>{source}: theme &apos;{theme}&apos; has no list of &apos;indicators&apos;.</source>
        <translation>{source}: thema '{theme}' heeft geen lijst 'indicators'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="128"/>
        <source>{source}: theme &apos;{theme}&apos; lists {indicator} twice.</source>
        <translation>{source}: thema '{theme}' noemt {indicator} twee keer.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="147"/>
        <source>{source}: theme &apos;{theme}&apos;, entry {entry}: needs an &apos;indicator&apos; name.</source>
        <translation>{source}: thema '{theme}', regel {entry}: de naam bij 'indicator' ontbreekt.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="153"/>
        <source>{source}: theme &apos;{theme}&apos;, entry {entry}: unknown indicator &apos;{indicator}&apos;.</source>
        <translation>{source}: thema '{theme}', regel {entry}: onbekende indicator '{indicator}'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="158"/>
        <source>{source}: theme &apos;{theme}&apos;, entry {entry} ({indicator}): direction must be &apos;higher_is_better&apos; or &apos;higher_is_worse&apos;, not {value!r}.</source>
        <translation>{source}: thema '{theme}', regel {entry} ({indicator}): direction moet 'higher_is_better' of 'higher_is_worse' zijn, niet {value!r}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="171"/>
        <source>{source}: theme &apos;{theme}&apos;, entry {entry}: weight must be a number greater than 0, not {value!r}.</source>
        <translation>{source}: thema '{theme}', regel {entry}: het gewicht moet een getal groter dan 0 zijn, niet {value!r}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="216"/>
        <source>{source}: not a BuurtKijker theme file: expected {{&quot;themes&quot;: [...]}}.</source>
        <translation>{source}: geen BuurtKijker-themabestand: verwacht {{&quot;themes&quot;: [...]}}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="222"/>
        <source>{source}: theme id &apos;{theme}&apos; is used twice.</source>
        <translation>{source}: thema-id '{theme}' komt twee keer voor.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="235"/>
        <source>Theme file {source} cannot be read: {reason}</source>
        <translation>Themabestand {source} is niet te lezen: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="241"/>
        <source>Theme file {source} is not valid JSON: {reason}</source>
        <translation>Themabestand {source} is geen geldige JSON: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="265"/>
        <source>Unknown theme: {unknown}. Available: {available}.</source>
        <translation>Onbekend thema: {unknown}. Beschikbaar: {available}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/gemeenten.py" line="68"/>
        <source>Unknown gemeente: {unknown}. Did you mean: {hints}?</source>
        <translation>Onbekende gemeente: {unknown}. Bedoelt u: {hints}?</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/gemeenten.py" line="71"/>
        <source>Unknown gemeente: {unknown}. The data holds {n} gemeenten.</source>
        <translation>Onbekende gemeente: {unknown}. De gegevens bevatten {n} gemeenten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="55"/>
        <source>{name}: the coordinate reference system is unknown (no .prj or CRS). Add it, e.g. EPSG:28992 (RD New) for CBS data.</source>
        <translation>{name}: het coördinatenstelsel is onbekend (geen .prj of CRS). Voeg het toe, bijvoorbeeld EPSG:28992 (RD New) voor CBS-data.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="68"/>
        <source>{name} has no layer &apos;{layer}&apos;; it has: {layers}.</source>
        <translation>{name} heeft geen laag '{layer}'; wel: {layers}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="173"/>
        <source>{name} cannot be read as a CSV table: {reason}</source>
        <translation>{name} is niet te lezen als CSV-tabel: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="50"/>
        <source>Unknown method &apos;{value}&apos;; choose one of {choices}.</source>
        <translation>Onbekende methode '{value}'; kies uit {choices}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/change.py" line="99"/>
        <source>Unknown reference &apos;{value}&apos;; choose one of {choices}.</source>
        <translation>Onbekende referentie '{value}'; kies uit {choices}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="58"/>
        <source>Winsorising must be a share between 0 and 0.5.</source>
        <translation>Winsoriseren moet een aandeel tussen 0 en 0,5 zijn.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="142"/>
        <source>Theme &apos;{theme}&apos;, entry {entry}: unknown indicator &apos;{indicator}&apos; (not a BuurtKijker indicator and not a column of the layer).</source>
        <translation>Thema '{theme}', regel {entry}: onbekende indicator '{indicator}' (geen BuurtKijker-indicator en geen kolom van de laag).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="376"/>
        <source>The selection holds no buurten.</source>
        <translation>De selectie bevat geen buurten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/common_scale.py" line="94"/>
        <source>No buurt in the selection can be scored: all are water or have fewer than {n} inhabitants.</source>
        <translation>Geen enkele buurt in de selectie krijgt een score: alle zijn water of hebben minder dan {n} inwoners.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="153"/>
        <source>{source}: no known CBS indicator found (columns: {columns}).</source>
        <translation>{source}: geen bekende CBS-indicator gevonden (kolommen: {columns}).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="207"/>
        <source>{source}: column {column} does not hold CBS codes such as {example}.</source>
        <translation>{source}: kolom {column} bevat geen CBS-codes zoals {example}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="214"/>
        <source>{source}: this is a gemeente layer, not a buurt layer (no buurt or wijk code column).</source>
        <translation>{source}: dit is een gemeentelaag, geen buurtlaag (geen kolom met buurt- of wijkcodes).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="61"/>
        <source>Layout template {path} cannot be used: it is not a QGIS layout template (.qpt) with a map item whose id is &apos;map&apos;. Built-in templates: {names}.</source>
        <translation>Lay-outsjabloon {path} is niet bruikbaar: het is geen QGIS-lay-outsjabloon (.qpt) met een kaartitem met id 'map'. Ingebouwde sjablonen: {names}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="306"/>
        <source>The layer has no map of &apos;{theme}&apos;.</source>
        <translation>De laag heeft geen kaart van '{theme}'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="371"/>
        <source>Export as PDF, PNG or SVG, not &apos;{suffix}&apos;.</source>
        <translation>Exporteer als PDF, PNG of SVG, niet als '{suffix}'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/readback.py" line="19"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Kan {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="498"/>
        <source>No buurt in the layer has a score.</source>
        <translation>Geen enkele buurt in de laag heeft een score.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="705"/>
        <source>Buurtprofielen are exported as one PDF.</source>
        <translation>Buurtprofielen worden als een PDF geexporteerd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layers.py" line="261"/>
        <source>{source}: not a BuurtKijker result layer (no code and bk_ fields). Run &apos;Compute theme indices&apos; first.</source>
        <translation>{source}: geen resultaatlaag van BuurtKijker (geen velden code en bk_). Voer eerst 'Thema-indices berekenen' uit.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/compare.py" line="295"/>
        <source>Choose at least one buurt to compare.</source>
        <translation>Kies ten minste een buurt om te vergelijken.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/compare.py" line="302"/>
        <source>Buurt &apos;{buurt}&apos; is not in the layer.{hint}</source>
        <translation>Buurt '{buurt}' staat niet in de laag.{hint}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/compare.py" line="347"/>
        <source>The layer has no theme scores: run &apos;Compute theme indices&apos; on it first.</source>
        <translation>De laag heeft geen themascores: voer er eerst 'Thema-indices berekenen' op uit.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="135"/>
        <source>{source}: theme &apos;{theme}&apos;: &apos;domains&apos; must map each domain to {{&quot;weight&quot;: ..., &quot;name&quot;: ...}}.</source>
        <translation>{source}: thema '{theme}': 'domains' moet elk domein koppelen aan {{&quot;weight&quot;: ..., &quot;name&quot;: ...}}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/errors.py" line="31"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Geannuleerd; er is niets weggeschreven.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="350"/>
        <source>A national reference needs a layer with the buurten of the whole country; this one holds {n} gemeenten. Use the CBS national buurten table or map (e.g. Kerncijfers wijken en buurten for all of the Netherlands), or choose the reference &apos;selection&apos;.</source>
        <translation>Een landelijke referentie vraagt een laag met de buurten van heel Nederland; deze bevat {n} gemeenten. Gebruik de landelijke CBS-buurtentabel of -kaart (bijv. Kerncijfers wijken en buurten voor heel Nederland), of kies de referentie 'selectie'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/common_scale.py" line="99"/>
        <source>The reference holds only {n} buurten that can be scored; at least {minimum} are needed for an average and a spread. Choose more gemeenten or the national reference.</source>
        <translation>De referentie bevat maar {n} buurten die een score kunnen krijgen; er zijn er minstens {minimum} nodig voor een gemiddelde en een spreiding. Kies meer gemeenten of de landelijke referentie.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/uncertainty.py" line="44"/>
        <source>{draws} uncertainty draws for {n} buurten do not fit in memory; at most {allowed} can be used here.</source>
        <translation>{draws} onzekerheidstrekkingen voor {n} buurten passen niet in het geheugen; hier kunnen er hoogstens {allowed} worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/dependencies.py" line="15"/>
        <source>computing, comparing and mapping buurt scores</source>
        <translation>buurtscores berekenen, vergelijken en in kaart brengen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/dependencies.py" line="16"/>
        <source>charts (compare window, buurtprofielen, the CHART output)</source>
        <translation>grafieken (vergelijkingsvenster, buurtprofielen, de CHART-uitvoer)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/dependencies.py" line="69"/>
        <source>in the OSGeo4W Shell (Start menu, QGIS folder) run</source>
        <translation>voer in de OSGeo4W Shell (Startmenu, map QGIS) uit:</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/dependencies.py" line="70"/>
        <source>in Terminal run</source>
        <translation>voer in Terminal uit:</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/dependencies.py" line="71"/>
        <source>in a terminal run (Debian, Ubuntu; with dnf or pip elsewhere)</source>
        <translation>voer in een terminal uit (Debian, Ubuntu; elders met dnf of pip):</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/charts.py" line="94"/>
        <source>Charts need the Python package matplotlib, which this QGIS does not have. Install it ({command}) and restart QGIS.</source>
        <translation>Grafieken hebben het Python-pakket matplotlib nodig, dat deze QGIS niet heeft. Installeer het ({command}) en start QGIS opnieuw.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/sources.py" line="43"/>
        <source>Extra source &apos;{source}&apos; cannot be opened as a table or layer.</source>
        <translation>Extra bron '{source}' is niet te openen als tabel of laag.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="78"/>
        <source>{name}: the text encoding is neither UTF-8 nor Windows-1252 (cp1252). Save the file as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>{name}: de tekstcodering is geen UTF-8 en geen Windows-1252 (cp1252). Sla het bestand op als 'CSV UTF-8' en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="104"/>
        <source>{name}: cannot tell the column separator: no comma, semicolon, tab or | splits the header and every row into the same number of columns (header: {counts}). Save it again from the spreadsheet as CSV.</source>
        <translation>{name}: het scheidingsteken is niet te bepalen: geen komma, puntkomma, tab of | deelt de kopregel en elke rij in hetzelfde aantal kolommen (kopregel: {counts}). Sla het opnieuw op als CSV vanuit het rekenblad.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="108"/>
        <source>{name}: cannot tell the column separator: both {first} and {second} split every row alike. Save it again as CSV with one separator.</source>
        <translation>{name}: het scheidingsteken is niet te bepalen: zowel {first} als {second} delen elke rij gelijk. Sla het opnieuw op als CSV met één scheidingsteken.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="135"/>
        <source>{name}: cannot tell the decimal separator: some numbers have a decimal comma ({comma}), others a decimal point ({point}). Save the file again with one decimal separator.</source>
        <translation>{name}: het decimaalteken is niet te bepalen: sommige getallen hebben een decimale komma ({comma}), andere een decimale punt ({point}). Sla het bestand opnieuw op met één decimaalteken.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="221"/>
        <source>{name}: the file is empty.</source>
        <translation>{name}: het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="200"/>
        <source>{name}: old Excel files (.xls) cannot be read; save it as .xlsx or as CSV.</source>
        <translation>{name}: oude Excel-bestanden (.xls) zijn niet te lezen; sla het op als .xlsx of als CSV.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="240"/>
        <source>{name} cannot be read as an Excel workbook: {reason}</source>
        <translation>{name} is niet te lezen als Excel-werkmap: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="235"/>
        <source>{name}: reading Excel files needs the Python package openpyxl, which this QGIS lacks. Save the sheet as CSV (any separator or decimal sign) or install openpyxl.</source>
        <translation>{name}: voor Excel-bestanden is het Python-pakket openpyxl nodig, dat deze QGIS niet heeft. Sla het blad op als CSV (elk scheidingsteken of decimaalteken is goed) of installeer openpyxl.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="350"/>
        <source>{source}: column {column} holds numbers such as {example}, not buurt codes such as BU{example}. Use a column with the BU codes (CBS: gwb_code_10) or put BU in front of the eight digits.</source>
        <translation>{source}: kolom {column} bevat getallen zoals {example}, geen buurtcodes zoals BU{example}. Gebruik een kolom met de BU-codes (CBS: gwb_code_10) of zet BU voor de acht cijfers.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="354"/>
        <source>{source}: no buurt code column found (a column with codes such as BU07721110); columns: {columns}.</source>
        <translation>{source}: geen kolom met buurtcodes gevonden (een kolom met codes zoals BU07721110); kolommen: {columns}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="385"/>
        <source>{source}: the name holds several years ({years}) and the table has no year column; give its year in YEARS, e.g. {example}.</source>
        <translation>{source}: de naam bevat meerdere jaren ({years}) en de tabel heeft geen jaarkolom; geef het jaar op in YEARS, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="423"/>
        <source>{source}: the year of the figures cannot be found (no year column such as &apos;jaar&apos; or &apos;Perioden&apos;, no year in the name); give it in YEARS, e.g. {example}.</source>
        <translation>{source}: het jaar van de cijfers is niet te vinden (geen jaarkolom zoals 'jaar' of 'Perioden', geen jaar in de naam); geef het op in YEARS, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="472"/>
        <source>{source}: no indicator BuurtKijker knows and no column a theme names (columns: {columns}).</source>
        <translation>{source}: geen indicator die BuurtKijker kent en geen kolom die een thema noemt (kolommen: {columns}).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="482"/>
        <source>{source}: buurt code {code} occurs more than once for {year} ({count} codes twice or more); each buurt needs one row per year.</source>
        <translation>{source}: buurtcode {code} komt meer dan eens voor in {year} ({count} codes twee keer of vaker); elke buurt hoort één rij per jaar te hebben.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="509"/>
        <source>YEARS: &apos;{item}&apos; is not a year or name=year (e.g. 2019, or rivm=2020).</source>
        <translation>YEARS: '{item}' is geen jaar en geen naam=jaar (bijvoorbeeld 2019 of rivm=2020).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="522"/>
        <source>YEARS: &apos;{key}&apos; must name exactly one source; it matches {count} of: {names}.</source>
        <translation>YEARS: '{key}' moet precies één bron aanwijzen; het past op {count} van: {names}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="527"/>
        <source>YEARS gives {count} years without a name but there are {sources} sources; write name=year (or input=year for the buurt layer).</source>
        <translation>YEARS geeft {count} jaren zonder naam, maar er zijn {sources} bronnen; schrijf naam=jaar (of input=jaar voor de buurtlaag).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="601"/>
        <source>{first} and {second} both give &apos;{indicator}&apos; for {year}, with different values for {count} buurten. Use one of them, or give one of them another year in YEARS.</source>
        <translation>{first} en {second} geven allebei '{indicator}' voor {year}, met verschillende waarden voor {count} buurten. Gebruik er één, of geef een van beide een ander jaar in YEARS.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="617"/>
        <source>{source}: the year of the buurt layer cannot be found (no &apos;jaar&apos; column, no year in the name); give it in YEARS, e.g. input=2024.</source>
        <translation>{source}: het jaar van de buurtlaag is niet te vinden (geen kolom 'jaar', geen jaar in de naam); geef het op in YEARS, bijvoorbeeld input=2024.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/notes.py" line="150"/>
        <source>Could not read {path}: {reason}</source>
        <translation>Kon {path} niet lezen: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layers.py" line="266"/>
        <source>{source}: the field names of this result are cut short (a shapefile keeps 10 characters: {example}), so its columns cannot be told apart. Compute the indices again with a GeoPackage as output.</source>
        <translation>{source}: de veldnamen van dit resultaat zijn ingekort (een shapefile bewaart 10 tekens: {example}), zodat de kolommen niet uit elkaar te houden zijn. Bereken de indices opnieuw met een GeoPackage als uitvoer.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/files.py" line="148"/>
        <source>{path} is open in QGIS or another program (it has a {wal} file): remove its layers from the project or choose another file name.</source>
        <translation>{path} is geopend in QGIS of een ander programma (er is een {wal}-bestand): verwijder de lagen ervan uit het project of kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="163"/>
        <source>{source}: the layer has no geometries, so there is no map to draw. Use the result of &apos;Compute theme indices&apos; saved with its buurt polygons (e.g. as GeoPackage).</source>
        <translation>{source}: de laag heeft geen geometrieën, dus er valt geen kaart te tekenen. Gebruik het resultaat van 'Thema-indices berekenen' opgeslagen met de buurtvlakken (bijv. als GeoPackage).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="211"/>
        <source>{source}: no buurt has a score, so every map would be blank.</source>
        <translation>{source}: geen enkele buurt heeft een score, dus elke kaart zou leeg zijn.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="222"/>
        <source>{source}: no buurt has a score for &apos;{theme}&apos; ({field} is missing or empty), so its map would be blank. Compute that theme first or choose another.</source>
        <translation>{source}: geen enkele buurt heeft een score voor '{theme}' ({field} ontbreekt of is leeg), dus de kaart zou leeg zijn. Bereken dat thema eerst of kies een ander.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="175"/>
        <source>{source}: theme &apos;{theme}&apos;, entry {entry}: weight {value!r} is out of range; use a number from {low} to {high} (only the ratios between weights count).</source>
        <translation>{source}: thema '{theme}', regel {entry}: gewicht {value!r} valt buiten het bereik; gebruik een getal van {low} tot {high} (alleen de verhoudingen tussen gewichten tellen).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="193"/>
        <source>{source}: theme id &apos;{theme}&apos; is reserved for BuurtKijker&apos;s own result columns; choose another id.</source>
        <translation>{source}: thema-id '{theme}' is gereserveerd voor de eigen resultaatkolommen van BuurtKijker; kies een ander id.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="199"/>
        <source>{source}: theme ids &apos;{theme}&apos; and &apos;{other}&apos; would both write the result column {column}; rename one of them.</source>
        <translation>{source}: thema-id's '{theme}' en '{other}' zouden allebei de resultaatkolom {column} schrijven; geef een van beide een andere naam.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="207"/>
        <source>{source}: theme &apos;{theme}&apos;: indicator &apos;{indicator}&apos; is a BuurtKijker result column (bk_...); score the CBS figures, not an earlier result.</source>
        <translation>{source}: thema '{theme}': indicator '{indicator}' is een resultaatkolom van BuurtKijker (bk_...); scoor de CBS-cijfers, niet een eerder resultaat.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="261"/>
        <source>Theme {theme} is listed twice; list each theme once.</source>
        <translation>Thema {theme} staat er twee keer in; noem elk thema één keer.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/compare.py" line="259"/>
        <source>The layer holds {count} buurt codes more than once ({codes}): one row per buurt is needed to compare or make profiles. Remove the duplicates (e.g. a result appended twice).</source>
        <translation>De laag bevat {count} buurtcodes meer dan eens ({codes}): om te vergelijken of profielen te maken is één rij per buurt nodig. Verwijder de dubbele rijen (bijv. een resultaat dat twee keer is toegevoegd).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/scenario.py" line="70"/>
        <source>Scenario: &apos;{value}&apos; is not a number.</source>
        <translation>Scenario: '{value}' is geen getal.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/scenario.py" line="107"/>
        <source>A scenario file needs the columns code, indicator and value or delta (one change per row), e.g. &apos;code;indicator;delta&apos; and &apos;BU07721110;arbeidsparticipatie;5&apos;.</source>
        <translation>Een scenariobestand heeft de kolommen code, indicator en waarde of verandering nodig (één wijziging per regel), bijv. 'code;indicator;verandering' en 'BU07721110;arbeidsparticipatie;5'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/change.py" line="95"/>
        <source>Change over time is computed under zscore, minmax or rank, not &apos;{value}&apos;.</source>
        <translation>Verandering in de tijd wordt berekend met zscore, minmax of rank, niet met '{value}'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/bivariate.py" line="89"/>
        <source>Too few buurten with a score for terciles ({n}); at least 3 are needed.</source>
        <translation>Te weinig buurten met een score voor tertielen ({n}); er zijn er minstens 3 nodig.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/bivariate.py" line="119"/>
        <source>Vulnerability needs at least half of: low income, difficulty making ends meet, benefits, anxiety/depression risk, loneliness, health limitations. Join the RIVM Gezondheidsmonitor per buurt (SOURCES) or use a year with income figures.</source>
        <translation>Kwetsbaarheid heeft minstens de helft nodig van: laag inkomen, moeite met rondkomen, uitkeringen, risico op angst/depressie, eenzaamheid, beperkingen door gezondheid. Koppel de RIVM Gezondheidsmonitor per buurt (SOURCES) of gebruik een jaar met inkomenscijfers.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/bivariate.py" line="124"/>
        <source>Nuisance needs crimes per 1000 inhabitants or the Leefbaarometer&apos;s onv dimension.</source>
        <translation>Overlast heeft misdrijven per 1000 inwoners of de dimensie onv van de Leefbaarometer nodig.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layers.py" line="125"/>
        <source>Feature {fid} of {source} has an invalid geometry. Repair it (Vector &gt; Geometry Tools &gt; Fix Geometries) or set Processing&apos;s invalid features filtering to skip them.</source>
        <translation>Object {fid} van {source} heeft een ongeldige geometrie. Herstel die (Vector &gt; Geometrie-gereedschap &gt; Geometrieën repareren) of stel in Processing in dat ongeldige objecten worden overgeslagen.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/bivariate.py" line="193"/>
        <source>The attention list {path} cannot be read: {reason}</source>
        <translation>De aandachtslijst {path} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/bivariate.py" line="204"/>
        <source>The attention list {path} has no column &apos;code&apos; (the LIST of &apos;Vulnerability x nuisance&apos; has one).</source>
        <translation>De aandachtslijst {path} heeft geen kolom 'code' (de LIST van 'Kwetsbaarheid x overlast' heeft die wel).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/boundaries.py" line="79"/>
        <source>Buurtgrenzen &apos;{layer}&apos;: not a buurt polygon layer with buurt codes (a column such as BU_CODE or statcode).</source>
        <translation>Buurtgrenzen '{layer}': geen laag met buurtvlakken en buurtcodes (een kolom zoals BU_CODE of statcode).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/boundaries.py" line="108"/>
        <source>Buurtgrenzen &apos;{layer}&apos;: no buurt polygons with a buurt code.</source>
        <translation>Buurtgrenzen '{layer}': geen buurtvlakken met een buurtcode.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/notes_store.py" line="26"/>
        <source>{source}: notes are kept beside a result saved as GeoPackage or in PostGIS. Save this result as a GeoPackage first (Export &gt; Save Features As...).</source>
        <translation>{source}: notities worden bewaard naast een resultaat in een GeoPackage of in PostGIS. Sla dit resultaat eerst op als GeoPackage (Exporteren &gt; Objecten opslaan als...).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/notes_store.py" line="267"/>
        <source>Could not read or write the notes in {where}: {reason}</source>
        <translation>Kon de notities in {where} niet lezen of schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/files.py" line="152"/>
        <source>{path} is open in another program that is writing to it: wait until it is done, close it there, or choose another file name.</source>
        <translation>{path} is geopend in een ander programma dat erin schrijft: wacht tot het klaar is, sluit het daar, of kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="240"/>
        <source>{source}: not a change, scenario or vulnerability layer.</source>
        <translation>{source}: geen laag van verandering, scenario of kwetsbaarheid.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="175"/>
        <source>{source}: no map to print in this layer.</source>
        <translation>{source}: deze laag heeft geen kaart om af te drukken.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="183"/>
        <source>{source} has no map of &apos;{theme}&apos;; it has: {choices}.</source>
        <translation>{source} heeft geen kaart van '{theme}'; wel van: {choices}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/pdf_outline.py" line="27"/>
        <source>Could not add bookmarks to {path}: {reason}</source>
        <translation>Kon geen bladwijzers toevoegen aan {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/notes.py" line="70"/>
        <source>A note needs a buurt code.</source>
        <translation>Een notitie heeft een buurtcode nodig.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/notes.py" line="73"/>
        <source>Note for {code}: &apos;{date}&apos; is not a date (write 2025-03-14 or 14-3-2025).</source>
        <translation>Notitie voor {code}: '{date}' is geen datum (schrijf 2025-03-14 of 14-3-2025).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/notes.py" line="80"/>
        <source>Note for {code}: role &apos;{role}&apos; is not one of {roles}.</source>
        <translation>Notitie voor {code}: rol '{role}' is niet een van {roles}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/notes.py" line="85"/>
        <source>Note for {code}: the text is empty.</source>
        <translation>Notitie voor {code}: de tekst is leeg.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/notes.py" line="166"/>
        <source>{path}: the notes file lacks the column(s) {columns}. Expected: {header}.</source>
        <translation>{path}: in het notitiebestand ontbreekt de kolom(men) {columns}. Verwacht: {header}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/notes.py" line="182"/>
        <source>{path}, line {line}: {reason}</source>
        <translation>{path}, regel {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="328"/>
        <source>{source} is a wijk-level table (codes such as {example} in {column}); BuurtKijker joins buurt figures by buurt code (such as BU07721110).</source>
        <translation>{source} is een tabel per wijk (codes zoals {example} in {column}); BuurtKijker koppelt cijfers per buurt op buurtcode (zoals BU07721110).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="328"/>
        <source>{source} is a gemeente-level table (codes such as {example} in {column}); BuurtKijker joins buurt figures by buurt code (such as BU07721110).</source>
        <translation>{source} is een tabel per gemeente (codes zoals {example} in {column}); BuurtKijker koppelt cijfers per buurt op buurtcode (zoals BU07721110).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="640"/>
        <source>{source}: its figures are dated {year}, a year still to come. Check the year (its column, its file name, or YEARS).</source>
        <translation>{source}: de cijfers zijn gedateerd {year}, een jaar dat nog moet komen. Controleer het jaar (de kolom, de bestandsnaam of YEARS).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/change.py" line="165"/>
        <source>Change over time: no theme can be computed from indicators both years have. Missing in one or both years: {missing}. Add a table of the missing year (SOURCES, or a CBS table of the same year with those columns).</source>
        <translation>Verandering in de tijd: geen enkel thema is te berekenen uit indicatoren die beide jaren hebben. Ontbreekt in een of beide jaren: {missing}. Voeg een tabel van het ontbrekende jaar toe (SOURCES, of een CBS-tabel van hetzelfde jaar met die kolommen).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="173"/>
        <source>{source}: no buurt code column (BU_CODE or buurtcode), though it has buurt names: its {rows} rows share {codes} wijk codes. Use the CBS buurt layer with its buurt codes.</source>
        <translation>{source}: geen buurtcodekolom (BU_CODE of buurtcode), wel buurtnamen: de {rows} rijen delen {codes} wijkcodes. Gebruik de CBS-buurtlaag met buurtcodes.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="178"/>
        <source>{source}: {count} codes occur more than once with different figures ({codes}): one row per {level} is needed. Remove the duplicates (e.g. two years or a wrong join).</source>
        <translation>{source}: {count} codes komen meer dan eens voor met verschillende cijfers ({codes}): er is één rij per {level} nodig. Verwijder de dubbele rijen (bijvoorbeeld twee jaren of een verkeerde koppeling).</translation>
    </message>
</context>
</TS>
