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
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="118" />
        <source>{}: {} of {} buurten scored; missing indicators: {}</source>
        <translation>{}: {} of {} buurten scored; missing indicators: {}</translation>
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