<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="386" />
        <source>BuurtKijker</source>
        <translation>BuurtKijker</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/plugin.py" line="32" />
        <source>Compare buurten on liveability, resilience and more</source>
        <translation>Vergelijk buurten op leefbaarheid, veerkracht en meer</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="22" />
        <source>{} must be one of: {}</source>
        <translation>{} moet een van deze zijn: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="34" />
        <source>Compute theme indices</source>
        <translation>Thema-indices berekenen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="37" />
        <source>Indices</source>
        <translation>Indices</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="43" />
        <source>Computes theme scores (leefbaarheid, sociale veerkracht, achterstand, ...) for the buurten of one or more gemeenten from CBS Kerncijfers wijken en buurten. Score 100 is the reference average; higher is better. Per theme: score (bk_&lt;theme&gt;), rank (1 = best), class 1-5 and the number of indicators used. The input layer is never changed.

GEMEENTE: codes or names, comma-separated (empty = all features).
METHOD: zscore, minmax, rank or imd.
REFERENCE: selection or national.</source>
        <translation>Berekent themascores (leefbaarheid, sociale veerkracht, achterstand, ...) voor de buurten van een of meer gemeenten uit de CBS Kerncijfers wijken en buurten. Score 100 is het gemiddelde van de referentie; hoger is beter. Per thema: score (bk_&lt;thema&gt;), rang (1 = beste), klasse 1-5 en het aantal gebruikte indicatoren. De invoerlaag wordt nooit gewijzigd.

