<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="550"/>
        <source>BuurtKijker</source>
        <translation>BuurtKijker</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/plugin.py" line="32"/>
        <source>Compare buurten on liveability, resilience and more</source>
        <translation>Vergelijk buurten op leefbaarheid, veerkracht en meer</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="34"/>
        <source>{} must be one of: {}</source>
        <translation>{} moet een van deze zijn: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="46"/>
        <source>Compute theme indices</source>
        <translation>Thema-indices berekenen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="49"/>
        <source>Indices</source>
        <translation>Indices</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="67"/>
        <source>Buurt layer (CBS Wijk- en buurtkaart)</source>
        <translation>Buurtlaag (CBS Wijk- en buurtkaart)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="69"/>
        <source>Gemeente(n): codes or names, comma-separated (empty = all)</source>
        <translation>Gemeente(n): codes of namen, met komma's gescheiden (leeg = alle)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="71"/>
        <source>Themes: ids, comma-separated (empty = all)</source>
        <translation>Thema's: ids, met komma's gescheiden (leeg = alle)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="73"/>
        <source>Theme file (JSON, replaces the built-in themes)</source>
        <translation>Themabestand (JSON, vervangt de ingebouwde thema's)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="75"/>
        <source>Method: zscore, minmax, rank or imd</source>
        <translation>Methode: zscore, minmax, rank of imd</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="77"/>
        <source>Reference: selection or national</source>
        <translation>Referentie: selection (selectie) of national (landelijk)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="79"/>
        <source>Minimum number of inhabitants</source>
        <translation>Minimaal aantal inwoners</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="82"/>
        <source>Winsorise: share clipped at each tail (0 = off)</source>
        <translation>Winsoriseren: aandeel afgekapt aan elke kant (0 = uit)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="82"/>
        <source>Uncertainty: Monte Carlo weight draws (0 = off)</source>
        <translation>Onzekerheid: aantal Monte-Carlo-trekkingen van gewichten (0 = uit)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="90"/>
        <source>Theme indices</source>
        <translation>Thema-indices</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="191"/>
        <source>Reading {}...</source>
        <translation>{} lezen...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="52"/>
        <source>Data source</source>
        <translation>Gegevensbron</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="57"/>
        <source>A buurt layer of the CBS Wijk- en buurtkaart in this project</source>
        <translation>Een buurtlaag van de CBS Wijk- en buurtkaart in dit project</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="60"/>
        <source>Open file...</source>
        <translation>Bestand openen...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="61"/>
        <source>Open a CBS Wijk- en buurtkaart file (GeoPackage, shapefile, GeoJSON)</source>
        <translation>Een bestand van de CBS Wijk- en buurtkaart openen (GeoPackage, shapefile, GeoJSON)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="63"/>
        <source>Load demo gemeente</source>
        <translation>Demogemeente laden</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="64"/>
        <source>Voorbeeldstad: a fictitious gemeente of 40 buurten, to try BuurtKijker</source>
        <translation>Voorbeeldstad: een verzonnen gemeente met 40 buurten, om BuurtKijker uit te proberen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="472"/>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="74"/>
        <source>Search gemeente, e.g. eindh</source>
        <translation>Zoek gemeente, bijv. eindh</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="83"/>
        <source>Themes</source>
        <translation>Thema's</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="89"/>
        <source>Load themes...</source>
        <translation>Thema's laden...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="89"/>
        <source>Save themes as...</source>
        <translation>Thema's opslaan als...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="97"/>
        <source>Advanced</source>
        <translation>Geavanceerd</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="100"/>
        <source>z-score (100 = average)</source>
        <translation>z-score (100 = gemiddeld)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="100"/>
        <source>min-max (0-100)</source>
        <translation>min-max (0-100)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="100"/>
        <source>percentile rank</source>
        <translation>percentielrang</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="100"/>
        <source>deprivation (IMD method)</source>
        <translation>achterstand (IMD-methode)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="102"/>
        <source>the chosen gemeenten</source>
        <translation>de gekozen gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="102"/>
        <source>all buurten in the layer (national)</source>
        <translation>alle buurten in de laag (landelijk)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="113"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Natuurlijke grenzen (Jenks)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="113"/>
        <source>Quantile</source>
        <translation>Kwantielen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="113"/>
        <source>Equal interval</source>
        <translation>Gelijke intervallen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="113"/>
        <source>Pretty breaks</source>
        <translation>Ronde grenzen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="121"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="122"/>
        <source>[temporary layer]</source>
        <translation>[tijdelijke laag]</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="123"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="124"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="125"/>
        <source>Minimum inhabitants</source>
        <translation>Minimaal aantal inwoners</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="127"/>
        <source>Classification</source>
        <translation>Klassenindeling</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="128"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="129"/>
        <source>Save result to</source>
        <translation>Resultaat opslaan in</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="133"/>
        <source>Compute</source>
        <translation>Berekenen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="136"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="148"/>
        <source>Map shows</source>
        <translation>Kaart toont</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="188"/>
        <source>Open CBS Wijk- en buurtkaart</source>
        <translation>CBS Wijk- en buurtkaart openen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="188"/>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.gml *.zip);;All files (*)</source>
        <translation>Vectordata (*.gpkg *.shp *.geojson *.json *.gml *.zip);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="209"/>
        <source>Voorbeeldstad (demo)</source>
        <translation>Voorbeeldstad (demo)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="219"/>
        <source>Choose a buurt layer, open a CBS file, or load the demo gemeente.</source>
        <translation>Kies een buurtlaag, open een CBS-bestand of laad de demogemeente.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="233"/>
        <source>{} buurten in {} gemeenten; {} indicators.</source>
        <translation>{} buurten in {} gemeenten; {} indicatoren.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="241"/>
        <source>All gemeenten</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="288"/>
        <source>Load themes</source>
        <translation>Thema's laden</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="305"/>
        <source>Theme files (*.json)</source>
        <translation>Themabestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="305"/>
        <source>Save themes as</source>
        <translation>Thema's opslaan als</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="311"/>
        <source>Themes saved to {}</source>
        <translation>Thema's opgeslagen in {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="335"/>
        <source>A computation is already running; wait for it or cancel it.</source>
        <translation>Er loopt al een berekening; wacht die af of annuleer hem.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="339"/>
        <source>Choose a buurt layer first.</source>
        <translation>Kies eerst een buurtlaag.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="481"/>
        <source>Tick at least one theme.</source>
        <translation>Vink minstens één thema aan.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="348"/>
        <source>BuurtKijker: theme indices for {}</source>
        <translation>BuurtKijker: thema-indices voor {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="132"/>
        <source>all gemeenten</source>
        <translation>alle gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="368"/>
        <source>Computing in the background...</source>
        <translation>Bezig met berekenen op de achtergrond...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="411"/>
        <source>{} buurten with an overall score.</source>
        <translation>{} buurten met een totaalscore.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="16"/>
        <source>higher is better</source>
        <translation>hoger is beter</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="16"/>
        <source>higher is worse</source>
        <translation>hoger is slechter</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="27"/>
        <source>Theme / indicator</source>
        <translation>Thema / indicator</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="27"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="69"/>
        <source>no values in this layer</source>
        <translation>geen waarden in deze laag</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="71"/>
        <source>not in this layer</source>
        <translation>niet in deze laag</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="80"/>
        <source>{:.0%} of the theme&apos;s weight is available; at least 50% is needed</source>
        <translation>{:.0%} van het gewicht van dit thema is beschikbaar; minstens 50% is nodig</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="21"/>
        <source>Overall score</source>
        <translation>Totaalscore</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="54"/>
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="134"/>
        <source>{} gemeenten</source>
        <translation>{} gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/tasks.py" line="46"/>
        <source>The BuurtKijker Processing provider is not loaded.</source>
        <translation>De Processing-provider van BuurtKijker is niet geladen.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/tasks.py" line="75"/>
        <source>The computation failed.</source>
        <translation>De berekening is mislukt.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="209"/>
        <source>{}: not computed, too few indicators in this layer.</source>
        <translation>{}: niet berekend, te weinig indicatoren in deze laag.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="28"/>
        <source>+ higher is better, - higher is worse</source>
        <translation>+ hoger is beter, - hoger is slechter</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="13"/>
        <source>A4 landscape</source>
        <translation>A4 liggend</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="13"/>
        <source>A4 portrait</source>
        <translation>A4 staand</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="14"/>
        <source>A3 landscape</source>
        <translation>A3 liggend</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="14"/>
        <source>A3 portrait</source>
        <translation>A3 staand</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="15"/>
        <source>Buurtprofielen: one page per buurt (PDF)</source>
        <translation>Buurtprofielen: een pagina per buurt (PDF)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="21"/>
        <source>BuurtKijker - export map</source>
        <translation>BuurtKijker - kaart exporteren</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="66"/>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PDF (*.pdf);;PNG-afbeelding (*.png);;SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="35"/>
        <source>Also add to the project&apos;s layouts, to polish in the layout designer</source>
        <translation>Ook toevoegen aan de afdruklay-outs van het project, om verder te bewerken in de lay-outontwerper</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="41"/>
        <source>Layout</source>
        <translation>Lay-out</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="42"/>
        <source>Themes (one file each)</source>
        <translation>Thema's (elk een bestand)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="43"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="57"/>
        <source>Buurtprofielen for the {} buurten selected on the map.</source>
        <translation>Buurtprofielen voor de {} op de kaart geselecteerde buurten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="57"/>
        <source>Buurtprofielen for every buurt with a score (select buurten on the map for fewer).</source>
        <translation>Buurtprofielen voor elke buurt met een score (selecteer buurten op de kaart voor minder).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="25"/>
        <source>BuurtKijker - compare buurten</source>
        <translation>BuurtKijker - buurten vergelijken</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="39"/>
        <source>Search buurt</source>
        <translation>Zoek buurt</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="43"/>
        <source>Buurten to compare</source>
        <translation>Te vergelijken buurten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="63"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="64"/>
        <source>Copy the table (paste into a spreadsheet) and the chart</source>
        <translation>Kopieer de tabel (plakken in een spreadsheet) en de grafiek</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="65"/>
        <source>Save CSV...</source>
        <translation>CSV opslaan...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="66"/>
        <source>Save chart...</source>
        <translation>Grafiek opslaan...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="116"/>
        <source>Tick buurten in the list, or select them on the map before opening this window.</source>
        <translation>Vink buurten aan in de lijst, of selecteer ze op de kaart voordat u dit venster opent.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="128"/>
        <source>Blue: clearly better than the gemeente average; red: clearly worse (more than half a standard deviation).</source>
        <translation>Blauw: duidelijk beter dan het gemeentegemiddelde; rood: duidelijk slechter (meer dan een halve standaardafwijking).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="128"/>
        <source>No national layer loaded: the national column is empty.</source>
        <translation>Geen landelijke laag geladen: de kolom Nederland blijft leeg.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="179"/>
        <source>every theme around the average</source>
        <translation>elk thema rond het gemiddelde</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="192"/>
        <source>Table and chart copied.</source>
        <translation>Tabel en grafiek gekopieerd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="195"/>
        <source>Save comparison</source>
        <translation>Vergelijking opslaan</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="195"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="215"/>
        <source>Saved {}</source>
        <translation>{} opgeslagen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="208"/>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="60"/>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)</source>
        <translation>PNG-afbeelding (*.png);;SVG-afbeelding (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="155"/>
        <source>Compare...</source>
        <translation>Vergelijken...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="156"/>
        <source>Compare the buurten selected on the map with each other, the gemeente and the country</source>
        <translation>Vergelijk de op de kaart geselecteerde buurten met elkaar, de gemeente en Nederland</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="159"/>
        <source>Export map...</source>
        <translation>Kaart exporteren...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="160"/>
        <source>Print layout as PDF, PNG or SVG; buurtprofielen as one PDF</source>
        <translation>Afdruklay-out als PDF, PNG of SVG; buurtprofielen als een PDF</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="379"/>
        <source>BuurtKijker: legend classes</source>
        <translation>BuurtKijker: legendaklassen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="328"/>
        <source>Wrote {}</source>
        <translation>{} geschreven</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="98"/>
        <source>all Dutch buurten</source>
        <translation>alle Nederlandse buurten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="98"/>
        <source>the buurten on this map</source>
        <translation>de buurten op deze kaart</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="100"/>
        <source>Score 100 is the average of {}; 10 points is one standard deviation. Higher is better.</source>
        <translation>Score 100 is het gemiddelde van {}; 10 punten is een standaardafwijking. Hoger is beter.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="103"/>
        <source>Score = 100 minus the deprivation score (English Index of Multiple Deprivation method, ranked against {}). Higher is better.</source>
        <translation>Score = 100 min de achterstandsscore (methode van de Engelse Index of Multiple Deprivation, gerangschikt binnen {}). Hoger is beter.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="106"/>
        <source>Score = percentile rank among {} (0-100). Higher is better.</source>
        <translation>Score = percentielrang binnen {} (0-100). Hoger is beter.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="108"/>
        <source>Score 0-100 from the lowest to the highest buurt of {}. Higher is better.</source>
        <translation>Score 0-100 van de laagste tot de hoogste buurt van {}. Hoger is beter.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="110"/>
        <source>Indicators: {}.</source>
        <translation>Indicatoren: {}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="112"/>
        <source>Overall score: the weighted mean of the theme scores.</source>
        <translation>Totaalscore: het gewogen gemiddelde van de themascores.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="114"/>
        <source>No data: water, fewer than {} inhabitants, or too few indicators.</source>
        <translation>Geen gegevens: water, minder dan {} inwoners of te weinig indicatoren.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="115"/>
        <source>Class words compare with the reference average: &apos;onder gemiddeld&apos; is more than half a standard deviation below it.</source>
        <translation>De klassenamen vergelijken met het referentiegemiddelde: 'onder gemiddeld' is meer dan een halve standaardafwijking lager.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="123"/>
        <source>Source: CBS Kerncijfers wijken en buurten {}; processing BuurtKijker</source>
        <translation>Bron: CBS Kerncijfers wijken en buurten {}; bewerking BuurtKijker</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="241"/>
        <source>Buurt scores {} - method {}, reference: {}</source>
        <translation>Buurtscores {} - methode {}, referentie: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="241"/>
        <source>the Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="380"/>
        <source>Buurtprofielen</source>
        <translation>Buurtprofielen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="381"/>
        <source>Buurtprofielen - indicatoren</source>
        <translation>Buurtprofielen - indicatoren</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="438"/>
        <source>Buurtprofielen - {}</source>
        <translation>Buurtprofielen - {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="440"/>
        <source>Why this score?</source>
        <translation>Waarom deze score?</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="443"/>
        <source>buurtprofiel</source>
        <translation>buurtprofiel</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="472"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="472"/>
        <source>Buurt</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="472"/>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="23"/>
        <source>Export map layout</source>
        <translation>Kaartlay-out exporteren</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="26"/>
        <source>Layouts</source>
        <translation>Lay-outs</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="35"/>
        <source>A print-ready map of a theme score, from a layer made by &apos;Compute theme indices&apos;: title, legend, scale bar, north arrow, method text, source line and date.

THEME: theme ids, comma-separated; &apos;total&apos; for the overall score; several themes (or empty = all) give one file per theme, named &lt;output&gt;_&lt;theme&gt;.
TEMPLATE: a4_landscape, a4_portrait, a3_landscape, a3_portrait, buurtprofiel (one page per buurt, PDF) or the path of your own .qpt with the same item ids.
GEMEENTE: only these gemeenten of the layer (codes or names).
BUURTEN: for buurtprofiel, the buurten (codes or names; empty = all).
OUTPUT: .pdf, .png or .svg.</source>
        <translation>Een drukklare kaart van een themascore, uit een laag van 'Thema-indices berekenen': titel, legenda, schaalbalk, noordpijl, methodetekst, bronregel en datum.

THEME: thema-id's, gescheiden door komma's; 'total' voor de totaalscore; meerdere thema's (of leeg = alle) geven een bestand per thema, genaamd &lt;uitvoer&gt;_&lt;thema&gt;.
TEMPLATE: a4_landscape, a4_portrait, a3_landscape, a3_portrait, buurtprofiel (een pagina per buurt, PDF) of het pad van uw eigen .qpt met dezelfde item-id's.
GEMEENTE: alleen deze gemeenten van de laag (codes of namen).
BUURTEN: voor buurtprofiel, de buurten (codes of namen; leeg = alle).
OUTPUT: .pdf, .png of .svg.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="50"/>
        <source>Theme indices layer</source>
        <translation>Laag met thema-indices</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="50"/>
        <source>Theme(s): ids, comma-separated, or &apos;total&apos; (empty = all)</source>
        <translation>Thema('s): id's, gescheiden door komma's, of 'total' (leeg = alle)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="53"/>
        <source>Template: a4_landscape, a4_portrait, a3_landscape, a3_portrait, buurtprofiel or a .qpt file</source>
        <translation>Sjabloon: a4_landscape, a4_portrait, a3_landscape, a3_portrait, buurtprofiel of een .qpt-bestand</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="56"/>
        <source>Gemeente(n): codes or names (empty = the whole layer)</source>
        <translation>Gemeente(n): codes of namen (leeg = de hele laag)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="58"/>
        <source>Buurten for buurtprofielen: codes or names (empty = all)</source>
        <translation>Buurten voor buurtprofielen: codes of namen (leeg = alle)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="60"/>
        <source>National reference layer for buurtprofielen (optional)</source>
        <translation>Landelijke referentielaag voor buurtprofielen (optioneel)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="64"/>
        <source>Title (empty = theme and gemeente)</source>
        <translation>Titel (leeg = thema en gemeente)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="66"/>
        <source>Output file</source>
        <translation>Uitvoerbestand</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="82"/>
        <source>Styling {} buurten...</source>
        <translation>Opmaak van {} buurten...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="102"/>
        <source>Buurtprofielen for {} buurten...</source>
        <translation>Buurtprofielen voor {} buurten...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="30"/>
        <source>Compare buurten</source>
        <translation>Buurten vergelijken</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="39"/>
        <source>A table of theme scores and indicator values of two or more buurten side by side, with the average of their gemeente and, given a national layer as reference, of the Netherlands. Columns &lt;code&gt;_toelichting say which indicators pull each theme score most.

INPUT: a layer made by &apos;Compute theme indices&apos;.
BUURTEN: buurt codes or names, comma-separated.
REFERENCE (optional): a national layer (CBS buurten or a national result) for the national averages.
CHART (optional): bar and radar chart as PNG, SVG or PDF.</source>
        <translation>Een tabel met themascores en indicatorwaarden van twee of meer buurten naast elkaar, met het gemiddelde van hun gemeente en, met een landelijke laag als referentie, van Nederland. De kolommen &lt;code&gt;_toelichting zeggen welke indicatoren elke themascore het meest bepalen.

INPUT: een laag van 'Thema-indices berekenen'.
BUURTEN: buurtcodes of -namen, gescheiden door komma's.
REFERENCE (optioneel): een landelijke laag (CBS-buurten of een landelijk resultaat) voor de landelijke gemiddelden.
CHART (optioneel): staaf- en radargrafiek als PNG, SVG of PDF.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="52"/>
        <source>Buurten: codes or names, comma-separated</source>
        <translation>Buurten: codes of namen, gescheiden door komma's</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="54"/>
        <source>National reference layer (optional)</source>
        <translation>Landelijke referentielaag (optioneel)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="58"/>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="60"/>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="75"/>
        <source>No national reference layer given: the national column stays empty.</source>
        <translation>Geen landelijke referentielaag opgegeven: de kolom Nederland blijft leeg.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="55"/>
        <source>Computes theme scores (leefbaarheid, sociale veerkracht, achterstand, ...) for the buurten of one or more gemeenten from CBS Kerncijfers wijken en buurten. Score 100 is the reference average; higher is better. Per theme: score (bk_&lt;theme&gt;), rank (1 = best), class 1-5 and the number of indicators used, and in bk_&lt;theme&gt;_why the indicators that pull the score most. The input layer is never changed.

GEMEENTE: codes or names, comma-separated (empty = all features).
METHOD: zscore, minmax, rank or imd.
REFERENCE: selection or national.</source>
        <translation>Berekent themascores (leefbaarheid, sociale veerkracht, achterstand, ...) voor de buurten van een of meer gemeenten uit de CBS Kerncijfers wijken en buurten. Score 100 is het referentiegemiddelde; hoger is beter. Per thema: score (bk_&lt;thema&gt;), rang (1 = best), klasse 1-5 en het aantal gebruikte indicatoren, en in bk_&lt;thema&gt;_why de indicatoren die de score het meest bepalen. De invoerlaag wordt nooit gewijzigd.

GEMEENTE: codes of namen, gescheiden door komma's (leeg = alle objecten).
METHOD: zscore, minmax, rank of imd.
REFERENCE: selection of national.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="135"/>
        <source>The output file is the input file {}: choose another file. BuurtKijker never overwrites your data.</source>
        <translation>Het uitvoerbestand is het invoerbestand {}: kies een ander bestand. BuurtKijker overschrijft uw gegevens nooit.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="483"/>
        <source>Exporting maps...</source>
        <translation>Kaarten exporteren...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="493"/>
        <source>Export cancelled; {} file(s) written.</source>
        <translation>Export geannuleerd; {} bestand(en) geschreven.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="500"/>
        <source>Making buurtprofielen...</source>
        <translation>Buurtprofielen maken...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="539"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="111"/>
        <source>Share of the reference buurten clipped at each tail before standardising (0 = off). Skewed rates are already shrunk and transformed.</source>
        <translation>Aandeel van de referentiebuurten dat aan elke kant wordt afgekapt vóór het standaardiseren (0 = uit). Scheve cijfers zijn al gekrompen en getransformeerd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="113"/>
        <source>Verdict classes (one word per buurt)</source>
        <translation>Oordeelklassen (één woord per buurt)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="126"/>
        <source>Winsorising</source>
        <translation>Winsoriseren</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="410"/>
        <source>{} wijken with an overall score.</source>
        <translation>{} wijken met een totaalscore.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/tasks.py" line="71"/>
        <source>Cancelled; nothing was written or added.</source>
        <translation>Geannuleerd; er is niets geschreven of toegevoegd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="96"/>
        <source>all Dutch wijken</source>
        <translation>alle Nederlandse wijken</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="96"/>
        <source>the wijken on this map</source>
        <translation>de wijken op deze kaart</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="122"/>
        <source>Source: CBS Kerncijfers wijken en buurten; processing BuurtKijker</source>
        <translation>Bron: CBS Kerncijfers wijken en buurten; bewerking BuurtKijker</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="54"/>
        <source>of</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/tasks.py" line="68"/>
        <source>Cancelled after the result was saved to {}; it was not added to the map.</source>
        <translation>Geannuleerd nadat het resultaat al was opgeslagen in {}; het is niet aan de kaart toegevoegd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="153"/>
        <source>{}: no buurt has a score; no map made.</source>
        <translation>{}: geen enkele buurt heeft een score; geen kaart gemaakt.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/output.py" line="20"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Geannuleerd: er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/output.py" line="84"/>
        <source>a feature was refused</source>
        <translation>een object werd geweigerd</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/output.py" line="98"/>
        <source>{} of {} features could be read back</source>
        <translation>{} van {} objecten konden worden teruggelezen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="84"/>
        <source>CHART must end in .png, .svg or .pdf, not &apos;{}&apos;.</source>
        <translation>CHART moet eindigen op .png, .svg of .pdf, niet &apos;{}&apos;.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="95"/>
        <source>UNCERTAINTY must be between 0 and {} draws: more would not fit in memory for a national run (the 5-95 % rank interval is stable from about 1000 draws).</source>
        <translation>UNCERTAINTY moet tussen 0 en {} trekkingen liggen: meer past voor een landelijke berekening niet in het geheugen (het 5-95 %-interval van de rang is vanaf ongeveer 1000 trekkingen stabiel).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="100"/>
        <source>MIN_POPULATION must be between 0 and {}: the largest buurt has fewer than 40,000 inhabitants, so more would leave every buurt without a score.</source>
        <translation>MIN_POPULATION moet tussen 0 en {} liggen: de grootste buurt heeft minder dan 40.000 inwoners, dus bij meer krijgt geen enkele buurt een score.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="105"/>
        <source>WINSORIZE must be a share from 0 up to 0.5.</source>
        <translation>WINSORIZE moet een aandeel van 0 tot 0,5 zijn.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="213"/>
        <source>{}: {} of {} {} scored; without {}</source>
        <translation>{}: {} van {} {} gescoord; zonder {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="221"/>
        <source>No overall score: less than half of the chosen themes&apos; weight could be computed from this layer.</source>
        <translation>Geen totaalscore: minder dan de helft van het gewicht van de gekozen thema&apos;s kon uit deze laag worden berekend.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="240"/>
        <source>A shapefile cuts field names to 10 characters: BuurtKijker&apos;s compare and layout tools cannot read the result back. Save it as GeoPackage for those.</source>
        <translation>Een shapefile kort veldnamen in tot 10 tekens: vergelijken en kaarten maken in BuurtKijker kunnen het resultaat dan niet teruglezen. Sla het daarvoor op als GeoPackage.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="257"/>
        <source>wijken</source>
        <translation>wijken</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="257"/>
        <source>buurten</source>
        <translation>buurten</translation>
    </message>
</context>
<context>
    <name>BuurtKijker</name>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="145"/>
        <source>File not found: {path}</source>
        <translation>Bestand niet gevonden: {path}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="52"/>
        <source>{name} cannot be read as vector data (GeoPackage, shapefile, GeoJSON, GML or CSV). {reason}</source>
        <translation>{name} is niet te lezen als vectordata (GeoPackage, shapefile, GeoJSON, GML of CSV). {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="159"/>
        <source>{source}: not a CBS buurt layer: no buurt code column (BU_CODE or buurtcode) found among {columns}.</source>
        <translation>{source}: geen CBS-buurtlaag: geen kolom met buurtcodes (BU_CODE of buurtcode) gevonden tussen {columns}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="123"/>
        <source>{source}: the layer holds no features.</source>
        <translation>{source}: de laag bevat geen objecten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="97"/>
        <source>{source}: theme {position} is not an object.</source>
        <translation>{source}: thema {position} is geen object.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="101"/>
        <source>{source}: theme {position} needs an &apos;id&apos; of lower-case letters, digits and _ (got {value!r}).</source>
        <translation>{source}: thema {position} heeft een 'id' nodig van kleine letters, cijfers en _ (gekregen: {value!r}).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="107"/>
        <source>{source}: theme &apos;{theme}&apos;: &apos;name&apos; must be text or {{&quot;nl&quot;: ..., &quot;en&quot;: ...}}.</source>
        <translation>{source}: thema '{theme}': 'name' moet tekst zijn of {{&quot;nl&quot;: ..., &quot;en&quot;: ...}}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="111"/>
        <source>{source}: theme &apos;{theme}&apos; has no list of &apos;indicators&apos;.</source>
        <translation>{source}: thema '{theme}' heeft geen lijst 'indicators'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="119"/>
        <source>{source}: theme &apos;{theme}&apos; lists {indicator} twice.</source>
        <translation>{source}: thema '{theme}' noemt {indicator} twee keer.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="138"/>
        <source>{source}: theme &apos;{theme}&apos;, entry {entry}: needs an &apos;indicator&apos; name.</source>
        <translation>{source}: thema '{theme}', regel {entry}: de naam bij 'indicator' ontbreekt.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="144"/>
        <source>{source}: theme &apos;{theme}&apos;, entry {entry}: unknown indicator &apos;{indicator}&apos;.</source>
        <translation>{source}: thema '{theme}', regel {entry}: onbekende indicator '{indicator}'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="149"/>
        <source>{source}: theme &apos;{theme}&apos;, entry {entry} ({indicator}): direction must be &apos;higher_is_better&apos; or &apos;higher_is_worse&apos;, not {value!r}.</source>
        <translation>{source}: thema '{theme}', regel {entry} ({indicator}): direction moet 'higher_is_better' of 'higher_is_worse' zijn, niet {value!r}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="162"/>
        <source>{source}: theme &apos;{theme}&apos;, entry {entry}: weight must be a number greater than 0, not {value!r}.</source>
        <translation>{source}: thema '{theme}', regel {entry}: het gewicht moet een getal groter dan 0 zijn, niet {value!r}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="207"/>
        <source>{source}: not a BuurtKijker theme file: expected {{&quot;themes&quot;: [...]}}.</source>
        <translation>{source}: geen BuurtKijker-themabestand: verwacht {{&quot;themes&quot;: [...]}}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="213"/>
        <source>{source}: theme id &apos;{theme}&apos; is used twice.</source>
        <translation>{source}: thema-id '{theme}' komt twee keer voor.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="226"/>
        <source>Theme file {source} cannot be read: {reason}</source>
        <translation>Themabestand {source} is niet te lezen: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="229"/>
        <source>Theme file {source} is not valid JSON: {reason}</source>
        <translation>Themabestand {source} is geen geldige JSON: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="253"/>
        <source>Unknown theme: {unknown}. Available: {available}.</source>
        <translation>Onbekend thema: {unknown}. Beschikbaar: {available}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/gemeenten.py" line="68"/>
        <source>Unknown gemeente: {unknown}. Did you mean: {hints}?</source>
        <translation>Onbekende gemeente: {unknown}. Bedoelt u: {hints}?</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/gemeenten.py" line="70"/>
        <source>Unknown gemeente: {unknown}. The data holds {n} gemeenten.</source>
        <translation>Onbekende gemeente: {unknown}. De gegevens bevatten {n} gemeenten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="60"/>
        <source>{name}: the coordinate reference system is unknown (no .prj or CRS). Add it, e.g. EPSG:28992 (RD New) for CBS data.</source>
        <translation>{name}: het coördinatenstelsel is onbekend (geen .prj of CRS). Voeg het toe, bijvoorbeeld EPSG:28992 (RD New) voor CBS-data.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="73"/>
        <source>{name} has no layer &apos;{layer}&apos;; it has: {layers}.</source>
        <translation>{name} heeft geen laag '{layer}'; wel: {layers}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="149"/>
        <source>{name} cannot be read as a CSV table: {reason}</source>
        <translation>{name} is niet te lezen als CSV-tabel: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="49"/>
        <source>Unknown method &apos;{value}&apos;; choose one of {choices}.</source>
        <translation>Onbekende methode '{value}'; kies uit {choices}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="52"/>
        <source>Unknown reference &apos;{value}&apos;; choose one of {choices}.</source>
        <translation>Onbekende referentie '{value}'; kies uit {choices}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="55"/>
        <source>Winsorising must be a share between 0 and 0.5.</source>
        <translation>Winsoriseren moet een aandeel tussen 0 en 0,5 zijn.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="132"/>
        <source>Theme &apos;{theme}&apos;, entry {entry}: unknown indicator &apos;{indicator}&apos; (not a BuurtKijker indicator and not a column of the layer).</source>
        <translation>Thema '{theme}', regel {entry}: onbekende indicator '{indicator}' (geen BuurtKijker-indicator en geen kolom van de laag).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="339"/>
        <source>The selection holds no buurten.</source>
        <translation>De selectie bevat geen buurten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="344"/>
        <source>No buurt in the selection can be scored: all are water or have fewer than {n} inhabitants.</source>
        <translation>Geen enkele buurt in de selectie krijgt een score: alle zijn water of hebben minder dan {n} inwoners.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="136"/>
        <source>{source}: no known CBS indicator found (columns: {columns}).</source>
        <translation>{source}: geen bekende CBS-indicator gevonden (kolommen: {columns}).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="149"/>
        <source>{source}: column {column} does not hold CBS codes such as {example}.</source>
        <translation>{source}: kolom {column} bevat geen CBS-codes zoals {example}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="156"/>
        <source>{source}: this is a gemeente layer, not a buurt layer (no buurt or wijk code column).</source>
        <translation>{source}: dit is een gemeentelaag, geen buurtlaag (geen kolom met buurt- of wijkcodes).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="57"/>
        <source>Layout template {path} cannot be used: it is not a QGIS layout template (.qpt) with a map item whose id is &apos;map&apos;. Built-in templates: {names}.</source>
        <translation>Lay-outsjabloon {path} is niet bruikbaar: het is geen QGIS-lay-outsjabloon (.qpt) met een kaartitem met id 'map'. Ingebouwde sjablonen: {names}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="236"/>
        <source>The layer has no map of &apos;{theme}&apos;.</source>
        <translation>De laag heeft geen kaart van '{theme}'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="269"/>
        <source>Export as PDF, PNG or SVG, not &apos;{suffix}&apos;.</source>
        <translation>Exporteer als PDF, PNG of SVG, niet als '{suffix}'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/files.py" line="20"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Kan {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="370"/>
        <source>No buurt in the layer has a score.</source>
        <translation>Geen enkele buurt in de laag heeft een score.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="498"/>
        <source>Buurtprofielen are exported as one PDF.</source>
        <translation>Buurtprofielen worden als een PDF geexporteerd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layers.py" line="186"/>
        <source>{source}: not a BuurtKijker result layer (no code and bk_ fields). Run &apos;Compute theme indices&apos; first.</source>
        <translation>{source}: geen resultaatlaag van BuurtKijker (geen velden code en bk_). Voer eerst 'Thema-indices berekenen' uit.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/compare.py" line="164"/>
        <source>Choose at least one buurt to compare.</source>
        <translation>Kies ten minste een buurt om te vergelijken.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/compare.py" line="170"/>
        <source>Buurt &apos;{buurt}&apos; is not in the layer.{hint}</source>
        <translation>Buurt '{buurt}' staat niet in de laag.{hint}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/compare.py" line="194"/>
        <source>The layer has no theme scores: run &apos;Compute theme indices&apos; on it first.</source>
        <translation>De laag heeft geen themascores: voer er eerst 'Thema-indices berekenen' op uit.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/geopackage.py" line="79"/>
        <source>Could not read {path}: {reason}</source>
        <translation>Kon {path} niet lezen: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layers.py" line="191"/>
        <source>{source}: the field names of this result are cut short (a shapefile keeps 10 characters: {example}), so its columns cannot be told apart. Compute the indices again with a GeoPackage as output.</source>
        <translation>{source}: de veldnamen van dit resultaat zijn ingekort (een shapefile bewaart 10 tekens: {example}), zodat de kolommen niet uit elkaar te houden zijn. Bereken de indices opnieuw met een GeoPackage als uitvoer.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/files.py" line="82"/>
        <source>{path} is open in QGIS or another program (it has a {wal} file): remove its layers from the project or choose another file name.</source>
        <translation>{path} is geopend in QGIS of een ander programma (er is een {wal}-bestand): verwijder de lagen ervan uit het project of kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="127"/>
        <source>{source}: the layer has no geometries, so there is no map to draw. Use the result of &apos;Compute theme indices&apos; saved with its buurt polygons (e.g. as GeoPackage).</source>
        <translation>{source}: de laag heeft geen geometrieën, dus er valt geen kaart te tekenen. Gebruik het resultaat van &apos;Thema-indices berekenen&apos; opgeslagen met de buurtvlakken (bijv. als GeoPackage).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="156"/>
        <source>{source}: no buurt has a score, so every map would be blank.</source>
        <translation>{source}: geen enkele buurt heeft een score, dus elke kaart zou leeg zijn.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="166"/>
        <source>{source}: no buurt has a score for &apos;{theme}&apos; ({field} is missing or empty), so its map would be blank. Compute that theme first or choose another.</source>
        <translation>{source}: geen enkele buurt heeft een score voor &apos;{theme}&apos; ({field} ontbreekt of is leeg), dus de kaart zou leeg zijn. Bereken dat thema eerst of kies een ander.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="126"/>
        <source>{source}: theme &apos;{theme}&apos;: &apos;domains&apos; must map each domain to {{&quot;weight&quot;: ..., &quot;name&quot;: ...}}.</source>
        <translation>{source}: thema &apos;{theme}&apos;: &apos;domains&apos; moet elk domein koppelen aan {{&quot;weight&quot;: ..., &quot;name&quot;: ...}}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="166"/>
        <source>{source}: theme &apos;{theme}&apos;, entry {entry}: weight {value!r} is out of range; use a number from {low} to {high} (only the ratios between weights count).</source>
        <translation>{source}: thema &apos;{theme}&apos;, regel {entry}: gewicht {value!r} valt buiten het bereik; gebruik een getal van {low} tot {high} (alleen de verhoudingen tussen gewichten tellen).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="184"/>
        <source>{source}: theme id &apos;{theme}&apos; is reserved for BuurtKijker&apos;s own result columns; choose another id.</source>
        <translation>{source}: thema-id &apos;{theme}&apos; is gereserveerd voor de eigen resultaatkolommen van BuurtKijker; kies een ander id.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="190"/>
        <source>{source}: theme ids &apos;{theme}&apos; and &apos;{other}&apos; would both write the result column {column}; rename one of them.</source>
        <translation>{source}: thema-id&apos;s &apos;{theme}&apos; en &apos;{other}&apos; zouden allebei de resultaatkolom {column} schrijven; geef een van beide een andere naam.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="198"/>
        <source>{source}: theme &apos;{theme}&apos;: indicator &apos;{indicator}&apos; is a BuurtKijker result column (bk_...); score the CBS figures, not an earlier result.</source>
        <translation>{source}: thema &apos;{theme}&apos;: indicator &apos;{indicator}&apos; is een resultaatkolom van BuurtKijker (bk_...); scoor de CBS-cijfers, niet een eerder resultaat.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="249"/>
        <source>Theme {theme} is listed twice; list each theme once.</source>
        <translation>Thema {theme} staat er twee keer in; noem elk thema één keer.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/errors.py" line="31"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/compare.py" line="128"/>
        <source>The layer holds {count} buurt codes more than once ({codes}): one row per buurt is needed to compare or make profiles. Remove the duplicates (e.g. a result appended twice).</source>
        <translation>De laag bevat {count} buurtcodes meer dan eens ({codes}): om te vergelijken of profielen te maken is één rij per buurt nodig. Verwijder de dubbele rijen (bijv. een resultaat dat twee keer is toegevoegd).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="316"/>
        <source>A national reference needs a layer with the buurten of the whole country; this one holds {n} gemeenten. Use the CBS national buurten table or map (e.g. Kerncijfers wijken en buurten for all of the Netherlands), or choose the reference &apos;selection&apos;.</source>
        <translation>Een landelijke referentie vraagt een laag met de buurten van heel Nederland; deze bevat {n} gemeenten. Gebruik de landelijke CBS-buurtentabel of -kaart (bijv. Kerncijfers wijken en buurten voor heel Nederland) of kies de referentie &apos;selectie&apos;.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="322"/>
        <source>The reference holds only {n} buurten that can be scored; at least {minimum} are needed for an average and a spread. Choose more gemeenten or the national reference.</source>
        <translation>De referentie bevat maar {n} buurten die een score kunnen krijgen; er zijn er minstens {minimum} nodig voor een gemiddelde en een spreiding. Kies meer gemeenten of de landelijke referentie.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/uncertainty.py" line="44"/>
        <source>{draws} uncertainty draws for {n} buurten do not fit in memory; at most {allowed} can be used here.</source>
        <translation>{draws} onzekerheidstrekkingen voor {n} buurten passen niet in het geheugen; hier kunnen er hoogstens {allowed} worden gebruikt.</translation>
    </message>
</context>
</TS>
