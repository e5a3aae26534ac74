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
        <translation>Compare buurten on liveability, resilience and more</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="22" />
        <source>{} must be one of: {}</source>
        <translation>{} must be one of: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="34" />
        <source>Compute theme indices</source>
        <translation>Compute theme indices</translation>
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
        <translation>Computes theme scores (leefbaarheid, sociale veerkracht, achterstand, ...) for the buurten of one or more gemeenten from CBS Kerncijfers wijken en buurten. Score 100 is the reference average; higher is better. Per theme: score (bk_&lt;theme&gt;), rank (1 = best), class 1-5 and the number of indicators used. The input layer is never changed.

GEMEENTE: codes or names, comma-separated (empty = all features).
METHOD: zscore, minmax, rank or imd.
REFERENCE: selection or national.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="54" />
        <source>Buurt layer (CBS Wijk- en buurtkaart)</source>
        <translation>Buurt layer (CBS Wijk- en buurtkaart)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="56" />
        <source>Gemeente(n): codes or names, comma-separated (empty = all)</source>
        <translation>Gemeente(n): codes or names, comma-separated (empty = all)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="58" />
        <source>Themes: ids, comma-separated (empty = all)</source>
        <translation>Themes: ids, comma-separated (empty = all)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="60" />
        <source>Theme file (JSON, replaces the built-in themes)</source>
        <translation>Theme file (JSON, replaces the built-in themes)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="62" />
        <source>Method: zscore, minmax, rank or imd</source>
        <translation>Method: zscore, minmax, rank or imd</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="64" />
        <source>Reference: selection or national</source>
        <translation>Reference: selection or national</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="66" />
        <source>Minimum number of inhabitants</source>
        <translation>Minimum number of inhabitants</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="69" />
        <source>Winsorise: share clipped at each tail (0 = off)</source>
        <translation>Winsorise: share clipped at each tail (0 = off)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="69" />
        <source>Uncertainty: Monte Carlo weight draws (0 = off)</source>
        <translation>Uncertainty: Monte Carlo weight draws (0 = off)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="77" />
        <source>Theme indices</source>
        <translation>Theme indices</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="106" />
        <source>Reading {}...</source>
        <translation>Reading {}...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="47" />
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="52" />
        <source>A buurt layer of the CBS Wijk- en buurtkaart in this project</source>
        <translation>A buurt layer of the CBS Wijk- en buurtkaart in this project</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="55" />
        <source>Open file...</source>
        <translation>Open file...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="56" />
        <source>Open a CBS Wijk- en buurtkaart file (GeoPackage, shapefile, GeoJSON)</source>
        <translation>Open a CBS Wijk- en buurtkaart file (GeoPackage, shapefile, GeoJSON)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="58" />
        <source>Load demo gemeente</source>
        <translation>Load demo gemeente</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="59" />
        <source>Voorbeeldstad: a fictitious gemeente of 40 buurten, to try BuurtKijker</source>
        <translation>Voorbeeldstad: a fictitious gemeente of 40 buurten, to try BuurtKijker</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="66" />
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="69" />
        <source>Search gemeente, e.g. eindh</source>
        <translation>Search gemeente, e.g. eindh</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="78" />
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="84" />
        <source>Load themes...</source>
        <translation>Load themes...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="84" />
        <source>Save themes as...</source>
        <translation>Save themes as...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="92" />
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="95" />
        <source>z-score (100 = average)</source>
        <translation>z-score (100 = average)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="95" />
        <source>min-max (0-100)</source>
        <translation>min-max (0-100)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="95" />
        <source>percentile rank</source>
        <translation>percentile rank</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="95" />
        <source>deprivation (IMD method)</source>
        <translation>deprivation (IMD method)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="97" />
        <source>the chosen gemeenten</source>
        <translation>the chosen gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="97" />
        <source>all buurten in the layer (national)</source>
        <translation>all buurten in the layer (national)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="102" />
        <source>Natural breaks (Jenks)</source>
        <translation>Natural breaks (Jenks)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="102" />
        <source>Quantile</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="102" />
        <source>Equal interval</source>
        <translation>Equal interval</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="102" />
        <source>Pretty breaks</source>
        <translation>Pretty breaks</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="109" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="110" />
        <source>[temporary layer]</source>
        <translation>[temporary layer]</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="111" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="112" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="113" />
        <source>Minimum inhabitants</source>
        <translation>Minimum inhabitants</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="114" />
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="115" />
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="116" />
        <source>Save result to</source>
        <translation>Save result to</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="120" />
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="123" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="135" />
        <source>Map shows</source>
        <translation>Map shows</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="163" />
        <source>Open CBS Wijk- en buurtkaart</source>
        <translation>Open CBS Wijk- en buurtkaart</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="163" />
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.gml *.zip);;All files (*)</source>
        <translation>Vector data (*.gpkg *.shp *.geojson *.json *.gml *.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="184" />
        <source>Voorbeeldstad (demo)</source>
        <translation>Voorbeeldstad (demo)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="194" />
        <source>Choose a buurt layer, open a CBS file, or load the demo gemeente.</source>
        <translation>Choose a buurt layer, open a CBS file, or load the demo gemeente.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="207" />
        <source>{} buurten in {} gemeenten; {} indicators.</source>
        <translation>{} buurten in {} gemeenten; {} indicators.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="215" />
        <source>All gemeenten</source>
        <translation>All gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="262" />
        <source>Load themes</source>
        <translation>Load themes</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="277" />
        <source>Theme files (*.json)</source>
        <translation>Theme files (*.json)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="277" />
        <source>Save themes as</source>
        <translation>Save themes as</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="283" />
        <source>Themes saved to {}</source>
        <translation>Themes saved to {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="306" />
        <source>A computation is already running; wait for it or cancel it.</source>
        <translation>A computation is already running; wait for it or cancel it.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="310" />
        <source>Choose a buurt layer first.</source>
        <translation>Choose a buurt layer first.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="313" />
        <source>Tick at least one theme.</source>
        <translation>Tick at least one theme.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="319" />
        <source>BuurtKijker: theme indices for {}</source>
        <translation>BuurtKijker: theme indices for {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="88" />
        <source>all gemeenten</source>
        <translation>all gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="339" />
        <source>Computing in the background...</source>
        <translation>Computing in the background...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="358" />
        <source>{} buurten with an overall score.</source>
        <translation>{} buurten with an overall score.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="370" />
        <source>Cancelled; nothing was added.</source>
        <translation>Cancelled; nothing was added.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="16" />
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="16" />
        <source>higher is worse</source>
        <translation>higher is worse</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="27" />
        <source>Theme / indicator</source>
        <translation>Theme / indicator</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="27" />
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="68" />
        <source>no values in this layer</source>
        <translation>no values in this layer</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="70" />
        <source>not in this layer</source>
        <translation>not in this layer</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="79" />
        <source>{:.0%} of the theme's weight is available; at least 50% is needed</source>
        <translation>{:.0%} of the theme's weight is available; at least 50% is needed</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="21" />
        <source>Overall score</source>
        <translation>Overall score</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="36" />
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="40" />
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="90" />
        <source>{} gemeenten</source>
        <translation>{} gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/tasks.py" line="45" />
        <source>The BuurtKijker Processing provider is not loaded.</source>
        <translation>The BuurtKijker Processing provider is not loaded.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/tasks.py" line="68" />
        <source>The computation failed.</source>
        <translation>The computation failed.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="119" />
        <source>{}: not computed, too few indicators in this layer.</source>
        <translation>{}: not computed, too few indicators in this layer.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="123" />
        <source>{}: {} of {} buurten scored; without {}</source>
        <translation>{}: {} of {} buurten scored; without {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="28" />
        <source>+ higher is better, - higher is worse</source>
        <translation>+ higher is better, - higher is worse</translation>
    </message>
</context>
<context>
    <name>BuurtKijker</name>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="140" />
        <source>File not found: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="52" />
        <source>{name} cannot be read as vector data (GeoPackage, shapefile, GeoJSON, GML or CSV). {reason}</source>
        <translation>{name} cannot be read as vector data (GeoPackage, shapefile, GeoJSON, GML or CSV). {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="128" />
        <source>{source}: not a CBS buurt layer: no buurt code column (BU_CODE or buurtcode) found among {columns}.</source>
        <translation>{source}: not a CBS buurt layer: no buurt code column (BU_CODE or buurtcode) found among {columns}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layers.py" line="126" />
        <source>{source}: the layer holds no features.</source>
        <translation>{source}: the layer holds no features.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="75" />
        <source>{source}: theme {position} is not an object.</source>
        <translation>{source}: theme {position} is not an object.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="79" />
        <source>{source}: theme {position} needs an 'id' of lower-case letters, digits and _ (got {value!r}).</source>
        <translation>{source}: theme {position} needs an 'id' of lower-case letters, digits and _ (got {value!r}).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="85" />
        <source>{source}: theme '{theme}': 'name' must be text or {{"nl": ..., "en": ...}}.</source>
        <translation>{source}: theme '{theme}': 'name' must be text or {{"nl": ..., "en": ...}}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="89" />
        <source>{source}: theme '{theme}' has no list of 'indicators'.</source>
        <translation>{source}: theme '{theme}' has no list of 'indicators'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="97" />
        <source>{source}: theme '{theme}' lists {indicator} twice.</source>
        <translation>{source}: theme '{theme}' lists {indicator} twice.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="107" />
        <source>{source}: theme '{theme}', entry {entry}: needs an 'indicator' name.</source>
        <translation>{source}: theme '{theme}', entry {entry}: needs an 'indicator' name.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="113" />
        <source>{source}: theme '{theme}', entry {entry}: unknown indicator '{indicator}'.</source>
        <translation>{source}: theme '{theme}', entry {entry}: unknown indicator '{indicator}'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="118" />
        <source>{source}: theme '{theme}', entry {entry} ({indicator}): direction must be 'higher_is_better' or 'higher_is_worse', not {value!r}.</source>
        <translation>{source}: theme '{theme}', entry {entry} ({indicator}): direction must be 'higher_is_better' or 'higher_is_worse', not {value!r}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="129" />
        <source>{source}: theme '{theme}', entry {entry}: weight must be a number greater than 0, not {value!r}.</source>
        <translation>{source}: theme '{theme}', entry {entry}: weight must be a number greater than 0, not {value!r}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="138" />
        <source>{source}: not a BuurtKijker theme file: expected {{"themes": [...]}}.</source>
        <translation>{source}: not a BuurtKijker theme file: expected {{"themes": [...]}}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="144" />
        <source>{source}: theme id '{theme}' is used twice.</source>
        <translation>{source}: theme id '{theme}' is used twice.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="156" />
        <source>Theme file {source} cannot be read: {reason}</source>
        <translation>Theme file {source} cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="159" />
        <source>Theme file {source} is not valid JSON: {reason}</source>
        <translation>Theme file {source} is not valid JSON: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="179" />
        <source>Unknown theme: {unknown}. Available: {available}.</source>
        <translation>Unknown theme: {unknown}. Available: {available}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/gemeenten.py" line="39" />
        <source>Unknown gemeente: {unknown}. Did you mean: {hints}?</source>
        <translation>Unknown gemeente: {unknown}. Did you mean: {hints}?</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/gemeenten.py" line="41" />
        <source>Unknown gemeente: {unknown}. The data holds {n} gemeenten.</source>
        <translation>Unknown gemeente: {unknown}. The data holds {n} gemeenten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="60" />
        <source>{name}: the coordinate reference system is unknown (no .prj or CRS). Add it, e.g. EPSG:28992 (RD New) for CBS data.</source>
        <translation>{name}: the coordinate reference system is unknown (no .prj or CRS). Add it, e.g. EPSG:28992 (RD New) for CBS data.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="73" />
        <source>{name} has no layer '{layer}'; it has: {layers}.</source>
        <translation>{name} has no layer '{layer}'; it has: {layers}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="144" />
        <source>{name} cannot be read as a CSV table: {reason}</source>
        <translation>{name} cannot be read as a CSV table: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="43" />
        <source>Unknown method '{value}'; choose one of {choices}.</source>
        <translation>Unknown method '{value}'; choose one of {choices}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="46" />
        <source>Unknown reference '{value}'; choose one of {choices}.</source>
        <translation>Unknown reference '{value}'; choose one of {choices}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="49" />
        <source>Winsorising must be a share between 0 and 0.5.</source>
        <translation>Winsorising must be a share between 0 and 0.5.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="225" />
        <source>Theme '{theme}', entry {entry}: unknown indicator '{indicator}' (not a BuurtKijker indicator and not a column of the layer).</source>
        <translation>Theme '{theme}', entry {entry}: unknown indicator '{indicator}' (not a BuurtKijker indicator and not a column of the layer).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="265" />
        <source>The selection holds no buurten.</source>
        <translation>The selection holds no buurten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="270" />
        <source>No buurt in the selection can be scored: all are water or have fewer than {n} inhabitants.</source>
        <translation>No buurt in the selection can be scored: all are water or have fewer than {n} inhabitants.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="105" />
        <source>{source}: no known CBS indicator found (columns: {columns}).</source>
        <translation>{source}: no known CBS indicator found (columns: {columns}).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="118" />
        <source>{source}: column {column} does not hold CBS codes such as {example}.</source>
        <translation>{source}: column {column} does not hold CBS codes such as {example}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="125" />
        <source>{source}: this is a gemeente layer, not a buurt layer (no buurt or wijk code column).</source>
        <translation>{source}: this is a gemeente layer, not a buurt layer (no buurt or wijk code column).</translation>
    </message>
</context>
</TS>