GEMEENTE: codes of namen, met komma's gescheiden (leeg = alle objecten).
METHOD: zscore, minmax, rank of imd.
REFERENCE: selection (selectie) of national (landelijk).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="54" />
        <source>Buurt layer (CBS Wijk- en buurtkaart)</source>
        <translation>Buurtlaag (CBS Wijk- en buurtkaart)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="56" />
        <source>Gemeente(n): codes or names, comma-separated (empty = all)</source>
        <translation>Gemeente(n): codes of namen, met komma's gescheiden (leeg = alle)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="58" />
        <source>Themes: ids, comma-separated (empty = all)</source>
        <translation>Thema's: ids, met komma's gescheiden (leeg = alle)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="60" />
        <source>Theme file (JSON, replaces the built-in themes)</source>
        <translation>Themabestand (JSON, vervangt de ingebouwde thema's)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="62" />
        <source>Method: zscore, minmax, rank or imd</source>
        <translation>Methode: zscore, minmax, rank of imd</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="64" />
        <source>Reference: selection or national</source>
        <translation>Referentie: selection (selectie) of national (landelijk)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="66" />
        <source>Minimum number of inhabitants</source>
        <translation>Minimaal aantal inwoners</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="69" />
        <source>Winsorise: share clipped at each tail (0 = off)</source>
        <translation>Winsoriseren: aandeel afgekapt aan elke kant (0 = uit)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="69" />
        <source>Uncertainty: Monte Carlo weight draws (0 = off)</source>
        <translation>Onzekerheid: aantal Monte-Carlo-trekkingen van gewichten (0 = uit)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="77" />
        <source>Theme indices</source>
        <translation>Thema-indices</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="106" />
        <source>Reading {}...</source>
        <translation>{} lezen...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="47" />
        <source>Data source</source>
        <translation>Gegevensbron</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="52" />
        <source>A buurt layer of the CBS Wijk- en buurtkaart in this project</source>
        <translation>Een buurtlaag van de CBS Wijk- en buurtkaart in dit project</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="55" />
        <source>Open file...</source>
        <translation>Bestand openen...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="56" />
        <source>Open a CBS Wijk- en buurtkaart file (GeoPackage, shapefile, GeoJSON)</source>
        <translation>Een bestand van de CBS Wijk- en buurtkaart openen (GeoPackage, shapefile, GeoJSON)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="58" />
        <source>Load demo gemeente</source>
        <translation>Demogemeente laden</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="59" />
        <source>Voorbeeldstad: a fictitious gemeente of 40 buurten, to try BuurtKijker</source>
        <translation>Voorbeeldstad: een verzonnen gemeente met 40 buurten, om BuurtKijker uit te proberen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="66" />
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="69" />
        <source>Search gemeente, e.g. eindh</source>
        <translation>Zoek gemeente, bijv. eindh</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="78" />
        <source>Themes</source>
        <translation>Thema's</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="84" />
        <source>Load themes...</source>
        <translation>Thema's laden...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="84" />
        <source>Save themes as...</source>
        <translation>Thema's opslaan als...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="92" />
        <source>Advanced</source>
        <translation>Geavanceerd</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="95" />
        <source>z-score (100 = average)</source>
        <translation>z-score (100 = gemiddeld)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="95" />
        <source>min-max (0-100)</source>
        <translation>min-max (0-100)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="95" />
        <source>percentile rank</source>
        <translation>percentielrang</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="95" />
        <source>deprivation (IMD method)</source>
        <translation>achterstand (IMD-methode)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="97" />
        <source>the chosen gemeenten</source>
        <translation>de gekozen gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="97" />
        <source>all buurten in the layer (national)</source>
        <translation>alle buurten in de laag (landelijk)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="102" />
        <source>Natural breaks (Jenks)</source>
        <translation>Natuurlijke grenzen (Jenks)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="102" />
        <source>Quantile</source>
        <translation>Kwantielen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="102" />
        <source>Equal interval</source>
        <translation>Gelijke intervallen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="102" />
        <source>Pretty breaks</source>
        <translation>Ronde grenzen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="109" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="110" />
        <source>[temporary layer]</source>
        <translation>[tijdelijke laag]</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="111" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="112" />
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="113" />
        <source>Minimum inhabitants</source>
        <translation>Minimaal aantal inwoners</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="114" />
        <source>Classification</source>
        <translation>Klassenindeling</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="115" />
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="116" />
        <source>Save result to</source>
        <translation>Resultaat opslaan in</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="120" />
        <source>Compute</source>
        <translation>Berekenen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="123" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="135" />
        <source>Map shows</source>
        <translation>Kaart toont</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="163" />
        <source>Open CBS Wijk- en buurtkaart</source>
        <translation>CBS Wijk- en buurtkaart openen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="163" />
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.gml *.zip);;All files (*)</source>
        <translation>Vectordata (*.gpkg *.shp *.geojson *.json *.gml *.zip);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="184" />
        <source>Voorbeeldstad (demo)</source>
        <translation>Voorbeeldstad (demo)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="194" />
        <source>Choose a buurt layer, open a CBS file, or load the demo gemeente.</source>
        <translation>Kies een buurtlaag, open een CBS-bestand of laad de demogemeente.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="207" />
        <source>{} buurten in {} gemeenten; {} indicators.</source>
        <translation>{} buurten in {} gemeenten; {} indicatoren.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="215" />
        <source>All gemeenten</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="262" />
        <source>Load themes</source>
        <translation>Thema's laden</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="277" />
        <source>Theme files (*.json)</source>
        <translation>Themabestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="277" />
        <source>Save themes as</source>
        <translation>Thema's opslaan als</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="283" />
        <source>Themes saved to {}</source>
        <translation>Thema's opgeslagen in {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="306" />
        <source>A computation is already running; wait for it or cancel it.</source>
        <translation>Er loopt al een berekening; wacht die af of annuleer hem.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="310" />
        <source>Choose a buurt layer first.</source>
        <translation>Kies eerst een buurtlaag.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="313" />
        <source>Tick at least one theme.</source>
        <translation>Vink minstens één thema aan.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="319" />
        <source>BuurtKijker: theme indices for {}</source>
        <translation>BuurtKijker: thema-indices voor {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="88" />
        <source>all gemeenten</source>
        <translation>alle gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="339" />
        <source>Computing in the background...</source>
        <translation>Bezig met berekenen op de achtergrond...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="358" />
        <source>{} buurten with an overall score.</source>
        <translation>{} buurten met een totaalscore.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="370" />
        <source>Cancelled; nothing was added.</source>
        <translation>Geannuleerd; er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="16" />
        <source>higher is better</source>
        <translation>hoger is beter</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="16" />
        <source>higher is worse</source>
        <translation>hoger is slechter</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="27" />
        <source>Theme / indicator</source>
        <translation>Thema / indicator</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="27" />
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="68" />
        <source>no values in this layer</source>
        <translation>geen waarden in deze laag</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="70" />
        <source>not in this layer</source>
        <translation>niet in deze laag</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="79" />
        <source>{:.0%} of the theme's weight is available; at least 50% is needed</source>
        <translation>{:.0%} van het gewicht van dit thema is beschikbaar; minstens 50% is nodig</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="21" />
        <source>Overall score</source>
        <translation>Totaalscore</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="36" />
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="40" />
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="90" />
        <source>{} gemeenten</source>
        <translation>{} gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/tasks.py" line="45" />
        <source>The BuurtKijker Processing provider is not loaded.</source>
        <translation>De Processing-provider van BuurtKijker is niet geladen.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/tasks.py" line="68" />
        <source>The computation failed.</source>
        <translation>De berekening is mislukt.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="119" />
        <source>{}: not computed, too few indicators in this layer.</source>
        <translation>{}: niet berekend, te weinig indicatoren in deze laag.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="123" />
        <source>{}: {} of {} buurten scored; without {}</source>
        <translation>{}: {} van {} buurten met score; zonder {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="28" />
        <source>+ higher is better, - higher is worse</source>
        <translation>+ hoger is beter, - hoger is slechter</translation>
    </message>
</context>
<context>
    <name>BuurtKijker</name>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="140" />
        <source>File not found: {path}</source>
        <translation>Bestand niet gevonden: {path}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="52" />
        <source>{name} cannot be read as vector data (GeoPackage, shapefile, GeoJSON, GML or CSV). {reason}</source>
        <translation>{name} is niet te lezen als vectordata (GeoPackage, shapefile, GeoJSON, GML of CSV). {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="128" />
        <source>{source}: not a CBS buurt layer: no buurt code column (BU_CODE or buurtcode) found among {columns}.</source>
        <translation>{source}: geen CBS-buurtlaag: geen kolom met buurtcodes (BU_CODE of buurtcode) gevonden tussen {columns}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layers.py" line="126" />
        <source>{source}: the layer holds no features.</source>
        <translation>{source}: de laag bevat geen objecten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="75" />
        <source>{source}: theme {position} is not an object.</source>
        <translation>{source}: thema {position} is geen object.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="79" />
        <source>{source}: theme {position} needs an 'id' of lower-case letters, digits and _ (got {value!r}).</source>
        <translation>{source}: thema {position} heeft een 'id' nodig van kleine letters, cijfers en _ (gekregen: {value!r}).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="85" />
        <source>{source}: theme '{theme}': 'name' must be text or {{"nl": ..., "en": ...}}.</source>
        <translation>{source}: thema '{theme}': 'name' moet tekst zijn of {{"nl": ..., "en": ...}}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="89" />
        <source>{source}: theme '{theme}' has no list of 'indicators'.</source>
        <translation>{source}: thema '{theme}' heeft geen lijst 'indicators'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="97" />
        <source>{source}: theme '{theme}' lists {indicator} twice.</source>
        <translation>{source}: thema '{theme}' noemt {indicator} twee keer.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="107" />
        <source>{source}: theme '{theme}', entry {entry}: needs an 'indicator' name.</source>
        <translation>{source}: thema '{theme}', regel {entry}: de naam bij 'indicator' ontbreekt.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="113" />
        <source>{source}: theme '{theme}', entry {entry}: unknown indicator '{indicator}'.</source>
        <translation>{source}: thema '{theme}', regel {entry}: onbekende indicator '{indicator}'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="118" />
        <source>{source}: theme '{theme}', entry {entry} ({indicator}): direction must be 'higher_is_better' or 'higher_is_worse', not {value!r}.</source>
        <translation>{source}: thema '{theme}', regel {entry} ({indicator}): direction moet 'higher_is_better' of 'higher_is_worse' zijn, niet {value!r}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="129" />
        <source>{source}: theme '{theme}', entry {entry}: weight must be a number greater than 0, not {value!r}.</source>
        <translation>{source}: thema '{theme}', regel {entry}: het gewicht moet een getal groter dan 0 zijn, niet {value!r}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="138" />
        <source>{source}: not a BuurtKijker theme file: expected {{"themes": [...]}}.</source>
        <translation>{source}: geen BuurtKijker-themabestand: verwacht {{"themes": [...]}}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="144" />
        <source>{source}: theme id '{theme}' is used twice.</source>
        <translation>{source}: thema-id '{theme}' komt twee keer voor.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="156" />
        <source>Theme file {source} cannot be read: {reason}</source>
        <translation>Themabestand {source} is niet te lezen: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="159" />
        <source>Theme file {source} is not valid JSON: {reason}</source>
        <translation>Themabestand {source} is geen geldige JSON: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="179" />
        <source>Unknown theme: {unknown}. Available: {available}.</source>
        <translation>Onbekend thema: {unknown}. Beschikbaar: {available}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/gemeenten.py" line="39" />
        <source>Unknown gemeente: {unknown}. Did you mean: {hints}?</source>
        <translation>Onbekende gemeente: {unknown}. Bedoelt u: {hints}?</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/gemeenten.py" line="41" />
        <source>Unknown gemeente: {unknown}. The data holds {n} gemeenten.</source>
        <translation>Onbekende gemeente: {unknown}. De gegevens bevatten {n} gemeenten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="60" />
        <source>{name}: the coordinate reference system is unknown (no .prj or CRS). Add it, e.g. EPSG:28992 (RD New) for CBS data.</source>
        <translation>{name}: het coördinatenstelsel is onbekend (geen .prj of CRS). Voeg het toe, bijvoorbeeld EPSG:28992 (RD New) voor CBS-data.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="73" />
        <source>{name} has no layer '{layer}'; it has: {layers}.</source>
        <translation>{name} heeft geen laag '{layer}'; wel: {layers}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="144" />
        <source>{name} cannot be read as a CSV table: {reason}</source>
        <translation>{name} is niet te lezen als CSV-tabel: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="43" />
        <source>Unknown method '{value}'; choose one of {choices}.</source>
        <translation>Onbekende methode '{value}'; kies uit {choices}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="46" />
        <source>Unknown reference '{value}'; choose one of {choices}.</source>
        <translation>Onbekende referentie '{value}'; kies uit {choices}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="49" />
        <source>Winsorising must be a share between 0 and 0.5.</source>
        <translation>Winsoriseren moet een aandeel tussen 0 en 0,5 zijn.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="225" />
        <source>Theme '{theme}', entry {entry}: unknown indicator '{indicator}' (not a BuurtKijker indicator and not a column of the layer).</source>
        <translation>Thema '{theme}', regel {entry}: onbekende indicator '{indicator}' (geen BuurtKijker-indicator en geen kolom van de laag).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="265" />
        <source>The selection holds no buurten.</source>
        <translation>De selectie bevat geen buurten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="270" />
        <source>No buurt in the selection can be scored: all are water or have fewer than {n} inhabitants.</source>
        <translation>Geen enkele buurt in de selectie krijgt een score: alle zijn water of hebben minder dan {n} inwoners.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="105" />
        <source>{source}: no known CBS indicator found (columns: {columns}).</source>
        <translation>{source}: geen bekende CBS-indicator gevonden (kolommen: {columns}).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="118" />
        <source>{source}: column {column} does not hold CBS codes such as {example}.</source>
        <translation>{source}: kolom {column} bevat geen CBS-codes zoals {example}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="125" />
        <source>{source}: this is a gemeente layer, not a buurt layer (no buurt or wijk code column).</source>
        <translation>{source}: dit is een gemeentelaag, geen buurtlaag (geen kolom met buurt- of wijkcodes).</translation>
    </message>
</context>
</TS>