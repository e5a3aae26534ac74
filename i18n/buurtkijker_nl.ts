<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="13" />
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
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="118" />
        <source>{}: {} of {} buurten scored; missing indicators: {}</source>
        <translation>{}: {} van {} buurten met score; ontbrekende indicatoren: {}</translation>
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