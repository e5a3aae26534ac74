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
        <translation>Compare buurten on liveability, resilience and more</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="34"/>
        <source>{} must be one of: {}</source>
        <translation>{} must be one of: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="29"/>
        <source>Compute theme indices</source>
        <translation>Compute theme indices</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/base.py" line="69"/>
        <source>Indices</source>
        <translation>Indices</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="52"/>
        <source>Buurt layer (CBS Wijk- en buurtkaart)</source>
        <translation>Buurt layer (CBS Wijk- en buurtkaart)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="57"/>
        <source>Gemeente(n): codes or names, comma-separated (empty = all)</source>
        <translation>Gemeente(n): codes or names, comma-separated (empty = all)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="49"/>
        <source>Theme file (JSON, replaces the built-in themes)</source>
        <translation>Theme file (JSON, replaces the built-in themes)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="70"/>
        <source>Method: zscore, minmax, rank or imd</source>
        <translation>Method: zscore, minmax, rank or imd</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="75"/>
        <source>Reference: selection or national</source>
        <translation>Reference: selection or national</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="65"/>
        <source>Minimum number of inhabitants</source>
        <translation>Minimum number of inhabitants</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="68"/>
        <source>Winsorise: share clipped at each tail (0 = off)</source>
        <translation>Winsorise: share clipped at each tail (0 = off)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="68"/>
        <source>Uncertainty: Monte Carlo weight draws (0 = off)</source>
        <translation>Uncertainty: Monte Carlo weight draws (0 = off)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="88"/>
        <source>Theme indices</source>
        <translation>Theme indices</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="179"/>
        <source>Reading {}...</source>
        <translation>Reading {}...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="93"/>
        <source>A buurt layer of the CBS Wijk- en buurtkaart in this project</source>
        <translation>A buurt layer of the CBS Wijk- en buurtkaart in this project</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="95"/>
        <source>Open file...</source>
        <translation>Open file...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="96"/>
        <source>Open a CBS Wijk- en buurtkaart file (GeoPackage, shapefile, GeoJSON)</source>
        <translation>Open a CBS Wijk- en buurtkaart file (GeoPackage, shapefile, GeoJSON)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="100"/>
        <source>Voorbeeldstad: a fictitious gemeente of 40 buurten, to try BuurtKijker</source>
        <translation>Voorbeeldstad: a fictitious gemeente of 40 buurten, to try BuurtKijker</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="665"/>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/gemeente_panel.py" line="25"/>
        <source>Search gemeente, e.g. eindh</source>
        <translation>Search gemeente, e.g. eindh</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/themes_panel.py" line="17"/>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="161"/>
        <source>Load themes...</source>
        <translation>Load themes...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="161"/>
        <source>Save themes as...</source>
        <translation>Save themes as...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="122"/>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="24"/>
        <source>the chosen gemeenten</source>
        <translation>the chosen gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="25"/>
        <source>all buurten in the layer (national)</source>
        <translation>all buurten in the layer (national)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="27"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Natural breaks (Jenks)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="27"/>
        <source>Quantile</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="28"/>
        <source>Equal interval</source>
        <translation>Equal interval</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="28"/>
        <source>Pretty breaks</source>
        <translation>Pretty breaks</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="146"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="54"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="54"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="155"/>
        <source>Minimum inhabitants</source>
        <translation>Minimum inhabitants</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="54"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="158"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="159"/>
        <source>Save result to</source>
        <translation>Save result to</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="31"/>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="34"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="50"/>
        <source>Map shows</source>
        <translation>Map shows</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="201"/>
        <source>Open CBS Wijk- en buurtkaart</source>
        <translation>Open CBS Wijk- en buurtkaart</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="201"/>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.gml *.zip);;All files (*)</source>
        <translation>Vector data (*.gpkg *.shp *.geojson *.json *.gml *.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="222"/>
        <source>Voorbeeldstad (demo)</source>
        <translation>Voorbeeldstad (demo)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="237"/>
        <source>Choose a buurt layer, open a CBS file, or load the demo gemeente.</source>
        <translation>Choose a buurt layer, open a CBS file, or load the demo gemeente.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/gemeente_panel.py" line="41"/>
        <source>All gemeenten</source>
        <translation>All gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="340"/>
        <source>Load themes</source>
        <translation>Load themes</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="357"/>
        <source>Theme files (*.json)</source>
        <translation>Theme files (*.json)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="357"/>
        <source>Save themes as</source>
        <translation>Save themes as</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="363"/>
        <source>Themes saved to {}</source>
        <translation>Themes saved to {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="473"/>
        <source>A computation is already running; wait for it or cancel it.</source>
        <translation>A computation is already running; wait for it or cancel it.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="477"/>
        <source>Choose a buurt layer first.</source>
        <translation>Choose a buurt layer first.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_action.py" line="146"/>
        <source>Tick at least one theme.</source>
        <translation>Tick at least one theme.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="486"/>
        <source>BuurtKijker: theme indices for {}</source>
        <translation>BuurtKijker: theme indices for {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="240"/>
        <source>all gemeenten</source>
        <translation>all gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="504"/>
        <source>Computing in the background...</source>
        <translation>Computing in the background...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="19"/>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="19"/>
        <source>higher is worse</source>
        <translation>higher is worse</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="36"/>
        <source>Theme / indicator</source>
        <translation>Theme / indicator</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="36"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="91"/>
        <source>no values in this layer</source>
        <translation>no values in this layer</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="93"/>
        <source>not in this layer</source>
        <translation>not in this layer</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="111"/>
        <source>{:.0%} of the theme&apos;s weight is available; at least 50% is needed</source>
        <translation>{:.0%} of the theme's weight is available; at least 50% is needed</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="26"/>
        <source>Overall score</source>
        <translation>Overall score</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="242"/>
        <source>{} gemeenten</source>
        <translation>{} gemeenten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/tasks.py" line="47"/>
        <source>The BuurtKijker Processing provider is not loaded.</source>
        <translation>The BuurtKijker Processing provider is not loaded.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/tasks.py" line="80"/>
        <source>The computation failed.</source>
        <translation>The computation failed.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="217"/>
        <source>{}: not computed, too few indicators in this layer.</source>
        <translation>{}: not computed, too few indicators in this layer.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/theme_tree.py" line="37"/>
        <source>+ higher is better, - higher is worse</source>
        <translation>+ higher is better, - higher is worse</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="16"/>
        <source>A4 landscape</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="16"/>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="17"/>
        <source>A3 landscape</source>
        <translation>A3 landscape</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="17"/>
        <source>A3 portrait</source>
        <translation>A3 portrait</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="18"/>
        <source>Buurtprofielen: one page per buurt (PDF)</source>
        <translation>Buurtprofielen: one page per buurt (PDF)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="31"/>
        <source>BuurtKijker - export map</source>
        <translation>BuurtKijker - export map</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="78"/>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PDF (*.pdf);;PNG image (*.png);;SVG image (*.svg)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="60"/>
        <source>Also add to the project&apos;s layouts, to polish in the layout designer</source>
        <translation>Also add to the project's layouts, to polish in the layout designer</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="66"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="70"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="95"/>
        <source>Buurtprofielen for the {} buurten selected on the map.</source>
        <translation>Buurtprofielen for the {} buurten selected on the map.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="95"/>
        <source>Buurtprofielen for every buurt with a score (select buurten on the map for fewer).</source>
        <translation>Buurtprofielen for every buurt with a score (select buurten on the map for fewer).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="33"/>
        <source>BuurtKijker - compare buurten</source>
        <translation>BuurtKijker - compare buurten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="66"/>
        <source>Search buurt</source>
        <translation>Search buurt</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="72"/>
        <source>Buurten to compare</source>
        <translation>Buurten to compare</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="102"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="103"/>
        <source>Copy the table (paste into a spreadsheet) and the chart</source>
        <translation>Copy the table (paste into a spreadsheet) and the chart</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="104"/>
        <source>Save CSV...</source>
        <translation>Save CSV...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="105"/>
        <source>Save chart...</source>
        <translation>Save chart...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="213"/>
        <source>Tick buurten in the list, or select them on the map before opening this window.</source>
        <translation>Tick buurten in the list, or select them on the map before opening this window.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="225"/>
        <source>Blue: clearly better than the gemeente average; red: clearly worse (more than half a standard deviation).</source>
        <translation>Blue: clearly better than the gemeente average; red: clearly worse (more than half a standard deviation).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="225"/>
        <source>No national layer loaded: the national column is empty.</source>
        <translation>No national layer loaded: the national column is empty.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="277"/>
        <source>every theme around the average</source>
        <translation>every theme around the average</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="290"/>
        <source>Table and chart copied.</source>
        <translation>Table and chart copied.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="293"/>
        <source>Save comparison</source>
        <translation>Save comparison</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="293"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="319"/>
        <source>Saved {}</source>
        <translation>Saved {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="312"/>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="57"/>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)</source>
        <translation>PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="55"/>
        <source>Compare...</source>
        <translation>Compare...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="56"/>
        <source>Compare the buurten selected on the map with each other, the gemeente and the country</source>
        <translation>Compare the buurten selected on the map with each other, the gemeente and the country</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="58"/>
        <source>Export map...</source>
        <translation>Export map...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="59"/>
        <source>Print layout as PDF, PNG or SVG; buurtprofielen as one PDF</source>
        <translation>Print layout as PDF, PNG or SVG; buurtprofielen as one PDF</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="521"/>
        <source>BuurtKijker: legend classes</source>
        <translation>BuurtKijker: legend classes</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="137"/>
        <source>Wrote {}</source>
        <translation>Wrote {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="648"/>
        <source>all Dutch buurten</source>
        <translation>all Dutch buurten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="104"/>
        <source>the buurten on this map</source>
        <translation>the buurten on this map</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="120"/>
        <source>Score 0-100 from the lowest to the highest buurt of {}. Higher is better.</source>
        <translation>Score 0-100 from the lowest to the highest buurt of {}. Higher is better.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="123"/>
        <source>Indicators: {}.</source>
        <translation>Indicators: {}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="128"/>
        <source>No data: water, fewer than {} inhabitants, or too few indicators.</source>
        <translation>No data: water, fewer than {} inhabitants, or too few indicators.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="141"/>
        <source>Source: CBS Kerncijfers wijken en buurten {}; processing BuurtKijker</source>
        <translation>Source: CBS Kerncijfers wijken en buurten {}; processing BuurtKijker</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="315"/>
        <source>Buurt scores {} - method {}, reference: {}</source>
        <translation>Buurt scores {} - method {}, reference: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="315"/>
        <source>the Netherlands</source>
        <translation>the Netherlands</translation>
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
        <translation>Why this score?</translation>
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
        <translation>Netherlands</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="30"/>
        <source>Export map layout</source>
        <translation>Export map layout</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/base.py" line="69"/>
        <source>Layouts</source>
        <translation>Layouts</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="41"/>
        <source>Theme indices layer</source>
        <translation>Theme indices layer</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="42"/>
        <source>Theme(s): ids, comma-separated, or &apos;total&apos; (empty = all)</source>
        <translation>Theme(s): ids, comma-separated, or 'total' (empty = all)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="62"/>
        <source>Gemeente(n): codes or names (empty = the whole layer)</source>
        <translation>Gemeente(n): codes or names (empty = the whole layer)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="64"/>
        <source>Buurten for buurtprofielen: codes or names (empty = all)</source>
        <translation>Buurten for buurtprofielen: codes or names (empty = all)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="66"/>
        <source>National reference layer for buurtprofielen (optional)</source>
        <translation>National reference layer for buurtprofielen (optional)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="71"/>
        <source>Title (empty = theme and gemeente)</source>
        <translation>Title (empty = theme and gemeente)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="78"/>
        <source>Output file</source>
        <translation>Output file</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="107"/>
        <source>Styling {} buurten...</source>
        <translation>Styling {} buurten...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="131"/>
        <source>Buurtprofielen for {} buurten...</source>
        <translation>Buurtprofielen for {} buurten...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="32"/>
        <source>Compare buurten</source>
        <translation>Compare buurten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="46"/>
        <source>Buurten: codes or names, comma-separated</source>
        <translation>Buurten: codes or names, comma-separated</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="48"/>
        <source>National reference layer (optional)</source>
        <translation>National reference layer (optional)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="54"/>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="57"/>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="85"/>
        <source>No national reference layer given: the national column stays empty.</source>
        <translation>No national reference layer given: the national column stays empty.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="163"/>
        <source>The output file is the input file {}: choose another file. BuurtKijker never overwrites your data.</source>
        <translation>The output file is the input file {}: choose another file. BuurtKijker never overwrites your data.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_action.py" line="148"/>
        <source>Exporting maps...</source>
        <translation>Exporting maps...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_action.py" line="159"/>
        <source>Export cancelled; {} file(s) written.</source>
        <translation>Export cancelled; {} file(s) written.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="136"/>
        <source>Share of the reference buurten clipped at each tail before standardising (0 = off). Skewed rates are already shrunk and transformed.</source>
        <translation>Share of the reference buurten clipped at each tail before standardising (0 = off). Skewed rates are already shrunk and transformed.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="26"/>
        <source>Verdict classes (one word per buurt)</source>
        <translation>Verdict classes (one word per buurt)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="156"/>
        <source>Winsorising</source>
        <translation>Winsorising</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="108"/>
        <source>Context, not a judgement: higher means more of what the theme describes, compared with the average of {}. Not part of the overall score.</source>
        <translation>Context, not a judgement: higher means more of what the theme describes, compared with the average of {}. Not part of the overall score.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="111"/>
        <source>Deciles among {}: 1 = the tenth most deprived. Method of the English Index of Multiple Deprivation 2019: each domain ranked and exponentially transformed, then weighted. Score = 100 minus the deprivation score.</source>
        <translation>Deciles among {}: 1 = the tenth most deprived. Method of the English Index of Multiple Deprivation 2019: each domain ranked and exponentially transformed, then weighted. Score = 100 minus the deprivation score.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="118"/>
        <source>Score = percentage of {} that score lower (0-100). Higher is better.</source>
        <translation>Score = percentage of {} that score lower (0-100). Higher is better.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="130"/>
        <source>&apos;{}&apos;: 0.5 to 1 standard deviation below the average; &apos;{}&apos;: more than 1.</source>
        <translation>'{}': 0.5 to 1 standard deviation below the average; '{}': more than 1.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="234"/>
        <source>No overall score: less than half of the chosen themes&apos; weight could be computed from this layer.</source>
        <translation>No overall score: less than half of the chosen themes' weight could be computed from this layer.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="147"/>
        <source>[a GeoPackage in the project&apos;s folder]</source>
        <translation>[a GeoPackage in the project's folder]</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="579"/>
        <source>The maps could not be stored in {}: {}</source>
        <translation>The maps could not be stored in {}: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/i18n.py" line="96"/>
        <source>This QGIS has no {packages}, needed for {uses}. To install: {where} {command} and restart QGIS.</source>
        <translation>This QGIS has no {packages}, needed for {uses}. To install: {where} {command} and restart QGIS.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/i18n.py" line="101"/>
        <source>Until then the BuurtKijker dock and algorithms are not available.</source>
        <translation>Until then the BuurtKijker dock and algorithms are not available.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/i18n.py" line="102"/>
        <source>Everything else works: the dock, computing indices, maps and layouts.</source>
        <translation>Everything else works: the dock, computing indices, maps and layouts.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="30"/>
        <source>Extra sources</source>
        <translation>Extra sources</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="31"/>
        <source>Tables joined to the buurt layer by buurt code: CBS Kerncijfers of other years, the RIVM Gezondheidsmonitor, the Leefbaarometer, your own CSV or Excel. Each indicator comes from the most recent year that has it.</source>
        <translation>Tables joined to the buurt layer by buurt code: CBS Kerncijfers of other years, the RIVM Gezondheidsmonitor, the Leefbaarometer, your own CSV or Excel. Each indicator comes from the most recent year that has it.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="45"/>
        <source>A table or layer of this project to add as a source</source>
        <translation>A table or layer of this project to add as a source</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="46"/>
        <source>Add layer</source>
        <translation>Add layer</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="52"/>
        <source>Add file...</source>
        <translation>Add file...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="54"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="60"/>
        <source>Years, when not in the file: e.g. 2020, 2017 or rivm=2020</source>
        <translation>Years, when not in the file: e.g. 2020, 2017 or rivm=2020</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="77"/>
        <source>Add extra sources</source>
        <translation>Add extra sources</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="77"/>
        <source>Tables and layers ({});;All files (*)</source>
        <translation>Tables and layers ({});;All files (*)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="143"/>
        <source>Source: {}; processing BuurtKijker</source>
        <translation>Source: {}; processing BuurtKijker</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="153"/>
        <source>{} and {}</source>
        <translation>{} and {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="91"/>
        <source>Extra sources joined by buurt code (CBS other years, RIVM, Leefbaarometer, own CSV)</source>
        <translation>Extra sources joined by buurt code (CBS other years, RIVM, Leefbaarometer, own CSV)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="94"/>
        <source>Years of the sources, e.g. 2020, 2017 or rivm=2020 (empty = from the data)</source>
        <translation>Years of the sources, e.g. 2020, 2017 or rivm=2020 (empty = from the data)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="256"/>
        <source>{} ({}): values for {} of {} buurten.</source>
        <translation>{} ({}): values for {} of {} buurten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="262"/>
        <source>{} ({}): {} buurt codes of the layer do not exist in this source (new codes or changed boundaries since {}); those buurten get no values from it.</source>
        <translation>{} ({}): {} buurt codes of the layer do not exist in this source (new codes or changed boundaries since {}); those buurten get no values from it.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="266"/>
        <source>{}: {} buurten lie in gemeenten this source does not cover.</source>
        <translation>{}: {} buurten lie in gemeenten this source does not cover.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/tasks.py" line="76"/>
        <source>Cancelled; nothing was written or added.</source>
        <translation>Cancelled; nothing was written or added.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="645"/>
        <source>all Dutch wijken</source>
        <translation>all Dutch wijken</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="102"/>
        <source>the wijken on this map</source>
        <translation>the wijken on this map</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="140"/>
        <source>Source: CBS Kerncijfers wijken en buurten; processing BuurtKijker</source>
        <translation>Source: CBS Kerncijfers wijken en buurten; processing BuurtKijker</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/tasks.py" line="73"/>
        <source>Cancelled after the result was saved to {}; it was not added to the map.</source>
        <translation>Cancelled after the result was saved to {}; it was not added to the map.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="208"/>
        <source>{}: no buurt has a score; no map made.</source>
        <translation>{}: no buurt has a score; no map made.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/output.py" line="22"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/output.py" line="89"/>
        <source>a feature was refused</source>
        <translation>a feature was refused</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/output.py" line="106"/>
        <source>{} of {} features could be read back</source>
        <translation>{} of {} features could be read back</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="95"/>
        <source>CHART must end in .png, .svg or .pdf, not &apos;{}&apos;.</source>
        <translation>CHART must end in .png, .svg or .pdf, not '{}'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="98"/>
        <source>UNCERTAINTY must be between 0 and {} draws: more would not fit in memory for a national run (the 5-95 % rank interval is stable from about 1000 draws).</source>
        <translation>UNCERTAINTY must be between 0 and {} draws: more would not fit in memory for a national run (the 5-95 % rank interval is stable from about 1000 draws).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="103"/>
        <source>MIN_POPULATION must be between 0 and {}: the largest buurt has fewer than 40,000 inhabitants, so more would leave every buurt without a score.</source>
        <translation>MIN_POPULATION must be between 0 and {}: the largest buurt has fewer than 40,000 inhabitants, so more would leave every buurt without a score.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="108"/>
        <source>WINSORIZE must be a share from 0 up to 0.5.</source>
        <translation>WINSORIZE must be a share from 0 up to 0.5.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="221"/>
        <source>{}: {} of {} {} scored; without {}</source>
        <translation>{}: {} of {} {} scored; without {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="263"/>
        <source>A shapefile cuts field names to 10 characters: BuurtKijker&apos;s compare and layout tools cannot read the result back. Save it as GeoPackage for those.</source>
        <translation>A shapefile cuts field names to 10 characters: BuurtKijker's compare and layout tools cannot read the result back. Save it as GeoPackage for those.</translation>
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
        <translation>Score 100 is the average of {} as CBS counts it (e.g. all crimes / all inhabitants); 10 points is one standard deviation among them. Higher is better.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="237"/>
        <source>Correlation of each theme with the overall score: {}</source>
        <translation>Correlation of each theme with the overall score: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/bivariate.py" line="43"/>
        <source>Vulnerability x nuisance</source>
        <translation>Vulnerability x nuisance</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/bivariate.py" line="161"/>
        <source>high vulnerability and rising nuisance</source>
        <translation>high vulnerability and rising nuisance</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/bivariate.py" line="161"/>
        <source>high vulnerability and high nuisance</source>
        <translation>high vulnerability and high nuisance</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/bivariate.py" line="162"/>
        <source>Terciles against the buurten on this map (Aedes&apos; Veerkrachtkaarten)</source>
        <translation>Terciles against the buurten on this map (Aedes' Veerkrachtkaarten)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/bivariate.py" line="162"/>
        <source>Vulnerability: low income, difficulty making ends meet, benefits, anxiety or depression risk, loneliness and health limits. Nuisance: crimes per 1000 inhabitants (shrunk for small buurten) or the Leefbaarometer&apos;s nuisance and unsafety. Each axis in three equal groups (terciles) of the buurten; the darkest cell is {}.</source>
        <translation>Vulnerability: low income, difficulty making ends meet, benefits, anxiety or depression risk, loneliness and health limits. Nuisance: crimes per 1000 inhabitants (shrunk for small buurten) or the Leefbaarometer's nuisance and unsafety. Each axis in three equal groups (terciles) of the buurten; the darkest cell is {}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/bivariate.py" line="183"/>
        <source>and {} more</source>
        <translation>and {} more</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="69"/>
        <source>Change between two years</source>
        <translation>Change between two years</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="55"/>
        <source>Buurten, first year (layer or table)</source>
        <translation>Buurten, first year (layer or table)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="56"/>
        <source>Buurten, second year (layer or table)</source>
        <translation>Buurten, second year (layer or table)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="71"/>
        <source>Method: zscore, minmax or rank</source>
        <translation>Method: zscore, minmax or rank</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="63"/>
        <source>Scale from: before (first year), pooled (both years) or each (relative position)</source>
        <translation>Scale from: before (first year), pooled (both years) or each (relative position)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/bivariate.py" line="114"/>
        <source>{} buurten compared (same code in both years).</source>
        <translation>{} buurten compared (same code in both years).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="248"/>
        <source>{} buurt codes only in the first year (boundary changes, not compared): {}</source>
        <translation>{} buurt codes only in the first year (boundary changes, not compared): {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="248"/>
        <source>{} buurt codes only in the second year (boundary changes, not compared): {}</source>
        <translation>{} buurt codes only in the second year (boundary changes, not compared): {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="262"/>
        <source>not in the first year</source>
        <translation>not in the first year</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="262"/>
        <source>not in the second year</source>
        <translation>not in the second year</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="265"/>
        <source>Left out, in one year only: {}</source>
        <translation>Left out, in one year only: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="268"/>
        <source>{}: not computed, too few indicators in both years.</source>
        <translation>{}: not computed, too few indicators in both years.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="25"/>
        <source>Scenario: what if indicator values change</source>
        <translation>Scenario: what if indicator values change</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="28"/>
        <source>Recomputes the themes of buurten whose indicator values a scenario changes, against the unchanged reference: averages, spreads and transforms come from the original data, so every other buurt keeps its score. CHANGES: a CSV file with the columns code, indicator and value (a new value, or &apos;gemiddelde&apos; for the reference average) or delta (added to the current value), e.g. &apos;BU07724210;arbeidsparticipatie;;5&apos;. Per theme: bk_&lt;theme&gt; (now), bk_&lt;theme&gt;_scenario, bk_&lt;theme&gt;_diff, and the scenario&apos;s class and rank. The input layer is never changed.</source>
        <translation>Recomputes the themes of buurten whose indicator values a scenario changes, against the unchanged reference: averages, spreads and transforms come from the original data, so every other buurt keeps its score. CHANGES: a CSV file with the columns code, indicator and value (a new value, or 'gemiddelde' for the reference average) or delta (added to the current value), e.g. 'BU07724210;arbeidsparticipatie;;5'. Per theme: bk_&lt;theme&gt; (now), bk_&lt;theme&gt;_scenario, bk_&lt;theme&gt;_diff, and the scenario's class and rank. The input layer is never changed.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="38"/>
        <source>Scenario: CSV of changes (code, indicator, value or delta)</source>
        <translation>Scenario: CSV of changes (code, indicator, value or delta)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="49"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="111"/>
        <source>{}: no such buurt in the selection; change to {} skipped.</source>
        <translation>{}: no such buurt in the selection; change to {} skipped.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="114"/>
        <source>{}: no value for {} to change; change skipped.</source>
        <translation>{}: no value for {} to change; change skipped.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="120"/>
        <source>{} changes applied to {} buurten.</source>
        <translation>{} changes applied to {} buurten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/bivariate.py" line="22"/>
        <source>Vulnerability x nuisance (3 x 3 map)</source>
        <translation>Vulnerability x nuisance (3 x 3 map)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/bivariate.py" line="25"/>
        <source>Where vulnerable residents concentrate and where this coincides with (an increase of) nuisance and unsafety, after Aedes&apos; Veerkrachtkaarten. Vulnerability (bk_kwetsbaarheid, higher = more vulnerable): low income, difficulty making ends meet, benefits, anxiety/depression risk, loneliness, health limits (join the RIVM Gezondheidsmonitor in SOURCES). Nuisance (bk_overlast, higher = more): the Leefbaarometer&apos;s onv when joined, else crimes per 1000 (shrunk). Terciles against the reference; bk_bivariaat = 3 x (vulnerability tercile - 1) + nuisance tercile. BEFORE (optional): an earlier year; the second axis is then the increase of nuisance and bk_aandacht marks high vulnerability with a real increase. LIST: CSV of the bk_aandacht buurten.</source>
        <translation>Where vulnerable residents concentrate and where this coincides with (an increase of) nuisance and unsafety, after Aedes' Veerkrachtkaarten. Vulnerability (bk_kwetsbaarheid, higher = more vulnerable): low income, difficulty making ends meet, benefits, anxiety/depression risk, loneliness, health limits (join the RIVM Gezondheidsmonitor in SOURCES). Nuisance (bk_overlast, higher = more): the Leefbaarometer's onv when joined, else crimes per 1000 (shrunk). Terciles against the reference; bk_bivariaat = 3 x (vulnerability tercile - 1) + nuisance tercile. BEFORE (optional): an earlier year; the second axis is then the increase of nuisance and bk_aandacht marks high vulnerability with a real increase. LIST: CSV of the bk_aandacht buurten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/bivariate.py" line="40"/>
        <source>Earlier year for the increase of nuisance (optional)</source>
        <translation>Earlier year for the increase of nuisance (optional)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/bivariate.py" line="44"/>
        <source>List of high vulnerability and rising nuisance (CSV)</source>
        <translation>List of high vulnerability and rising nuisance (CSV)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/bivariate.py" line="144"/>
        <source>{} buurten with high vulnerability and {} nuisance.</source>
        <translation>{} buurten with high vulnerability and {} nuisance.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/bivariate.py" line="144"/>
        <source>rising</source>
        <translation>rising</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/bivariate.py" line="144"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/change_style.py" line="85"/>
        <source>both years</source>
        <translation>both years</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/change_style.py" line="85"/>
        <source>each year itself</source>
        <translation>each year itself</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/change_style.py" line="87"/>
        <source>Change {} -&gt; {}, one scale: the reference of {}</source>
        <translation>Change {} -&gt; {}, one scale: the reference of {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/change_style.py" line="87"/>
        <source>A buurt&apos;s score in the second year minus its score in the first, with the same reference, method and indicators in both years. A change counts only when it is larger than 1.96 times its sampling noise and than half a standard deviation of the buurten (5 points); otherwise &apos;no clear change&apos;. Buurten whose code exists in one year only are not compared. The map tip gives both scores.</source>
        <translation>A buurt's score in the second year minus its score in the first, with the same reference, method and indicators in both years. A change counts only when it is larger than 1.96 times its sampling noise and than half a standard deviation of the buurten (5 points); otherwise 'no clear change'. Buurten whose code exists in one year only are not compared. The map tip gives both scores.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/change_style.py" line="87"/>
        <source>Source: CBS Kerncijfers wijken en buurten {} and {}; processing BuurtKijker</source>
        <translation>Source: CBS Kerncijfers wijken en buurten {} and {}; processing BuurtKijker</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/change_action.py" line="24"/>
        <source>Earlier year of the same buurten</source>
        <translation>Earlier year of the same buurten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/change_action.py" line="39"/>
        <source>BuurtKijker: change for {}</source>
        <translation>BuurtKijker: change for {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="70"/>
        <source>Change...</source>
        <translation>Change...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="32"/>
        <source>What if ...</source>
        <translation>What if ...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="35"/>
        <source>Scenario name</source>
        <translation>Scenario name</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="40"/>
        <source>Buurt code</source>
        <translation>Buurt code</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="40"/>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="40"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="42"/>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="45"/>
        <source>New value: a number or &apos;gemiddelde&apos; (the reference average); change: added to today&apos;s value, e.g. 5 or -10.</source>
        <translation>New value: a number or 'gemiddelde' (the reference average); change: added to today's value, e.g. 5 or -10.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="84"/>
        <source>Choose a buurt layer and give at least one change.</source>
        <translation>Choose a buurt layer and give at least one change.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="92"/>
        <source>BuurtKijker: scenario {}</source>
        <translation>BuurtKijker: scenario {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="97"/>
        <source>Scenario: {} (difference with today)</source>
        <translation>Scenario: {} (difference with today)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/scenario_action.py" line="109"/>
        <source>Scenario {}: {} changes for {} buurten; {} skipped.</source>
        <translation>Scenario {}: {} changes for {} buurten; {} skipped.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="73"/>
        <source>What if...</source>
        <translation>What if...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="74"/>
        <source>Change indicator values of chosen buurten and see their scores against the unchanged reference; saved in the project</source>
        <translation>Change indicator values of chosen buurten and see their scores against the unchanged reference; saved in the project</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/bivariate_action.py" line="69"/>
        <source>BuurtKijker: vulnerability x nuisance for {}</source>
        <translation>BuurtKijker: vulnerability x nuisance for {}</translation>
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
        <translation>Theme file</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="47"/>
        <source>The theme the map shows</source>
        <translation>The theme the map shows</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="114"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="235"/>
        <source>Load a buurt layer first: the themes it can compute are ticked then.</source>
        <translation>Load a buurt layer first: the themes it can compute are ticked then.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="307"/>
        <source>{} in {}; {} indicators.</source>
        <translation>{} in {}; {} indicators.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/themes_panel.py" line="33"/>
        <source>Too few indicators in this layer: {}</source>
        <translation>Too few indicators in this layer: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/themes_panel.py" line="34"/>
        <source>Less than half of these themes&apos; weight has data in this layer. Extra sources can add the missing indicators.</source>
        <translation>Less than half of these themes' weight has data in this layer. Extra sources can add the missing indicators.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="114"/>
        <source>Details ({})</source>
        <translation>Details ({})</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="569"/>
        <source>{} with an overall score.</source>
        <translation>{} with an overall score.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="58"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="59"/>
        <source>Own layout template (.qpt, used instead of TEMPLATE)</source>
        <translation>Own layout template (.qpt, used instead of TEMPLATE)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="74"/>
        <source>Buurt labels on the map</source>
        <translation>Buurt labels on the map</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="80"/>
        <source>Files written, separated by &apos;;&apos;</source>
        <translation>Files written, separated by ';'</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/base.py" line="143"/>
        <source>Language of the texts written (nl = Dutch, en = English)</source>
        <translation>Language of the texts written (nl = Dutch, en = English)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="56"/>
        <source>Buurt codes compared, comma-separated</source>
        <translation>Buurt codes compared, comma-separated</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="61"/>
        <source>Themes (none ticked = all)</source>
        <translation>Themes (none ticked = all)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="89"/>
        <source>Gemeente codes computed, comma-separated</source>
        <translation>Gemeente codes computed, comma-separated</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="90"/>
        <source>Number of buurten with a theme score</source>
        <translation>Number of buurten with a theme score</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="91"/>
        <source>Year of the buurt layer (0 = unknown)</source>
        <translation>Year of the buurt layer (0 = unknown)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="92"/>
        <source>Level of the areas: buurt or wijk</source>
        <translation>Level of the areas: buurt or wijk</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="93"/>
        <source>Sources and years of the values</source>
        <translation>Sources and years of the values</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="77"/>
        <source>Year of the buurt layer (empty = from its jaar column or name)</source>
        <translation>Year of the buurt layer (empty = from its jaar column or name)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="194"/>
        <source>The layer says {} (jaar column or name); YEAR={} is used.</source>
        <translation>The layer says {} (jaar column or name); YEAR={} is used.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="198"/>
        <source>The year of {} is unknown (no jaar column, no year in its name): give it as YEAR, so maps and layouts can name it.</source>
        <translation>The year of {} is unknown (no jaar column, no year in its name): give it as YEAR, so maps and layouts can name it.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="330"/>
        <source>The maps could not be stored with the result: {}</source>
        <translation>The maps could not be stored with the result: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="333"/>
        <source>Maps stored with the result: {}</source>
        <translation>Maps stored with the result: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="52"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="53"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="58"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="58"/>
        <source>Buurt names</source>
        <translation>Buurt names</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="58"/>
        <source>Buurt codes</source>
        <translation>Buurt codes</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="68"/>
        <source>Language of the map</source>
        <translation>Language of the map</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="69"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="93"/>
        <source>Layouts in another language than QGIS&apos; are only exported.</source>
        <translation>Layouts in another language than QGIS' are only exported.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_action.py" line="131"/>
        <source>The export failed; see the Processing log.</source>
        <translation>The export failed; see the Processing log.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/presentation.py" line="230"/>
        <source>run {}</source>
        <translation>run {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/expressions.py" line="33"/>
        <source>An explanation stored by BuurtKijker (bk_&lt;theme&gt;_why, written in the language of the run that computed it) in the language asked for. A text it cannot read is returned as it is.</source>
        <translation>An explanation stored by BuurtKijker (bk_&lt;theme&gt;_why, written in the language of the run that computed it) in the language asked for. A text it cannot read is returned as it is.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/expressions.py" line="33"/>
        <source>Syntax</source>
        <translation>Syntax</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/expressions.py" line="33"/>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/expressions.py" line="33"/>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="75"/>
        <source>Choose attention buurten</source>
        <translation>Choose attention buurten</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="76"/>
        <source>Tick the buurten with high vulnerability and rising (or high) nuisance, from the &apos;Vulnerability x nuisance&apos; map in the project or its list (CSV), instead of the current choice. The CSV export then says per buurt whether it is on that list.</source>
        <translation>Tick the buurten with high vulnerability and rising (or high) nuisance, from the 'Vulnerability x nuisance' map in the project or its list (CSV), instead of the current choice. The CSV export then says per buurt whether it is on that list.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="145"/>
        <source>on the attention list (vulnerability x nuisance)</source>
        <translation>on the attention list (vulnerability x nuisance)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="151"/>
        <source>Attention list of &apos;Vulnerability x nuisance&apos;</source>
        <translation>Attention list of 'Vulnerability x nuisance'</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="151"/>
        <source>CSV (*.csv);;*</source>
        <translation>CSV (*.csv);;*</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="184"/>
        <source>The attention list is empty: no buurt has high vulnerability and rising (or high) nuisance.</source>
        <translation>The attention list is empty: no buurt has high vulnerability and rising (or high) nuisance.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="187"/>
        <source>{} buurten of the attention list ticked.</source>
        <translation>{} buurten of the attention list ticked.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/compare_dialog.py" line="187"/>
        <source>{} of its codes are not in this layer.</source>
        <translation>{} of its codes are not in this layer.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="347"/>
        <source>Change since {}</source>
        <translation>Change since {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="347"/>
        <source>Change since the first year</source>
        <translation>Change since the first year</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="348"/>
        <source>{} (both years on one scale; real only beyond the noise and half a standard deviation): {}.</source>
        <translation>{} (both years on one scale; real only beyond the noise and half a standard deviation): {}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="588"/>
        <source>Score and change since {}</source>
        <translation>Score and change since {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="589"/>
        <source>Score and change</source>
        <translation>Score and change</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="41"/>
        <source>Theme scores of two years on one common scale and their change per buurt: the same reference (the BEFORE year&apos;s buurten, or both years pooled), method and indicators in both years; indicators missing in either year are left out and named. Buurten are matched by code only; codes present in one year are reported. Per theme: bk_&lt;theme&gt;_before, _after, _change (after minus before), _change_sd (sampling sd) and _change_class: -1 worse, 0 no clear change, +1 better. A change is real only when it exceeds 1.96 times its sampling sd and half a reference sd (5 points). The input layers are never changed.

METHOD: zscore, minmax or rank.
REFERENCE: selection or national.
SCALE: before, pooled or each (each year against its own buurten: the change of relative position, without the general trend such as inflation).
LEVELS: also write the second year&apos;s scores as computeindices gives them (bk_&lt;theme&gt;, rank, class, explanation, indicators), so that the buurtprofiel and the theme layout show the change beside the level.</source>
        <translation>Theme scores of two years on one common scale and their change per buurt: the same reference (the BEFORE year's buurten, or both years pooled), method and indicators in both years; indicators missing in either year are left out and named. Buurten are matched by code only; codes present in one year are reported. Per theme: bk_&lt;theme&gt;_before, _after, _change (after minus before), _change_sd (sampling sd) and _change_class: -1 worse, 0 no clear change, +1 better. A change is real only when it exceeds 1.96 times its sampling sd and half a reference sd (5 points). The input layers are never changed.

METHOD: zscore, minmax or rank.
REFERENCE: selection or national.
SCALE: before, pooled or each (each year against its own buurten: the change of relative position, without the general trend such as inflation).
LEVELS: also write the second year's scores as computeindices gives them (bk_&lt;theme&gt;, rank, class, explanation, indicators), so that the buurtprofiel and the theme layout show the change beside the level.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="65"/>
        <source>Also write the second year&apos;s theme scores (level beside the change, for buurtprofielen and layouts)</source>
        <translation>Also write the second year's theme scores (level beside the change, for buurtprofielen and layouts)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="148"/>
        <source>Empty: a new GeoPackage beside the project file, with its maps stored in it; while the project is not saved, in a folder BuurtKijker asks for once.</source>
        <translation>Empty: a new GeoPackage beside the project file, with its maps stored in it; while the project is not saved, in a folder BuurtKijker asks for once.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="396"/>
        <source>The result is a temporary layer: it is lost when QGIS closes. Save the project (results then go to its folder) or choose a file under Advanced &gt; Save result to.</source>
        <translation>The result is a temporary layer: it is lost when QGIS closes. Save the project (results then go to its folder) or choose a file under Advanced &gt; Save result to.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="433"/>
        <source>BuurtKijker: folder for results (asked once; the project is not saved yet)</source>
        <translation>BuurtKijker: folder for results (asked once; the project is not saved yet)</translation>
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
        <translation>Computes theme scores (leefbaarheid, sociale veerkracht, achterstand, ...) for the buurten of one or more gemeenten from CBS Kerncijfers wijken en buurten. Score 100 is the reference average; higher is better. Per theme: score (bk_&lt;theme&gt;), rank (1 = best), class 1-5 and the number of indicators used, and in bk_&lt;theme&gt;_why the indicators that pull the score most. The input layer is never changed.

GEMEENTE: codes or names, comma-separated (empty = all features).
THEMES: built-in theme ids (empty = all); with a THEME_FILE, all themes of that file.
METHOD: zscore, minmax, rank or imd.
REFERENCE: selection or national.
LANGUAGE: nl or en, the language of the explanations (default: QGIS' language).
SOURCES: extra tables joined by buurt code (CBS Kerncijfers of other years, RIVM Gezondheidsmonitor, Leefbaarometer, own CSV or Excel); each indicator is taken from the most recent year that has it, and bk_years says which year each value is from.
YEARS: years of the sources when the file has no year column or year in its name, e.g. '2020, 2017' (in the order of SOURCES), 'rivm=2020' or 'input=2024' for the buurt layer.
YEAR: the year of the buurt layer when it has no jaar column and no year in its (table) name, e.g. a PostGIS table.
The input may be a PostGIS table (the gemeente filter is then done by the database); OUTPUT may be a PostGIS table (postgres://dbname=... table=&quot;public&quot;.&quot;name&quot; (geom)); its maps (one style per theme, the overall score as default) are then stored in the database's layer_styles table, as they are in a GeoPackage OUTPUT's own layer_styles table.

Outputs besides the layer: GEMEENTEN (the codes computed), SCORED (buurten with a score), YEAR, LEVEL (buurt or wijk) and SOURCE_YEARS.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="84"/>
        <source>Store the maps in the output&apos;s layer_styles</source>
        <translation>Store the maps in the output's layer_styles</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="336"/>
        <source>{} is still held open by another layer: a rerun into the same file is refused until that layer is removed.</source>
        <translation>{} is still held open by another layer: a rerun into the same file is refused until that layer is removed.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/plugin.py" line="54"/>
        <source>BuurtKijker help (opens in your browser)</source>
        <translation>BuurtKijker help (opens in your browser)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/help_button.py" line="16"/>
        <source>Help (opens the BuurtKijker help in your browser)</source>
        <translation>Help (opens the BuurtKijker help in your browser)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="24"/>
        <source>Buurt map for residents (HTML)</source>
        <translation>Buurt map for residents (HTML)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="67"/>
        <source>Maps (one file each)</source>
        <translation>Maps (one file each)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="51"/>
        <source>HTML page (*.html)</source>
        <translation>HTML page (*.html)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="93"/>
        <source>Buurtprofielen are made in the background and only exported.</source>
        <translation>Buurtprofielen are made in the background and only exported.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_dialog.py" line="95"/>
        <source>One HTML page for residents: works offline, with the notes of the buurten; the ticked themes are its maps.</source>
        <translation>One HTML page for residents: works offline, with the notes of the buurten; the ticked themes are its maps.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="27"/>
        <source>... and {} more</source>
        <translation>... and {} more</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="28"/>
        <source>not counted in the scores</source>
        <translation>not counted in the scores</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="38"/>
        <source>BuurtKijker - note</source>
        <translation>BuurtKijker - note</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="49"/>
        <source>(no theme)</source>
        <translation>(no theme)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="53"/>
        <source>What residents or professionals tell about the buurt</source>
        <translation>What residents or professionals tell about the buurt</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="98"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="98"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="98"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="98"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="92"/>
        <source>BuurtKijker - notes per buurt</source>
        <translation>BuurtKijker - notes per buurt</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="104"/>
        <source>Add...</source>
        <translation>Add...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="104"/>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="105"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="106"/>
        <source>Import CSV...</source>
        <translation>Import CSV...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="106"/>
        <source>Export CSV...</source>
        <translation>Export CSV...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="111"/>
        <source>Notes are shown beside the scores (map tip, comparison, buurtprofiel, HTML map) and never counted in them. They are kept in {}.</source>
        <translation>Notes are shown beside the scores (map tip, comparison, buurtprofiel, HTML map) and never counted in them. They are kept in {}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="123"/>
        <source>Notes of: {}</source>
        <translation>Notes of: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="191"/>
        <source>Delete {} note(s)?</source>
        <translation>Delete {} note(s)?</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="197"/>
        <source>Import notes</source>
        <translation>Import notes</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="208"/>
        <source>Imported {} notes from {}.</source>
        <translation>Imported {} notes from {}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="212"/>
        <source>Export notes</source>
        <translation>Export notes</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="225"/>
        <source>Exported {} notes to {}.</source>
        <translation>Exported {} notes to {}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="235"/>
        <source>Compute or open a result first.</source>
        <translation>Compute or open a result first.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/notes_dialog.py" line="243"/>
        <source>Select one or more buurten on the map first.</source>
        <translation>Select one or more buurten on the map first.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/change_action.py" line="55"/>
        <source>Change: {} buurten compared; {} codes in one year only.</source>
        <translation>Change: {} buurten compared; {} codes in one year only.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="67"/>
        <source>Buurt boundaries of other years: the buurt polygons of the year a source&apos;s codes belong to (e.g. the 2019 buurtkaart for the RIVM Gezondheidsmonitor 2020). Its figures are carried onto today&apos;s buurten by polygon overlap.</source>
        <translation>Buurt boundaries of other years: the buurt polygons of the year a source's codes belong to (e.g. the 2019 buurtkaart for the RIVM Gezondheidsmonitor 2020). Its figures are carried onto today's buurten by polygon overlap.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/sources_panel.py" line="71"/>
        <source>Buurt boundaries of other years</source>
        <translation>Buurt boundaries of other years</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_action.py" line="176"/>
        <source>Buurtprofielen are being made; wait until they are done or cancel them.</source>
        <translation>Buurtprofielen are being made; wait until they are done or cancel them.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_action.py" line="189"/>
        <source>Buurtprofielen cancelled; no file was written.</source>
        <translation>Buurtprofielen cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/export_action.py" line="192"/>
        <source>Making {} buurtprofielen in the background...</source>
        <translation>Making {} buurtprofielen in the background...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="66"/>
        <source>More: change over the years, what-if scenarios, vulnerability x nuisance, notes per buurt</source>
        <translation>More: change over the years, what-if scenarios, vulnerability x nuisance, notes per buurt</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="71"/>
        <source>Compare this layer with an earlier year of the same buurten, by code, on one scale: improved / no clear change / worsened</source>
        <translation>Compare this layer with an earlier year of the same buurten, by code, on one scale: improved / no clear change / worsened</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="77"/>
        <source>Where vulnerable residents and nuisance coincide: a 3 x 3 map of terciles (join the RIVM Gezondheidsmonitor under Extra sources)</source>
        <translation>Where vulnerable residents and nuisance coincide: a 3 x 3 map of terciles (join the RIVM Gezondheidsmonitor under Extra sources)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="79"/>
        <source>Note...</source>
        <translation>Note...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/actions_panel.py" line="80"/>
        <source>Add, edit or delete notes of the buurten selected on the map (what residents and professionals tell); never counted in the scores</source>
        <translation>Add, edit or delete notes of the buurten selected on the map (what residents and professionals tell); never counted in the scores</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="29"/>
        <source>As QGIS (Dutch unless QGIS speaks another language)</source>
        <translation>As QGIS (Dutch unless QGIS speaks another language)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="40"/>
        <source>Defaults of the BuurtKijker dock. The dock also remembers the choices you make in it.</source>
        <translation>Defaults of the BuurtKijker dock. The dock also remembers the choices you make in it.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="49"/>
        <source>Where results are saved while the project is not saved (a saved project&apos;s results go to its folder).</source>
        <translation>Where results are saved while the project is not saved (a saved project's results go to its folder).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="51"/>
        <source>Results folder</source>
        <translation>Results folder</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="54"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/options.py" line="63"/>
        <source>A new language applies after QGIS restarts.</source>
        <translation>A new language applies after QGIS restarts.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="125"/>
        <source>Overall score: the indicators of the themes, each counted once; demography (context) not included.</source>
        <translation>Overall score: the indicators of the themes, each counted once; demography (context) not included.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="149"/>
        <source>{} (via buurtgrenzen {})</source>
        <translation>{} (via buurtgrenzen {})</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="645"/>
        <source>the wijken of {}</source>
        <translation>the wijken of {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="648"/>
        <source>the buurten of {}</source>
        <translation>the buurten of {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="651"/>
        <source>How to read the scores: 100 is the average of {}; 10 points is one standard deviation; higher is better.</source>
        <translation>How to read the scores: 100 is the average of {}; 10 points is one standard deviation; higher is better.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="654"/>
        <source>How to read the scores: the percentage of {} that score lower (0-100); 50 is the middle; higher is better.</source>
        <translation>How to read the scores: the percentage of {} that score lower (0-100); 50 is the middle; higher is better.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="656"/>
        <source>How to read the scores: 0 is the lowest and 100 the highest of {}; higher is better.</source>
        <translation>How to read the scores: 0 is the lowest and 100 the highest of {}; higher is better.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="709"/>
        <source>Buurtprofielen {}</source>
        <translation>Buurtprofielen {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="710"/>
        <source>Buurtprofielen {} {}: {} buurten, by wijk and buurt name</source>
        <translation>Buurtprofielen {} {}: {} buurten, by wijk and buurt name</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/i18n.py" line="109"/>
        <source>The Python packages {packages} are installed but do not work ({error}). To install them again: {where} {command} and restart QGIS. Until then the BuurtKijker dock and algorithms are not available.</source>
        <translation>The Python packages {packages} are installed but do not work ({error}). To install them again: {where} {command} and restart QGIS. Until then the BuurtKijker dock and algorithms are not available.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/notes_expression.py" line="59"/>
        <source>The notes kept beside the layer (its bk_notes table) for a buurt code: how many, and the latest, as text for a map tip; NULL when there are none.</source>
        <translation>The notes kept beside the layer (its bk_notes table) for a buurt code: how many, and the latest, as text for a map tip; NULL when there are none.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/expressions.py" line="33"/>
        <source>text: the stored explanation, e.g. &quot;bk_total_why&quot;; language: &apos;nl&apos; (default) or &apos;en&apos;; word (optional): the map&apos;s class word, which then leads the sentence.</source>
        <translation>text: the stored explanation, e.g. &quot;bk_total_why&quot;; language: 'nl' (default) or 'en'; word (optional): the map's class word, which then leads the sentence.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/profile_book.py" line="37"/>
        <source>Wijk {}</source>
        <translation>Wijk {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/profile_book.py" line="37"/>
        <source>Without wijk</source>
        <translation>Without wijk</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/profile_book.py" line="152"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/profile_book.py" line="130"/>
        <source>the file cannot be created</source>
        <translation>the file cannot be created</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="57"/>
        <source>change</source>
        <translation>change</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="96"/>
        <source>Scenario {}: {}</source>
        <translation>Scenario {}: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="101"/>
        <source>Difference with today in points (scenario minus today), against the unchanged reference</source>
        <translation>Difference with today in points (scenario minus today), against the unchanged reference</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="101"/>
        <source>What if these values change? The changed buurten are scored again against the same reference averages and spreads as today, so every other buurt keeps its score. Changes in this scenario:
{}</source>
        <translation>What if these values change? The changed buurten are scored again against the same reference averages and spreads as today, so every other buurt keeps its score. Changes in this scenario:
{}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="109"/>
        <source>Difference (points)</source>
        <translation>Difference (points)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="166"/>
        <source>The darker a buurt, the more vulnerable its residents and the more nuisance rose; the darkest cell combines high vulnerability with a real increase of nuisance. The table lists those buurten, most vulnerable first: the place to start a conversation with the wijkteam.</source>
        <translation>The darker a buurt, the more vulnerable its residents and the more nuisance rose; the darkest cell combines high vulnerability with a real increase of nuisance. The table lists those buurten, most vulnerable first: the place to start a conversation with the wijkteam.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="169"/>
        <source>The darker a buurt, the more vulnerable its residents and the more nuisance there is; the darkest cell combines both. The table lists those buurten, most vulnerable first: the place to start a conversation with the wijkteam.</source>
        <translation>The darker a buurt, the more vulnerable its residents and the more nuisance there is; the darkest cell combines both. The table lists those buurten, most vulnerable first: the place to start a conversation with the wijkteam.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="179"/>
        <source>Increase of nuisance</source>
        <translation>Increase of nuisance</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="179"/>
        <source>Nuisance</source>
        <translation>Nuisance</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="180"/>
        <source>Vulnerability</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="194"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/profile_task.py" line="93"/>
        <source>Making the buurtprofielen failed: {}</source>
        <translation>Making the buurtprofielen failed: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/profile_task.py" line="114"/>
        <source>BuurtKijker: {} buurtprofielen</source>
        <translation>BuurtKijker: {} buurtprofielen</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/profile_task.py" line="133"/>
        <source>Making the buurtprofielen failed.</source>
        <translation>Making the buurtprofielen failed.</translation>
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
        <translation>A print-ready map of a theme score, from a layer made by 'Compute theme indices': title, legend, scale bar, north arrow, method text, source line and date.

THEME: theme ids, comma-separated; 'total' for the overall score; several themes (or empty = all) give one file per theme, named &lt;output&gt;_&lt;theme&gt;.
TEMPLATE: a4_landscape, a4_portrait, a3_landscape, a3_portrait or buurtprofiel (one page per buurt, PDF).
TEMPLATE_FILE (optional): your own .qpt with the same item ids, used instead.
GEMEENTE: only these gemeenten of the layer (codes or names).
BUURTEN: for buurtprofiel, the buurten (codes or names; empty = all).
LANGUAGE: nl or en, the language of the map's texts, legend and explanations (default: QGIS' language), e.g. a Dutch map from an English QGIS.
LABELS: buurt names or codes on the map (none = no labels).
NOTES: for buurtprofiel, a notes CSV (buurtcode;datum;rol;thema;tekst) shown in a box 'What we hear in the buurt'; empty = the notes kept beside the layer, if it has any. Never in the scores.
OUTPUT: .pdf, .png or .svg.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="75"/>
        <source>Notes CSV for buurtprofielen (empty = the layer&apos;s own notes)</source>
        <translation>Notes CSV for buurtprofielen (empty = the layer's own notes)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="97"/>
        <source>Buurt boundaries of other years (carry sources over by polygon overlap)</source>
        <translation>Buurt boundaries of other years (carry sources over by polygon overlap)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="237"/>
        <source>Laying the buurtgrenzen {} over the buurten...</source>
        <translation>Laying the buurtgrenzen {} over the buurten...</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/buurt_layer.py" line="330"/>
        <source>{} {}: {:.0f} % of the inhabitants, {:.0f} % via the buurtgrenzen {}</source>
        <translation>{} {}: {:.0f} % of the inhabitants, {:.0f} % via the buurtgrenzen {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compare_buurten.py" line="35"/>
        <source>A table of theme scores and indicator values of two or more buurten side by side, with the average of their gemeente and, given a national layer as reference, of the Netherlands. Columns &lt;code&gt;_toelichting say which indicators pull each theme score most.

INPUT: a layer made by &apos;Compute theme indices&apos;.
BUURTEN: buurt codes or names, comma-separated.
REFERENCE_LAYER (optional): a national layer (CBS buurten or a national result) for the national averages.
CHART (optional): bar and radar chart as PNG, SVG or PDF.
LANGUAGE: nl or en, the language of the labels and explanations (default: QGIS&apos; language).</source>
        <translation>A table of theme scores and indicator values of two or more buurten side by side, with the average of their gemeente and, given a national layer as reference, of the Netherlands. Columns &lt;code&gt;_toelichting say which indicators pull each theme score most.

INPUT: a layer made by 'Compute theme indices'.
BUURTEN: buurt codes or names, comma-separated.
REFERENCE_LAYER (optional): a national layer (CBS buurten or a national result) for the national averages.
CHART (optional): bar and radar chart as PNG, SVG or PDF.
LANGUAGE: nl or en, the language of the labels and explanations (default: QGIS' language).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="164"/>
        <source>No buurt code occurs in both years ({} only in the first, {} only in the second): choose two years of the same buurten.</source>
        <translation>No buurt code occurs in both years ({} only in the first, {} only in the second): choose two years of the same buurten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="164"/>
        <source>When the two years have different buurt indelingen, give the first year&apos;s buurt polygons (as the first layer, or as BOUNDARIES) to carry it over.</source>
        <translation>When the two years have different buurt indelingen, give the first year's buurt polygons (as the first layer, or as BOUNDARIES) to carry it over.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_change.py" line="238"/>
        <source>{} ({}): carried onto the buurten of {} through the buurtgrenzen {}: {} buurten by overlap, {} unchanged.</source>
        <translation>{} ({}): carried onto the buurten of {} through the buurtgrenzen {}: {} buurten by overlap, {} unchanged.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="31"/>
        <source>One self-contained HTML page of a layer made by &apos;Compute theme indices&apos;, for a bewonersraad: a map per theme in the colours and words of the QGIS maps, search by buurt name, and per buurt its scores in words, the explanation, the figures with units and years, and the notes. It works offline (from a USB stick): nothing is loaded from the internet.

THEMES: theme ids, comma-separated (&apos;total&apos; for the overall score; empty = all).
NOTES: a notes CSV (buurtcode;datum;rol;thema;tekst); empty = the notes kept beside the layer (its bk_notes table), if any. Notes are shown beside the scores, never counted in them.
LANGUAGE: nl or en, the language of the page.
OUTPUT: an .html file.</source>
        <translation>One self-contained HTML page of a layer made by 'Compute theme indices', for a bewonersraad: a map per theme in the colours and words of the QGIS maps, search by buurt name, and per buurt its scores in words, the explanation, the figures with units and years, and the notes. It works offline (from a USB stick): nothing is loaded from the internet.

THEMES: theme ids, comma-separated ('total' for the overall score; empty = all).
NOTES: a notes CSV (buurtcode;datum;rol;thema;tekst); empty = the notes kept beside the layer (its bk_notes table), if any. Notes are shown beside the scores, never counted in them.
LANGUAGE: nl or en, the language of the page.
OUTPUT: an .html file.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="45"/>
        <source>Title (empty = &apos;Buurtkaart&apos; and gemeente)</source>
        <translation>Title (empty = 'Buurtkaart' and gemeente)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="47"/>
        <source>Notes CSV (empty = the layer&apos;s own notes)</source>
        <translation>Notes CSV (empty = the layer's own notes)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="51"/>
        <source>HTML file</source>
        <translation>HTML file</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="73"/>
        <source>{} notes.</source>
        <translation>{} notes.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_html.py" line="82"/>
        <source>Wrote {} ({} kB, {} buurten)</source>
        <translation>Wrote {} ({} kB, {} buurten)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="40"/>
        <source>Scenario name (on maps and layouts)</source>
        <translation>Scenario name (on maps and layouts)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="112"/>
        <source>{}: the layer and its sources have no indicator &apos;{}&apos; (give its id, CBS column or the name the dock shows); change skipped.</source>
        <translation>{}: the layer and its sources have no indicator '{}' (give its id, CBS column or the name the dock shows); change skipped.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="118"/>
        <source>The scenario changes nothing, so no layer is made. {}</source>
        <translation>The scenario changes nothing, so no layer is made. {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/scenario.py" line="118"/>
        <source>Give at least one change.</source>
        <translation>Give at least one change.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/output_guard.py" line="171"/>
        <source>{} ({}) names the input {} ({}): choose another file or table. BuurtKijker never overwrites your data and never writes into a file it reads.</source>
        <translation>{} ({}) names the input {} ({}): choose another file or table. BuurtKijker never overwrites your data and never writes into a file it reads.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/output_guard.py" line="179"/>
        <source>{} and {} name the same file or table ({}): give each output its own.</source>
        <translation>{} and {} name the same file or table ({}): give each output its own.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="15"/>
        <source>The buurt layer: a CBS Wijk- en buurtkaart layer or table (GeoPackage, shapefile, GeoJSON, PostGIS). It is read, never changed.</source>
        <translation>The buurt layer: a CBS Wijk- en buurtkaart layer or table (GeoPackage, shapefile, GeoJSON, PostGIS). It is read, never changed.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="17"/>
        <source>Gemeente codes (GM0772) or names (Eindhoven), comma-separated; empty = every gemeente in the layer.</source>
        <translation>Gemeente codes (GM0772) or names (Eindhoven), comma-separated; empty = every gemeente in the layer.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="19"/>
        <source>The built-in themes to compute (none ticked = all); with a THEME_FILE, all themes of that file.</source>
        <translation>The built-in themes to compute (none ticked = all); with a THEME_FILE, all themes of that file.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="21"/>
        <source>A theme file (JSON), e.g. saved from the dock with your own weights; replaces the built-in themes.</source>
        <translation>A theme file (JSON), e.g. saved from the dock with your own weights; replaces the built-in themes.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="23"/>
        <source>zscore (default: distance from the average in standard deviations), minmax, rank, or imd (as the English Index of Multiple Deprivation). The change between two years has no imd.</source>
        <translation>zscore (default: distance from the average in standard deviations), minmax, rank, or imd (as the English Index of Multiple Deprivation). The change between two years has no imd.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="25"/>
        <source>selection: scores against the buurten of the chosen gemeenten; national: against every buurt in the layer (use a national layer).</source>
        <translation>selection: scores against the buurten of the chosen gemeenten; national: against every buurt in the layer (use a national layer).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="27"/>
        <source>Buurten with fewer inhabitants get no score (50 is CBS&apos; secrecy bound).</source>
        <translation>Buurten with fewer inhabitants get no score (50 is CBS' secrecy bound).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="28"/>
        <source>Share of the reference buurten clipped at each tail before standardising (0 = off).</source>
        <translation>Share of the reference buurten clipped at each tail before standardising (0 = off).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="29"/>
        <source>Monte Carlo draws of the weights for the 5-95 % rank interval (0 = off; about 1000 gives a stable interval).</source>
        <translation>Monte Carlo draws of the weights for the 5-95 % rank interval (0 = off; about 1000 gives a stable interval).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="31"/>
        <source>Extra tables joined by buurt code: CBS Kerncijfers of other years, the RIVM Gezondheidsmonitor, the Leefbaarometer, your own CSV or Excel. Each indicator is taken from the most recent year that has it.</source>
        <translation>Extra tables joined by buurt code: CBS Kerncijfers of other years, the RIVM Gezondheidsmonitor, the Leefbaarometer, your own CSV or Excel. Each indicator is taken from the most recent year that has it.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="34"/>
        <source>Years of the sources when a file does not say: &apos;2020, 2017&apos; in the order of SOURCES, &apos;rivm=2020&apos; by name, or &apos;input=2024&apos; for the buurt layer.</source>
        <translation>Years of the sources when a file does not say: '2020, 2017' in the order of SOURCES, 'rivm=2020' by name, or 'input=2024' for the buurt layer.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="36"/>
        <source>Buurt polygons of the years the SOURCES&apos; codes belong to (another indeling): a source&apos;s values are carried over to the layer&apos;s buurten by area where the codes differ.</source>
        <translation>Buurt polygons of the years the SOURCES' codes belong to (another indeling): a source's values are carried over to the layer's buurten by area where the codes differ.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="38"/>
        <source>The year of the buurt layer when it has no jaar column and no year in its name.</source>
        <translation>The year of the buurt layer when it has no jaar column and no year in its name.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="39"/>
        <source>nl or en: the language of what the algorithm writes (explanations, legends, tables, maps); default: QGIS&apos; language.</source>
        <translation>nl or en: the language of what the algorithm writes (explanations, legends, tables, maps); default: QGIS' language.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="41"/>
        <source>Where the result goes: a GeoPackage (keeps its maps), a PostGIS table, another file or a temporary layer. Never one of the inputs.</source>
        <translation>Where the result goes: a GeoPackage (keeps its maps), a PostGIS table, another file or a temporary layer. Never one of the inputs.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="43"/>
        <source>The earlier year of the same buurten (a layer or a CBS table), matched by buurt code.</source>
        <translation>The earlier year of the same buurten (a layer or a CBS table), matched by buurt code.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="44"/>
        <source>The later year: the buurt layer of the map.</source>
        <translation>The later year: the buurt layer of the map.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="45"/>
        <source>before: both years against the first year&apos;s buurten; pooled: against both years; each: each year against its own buurten (change of position, without the general trend).</source>
        <translation>before: both years against the first year's buurten; pooled: against both years; each: each year against its own buurten (change of position, without the general trend).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="47"/>
        <source>Also write the second year&apos;s scores, so profiles and layouts show the level beside the change.</source>
        <translation>Also write the second year's scores, so profiles and layouts show the level beside the change.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="49"/>
        <source>A CSV with the columns code, indicator, value and/or delta. The indicator may be given by its id, its CBS column or the Dutch or English name the dock shows; value is a number or &apos;gemiddelde&apos; (the reference average); delta is added to today&apos;s value.</source>
        <translation>A CSV with the columns code, indicator, value and/or delta. The indicator may be given by its id, its CBS column or the Dutch or English name the dock shows; value is a number or 'gemiddelde' (the reference average); delta is added to today's value.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="52"/>
        <source>The scenario&apos;s name, in the layer and on its printed map.</source>
        <translation>The scenario's name, in the layer and on its printed map.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="53"/>
        <source>A CSV of the buurten with high vulnerability and rising (or high) nuisance.</source>
        <translation>A CSV of the buurten with high vulnerability and rising (or high) nuisance.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="54"/>
        <source>Buurt codes or names, comma-separated.</source>
        <translation>Buurt codes or names, comma-separated.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="55"/>
        <source>A national layer (CBS buurten, or a national result of &apos;Compute theme indices&apos;) for the national averages.</source>
        <translation>A national layer (CBS buurten, or a national result of 'Compute theme indices') for the national averages.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="57"/>
        <source>A bar and radar chart of the comparison: PNG, SVG or PDF.</source>
        <translation>A bar and radar chart of the comparison: PNG, SVG or PDF.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="58"/>
        <source>Theme ids, comma-separated, or &apos;total&apos; for the overall score; empty = all. For a change or scenario layer the theme whose change or difference is printed.</source>
        <translation>Theme ids, comma-separated, or 'total' for the overall score; empty = all. For a change or scenario layer the theme whose change or difference is printed.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="60"/>
        <source>The page: A4 or A3, landscape or portrait, or buurtprofiel (one page per buurt, PDF).</source>
        <translation>The page: A4 or A3, landscape or portrait, or buurtprofiel (one page per buurt, PDF).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="61"/>
        <source>Your own layout template (.qpt) with the same item ids, used instead of TEMPLATE.</source>
        <translation>Your own layout template (.qpt) with the same item ids, used instead of TEMPLATE.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="62"/>
        <source>The map&apos;s title; empty = the theme and the gemeente.</source>
        <translation>The map's title; empty = the theme and the gemeente.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="63"/>
        <source>Buurt names, codes or none on the map.</source>
        <translation>Buurt names, codes or none on the map.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="64"/>
        <source>A notes CSV (buurtcode;datum;rol;thema;tekst) shown on the buurtprofielen; empty = the layer&apos;s own notes.</source>
        <translation>A notes CSV (buurtcode;datum;rol;thema;tekst) shown on the buurtprofielen; empty = the layer's own notes.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/parameter_help.py" line="70"/>
        <source>{} is now called {} (REFERENCE means selection or national in the other algorithms); the old name still works for now.</source>
        <translation>{} is now called {} (REFERENCE means selection or national in the other algorithms); the old name still works for now.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="53"/>
        <source>BOUNDARIES: buurt polygons of other years (e.g. the 2019 buurtkaart). A source whose buurt codes belong to one of those indelingen is carried onto the input&apos;s buurten by polygon overlap: counts split by area, rates and means as overlap-weighted means, an unchanged buurt keeps its own value; bk_years says which values were carried over and what share of the area they cover.</source>
        <translation>BOUNDARIES: buurt polygons of other years (e.g. the 2019 buurtkaart). A source whose buurt codes belong to one of those indelingen is carried onto the input's buurten by polygon overlap: counts split by area, rates and means as overlap-weighted means, an unchanged buurt keeps its own value; bk_years says which values were carried over and what share of the area they cover.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="189"/>
        <source>{} codes were in the layer twice as identical rows; each is used once: {}</source>
        <translation>{} codes were in the layer twice as identical rows; each is used once: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="242"/>
        <source>No buurt got a score: every indicator of the chosen themes is empty or missing in this layer ({}). Check the layer and the year of its figures.</source>
        <translation>No buurt got a score: every indicator of the chosen themes is empty or missing in this layer ({}). Check the layer and the year of its figures.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/compute_indices.py" line="295"/>
        <source>Coverage per gemeente (share of the inhabitants whose buurt has the figure):</source>
        <translation>Coverage per gemeente (share of the inhabitants whose buurt has the figure):</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/gui/dock.py" line="534"/>
        <source>The result could not be shown: {}</source>
        <translation>The result could not be shown: {}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/profile_footnotes.py" line="41"/>
        <source>{mark} Average {coverage}; the other buurten have no figure.</source>
        <translation>{mark} Average {coverage}; the other buurten have no figure.</translation>
    </message>
</context>
<context>
    <name>BuurtKijker</name>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="284"/>
        <source>File not found: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="47"/>
        <source>{name} cannot be read as vector data (GeoPackage, shapefile, GeoJSON, GML or CSV). {reason}</source>
        <translation>{name} cannot be read as vector data (GeoPackage, shapefile, GeoJSON, GML or CSV). {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="217"/>
        <source>{source}: not a CBS buurt layer: no buurt code column (BU_CODE or buurtcode) found among {columns}.</source>
        <translation>{source}: not a CBS buurt layer: no buurt code column (BU_CODE or buurtcode) found among {columns}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="159"/>
        <source>{source}: the layer holds no features.</source>
        <translation>{source}: the layer holds no features.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="105"/>
        <source>{source}: theme {position} is not an object.</source>
        <translation>{source}: theme {position} is not an object.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="109"/>
        <source>{source}: theme {position} needs an &apos;id&apos; of lower-case letters, digits and _ (got {value!r}).</source>
        <translation>{source}: theme {position} needs an 'id' of lower-case letters, digits and _ (got {value!r}).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="115"/>
        <source>{source}: theme &apos;{theme}&apos;: &apos;name&apos; must be text or {{&quot;nl&quot;: ..., &quot;en&quot;: ...}}.</source>
        <translation>{source}: theme '{theme}': 'name' must be text or {{&quot;nl&quot;: ..., &quot;en&quot;: ...}}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="119"/>
        <source>{source}: theme &apos;{theme}&apos; has no list of &apos;indicators&apos;.</source>
        <translation>{source}: theme '{theme}' has no list of 'indicators'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="128"/>
        <source>{source}: theme &apos;{theme}&apos; lists {indicator} twice.</source>
        <translation>{source}: theme '{theme}' lists {indicator} twice.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="147"/>
        <source>{source}: theme &apos;{theme}&apos;, entry {entry}: needs an &apos;indicator&apos; name.</source>
        <translation>{source}: theme '{theme}', entry {entry}: needs an 'indicator' name.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="153"/>
        <source>{source}: theme &apos;{theme}&apos;, entry {entry}: unknown indicator &apos;{indicator}&apos;.</source>
        <translation>{source}: theme '{theme}', entry {entry}: unknown indicator '{indicator}'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="158"/>
        <source>{source}: theme &apos;{theme}&apos;, entry {entry} ({indicator}): direction must be &apos;higher_is_better&apos; or &apos;higher_is_worse&apos;, not {value!r}.</source>
        <translation>{source}: theme '{theme}', entry {entry} ({indicator}): direction must be 'higher_is_better' or 'higher_is_worse', not {value!r}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="171"/>
        <source>{source}: theme &apos;{theme}&apos;, entry {entry}: weight must be a number greater than 0, not {value!r}.</source>
        <translation>{source}: theme '{theme}', entry {entry}: weight must be a number greater than 0, not {value!r}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="216"/>
        <source>{source}: not a BuurtKijker theme file: expected {{&quot;themes&quot;: [...]}}.</source>
        <translation>{source}: not a BuurtKijker theme file: expected {{&quot;themes&quot;: [...]}}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="222"/>
        <source>{source}: theme id &apos;{theme}&apos; is used twice.</source>
        <translation>{source}: theme id '{theme}' is used twice.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="235"/>
        <source>Theme file {source} cannot be read: {reason}</source>
        <translation>Theme file {source} cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="241"/>
        <source>Theme file {source} is not valid JSON: {reason}</source>
        <translation>Theme file {source} is not valid JSON: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="265"/>
        <source>Unknown theme: {unknown}. Available: {available}.</source>
        <translation>Unknown theme: {unknown}. Available: {available}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/gemeenten.py" line="68"/>
        <source>Unknown gemeente: {unknown}. Did you mean: {hints}?</source>
        <translation>Unknown gemeente: {unknown}. Did you mean: {hints}?</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/gemeenten.py" line="71"/>
        <source>Unknown gemeente: {unknown}. The data holds {n} gemeenten.</source>
        <translation>Unknown gemeente: {unknown}. The data holds {n} gemeenten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="55"/>
        <source>{name}: the coordinate reference system is unknown (no .prj or CRS). Add it, e.g. EPSG:28992 (RD New) for CBS data.</source>
        <translation>{name}: the coordinate reference system is unknown (no .prj or CRS). Add it, e.g. EPSG:28992 (RD New) for CBS data.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/sources.py" line="68"/>
        <source>{name} has no layer &apos;{layer}&apos;; it has: {layers}.</source>
        <translation>{name} has no layer '{layer}'; it has: {layers}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="173"/>
        <source>{name} cannot be read as a CSV table: {reason}</source>
        <translation>{name} cannot be read as a CSV table: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="50"/>
        <source>Unknown method &apos;{value}&apos;; choose one of {choices}.</source>
        <translation>Unknown method '{value}'; choose one of {choices}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/change.py" line="99"/>
        <source>Unknown reference &apos;{value}&apos;; choose one of {choices}.</source>
        <translation>Unknown reference '{value}'; choose one of {choices}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="58"/>
        <source>Winsorising must be a share between 0 and 0.5.</source>
        <translation>Winsorising must be a share between 0 and 0.5.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="142"/>
        <source>Theme &apos;{theme}&apos;, entry {entry}: unknown indicator &apos;{indicator}&apos; (not a BuurtKijker indicator and not a column of the layer).</source>
        <translation>Theme '{theme}', entry {entry}: unknown indicator '{indicator}' (not a BuurtKijker indicator and not a column of the layer).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="376"/>
        <source>The selection holds no buurten.</source>
        <translation>The selection holds no buurten.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/common_scale.py" line="94"/>
        <source>No buurt in the selection can be scored: all are water or have fewer than {n} inhabitants.</source>
        <translation>No buurt in the selection can be scored: all are water or have fewer than {n} inhabitants.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="153"/>
        <source>{source}: no known CBS indicator found (columns: {columns}).</source>
        <translation>{source}: no known CBS indicator found (columns: {columns}).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="207"/>
        <source>{source}: column {column} does not hold CBS codes such as {example}.</source>
        <translation>{source}: column {column} does not hold CBS codes such as {example}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="214"/>
        <source>{source}: this is a gemeente layer, not a buurt layer (no buurt or wijk code column).</source>
        <translation>{source}: this is a gemeente layer, not a buurt layer (no buurt or wijk code column).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="61"/>
        <source>Layout template {path} cannot be used: it is not a QGIS layout template (.qpt) with a map item whose id is &apos;map&apos;. Built-in templates: {names}.</source>
        <translation>Layout template {path} cannot be used: it is not a QGIS layout template (.qpt) with a map item whose id is 'map'. Built-in templates: {names}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="306"/>
        <source>The layer has no map of &apos;{theme}&apos;.</source>
        <translation>The layer has no map of '{theme}'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="371"/>
        <source>Export as PDF, PNG or SVG, not &apos;{suffix}&apos;.</source>
        <translation>Export as PDF, PNG or SVG, not '{suffix}'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/readback.py" line="19"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Could not write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="498"/>
        <source>No buurt in the layer has a score.</source>
        <translation>No buurt in the layer has a score.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layouts.py" line="705"/>
        <source>Buurtprofielen are exported as one PDF.</source>
        <translation>Buurtprofielen are exported as one PDF.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layers.py" line="261"/>
        <source>{source}: not a BuurtKijker result layer (no code and bk_ fields). Run &apos;Compute theme indices&apos; first.</source>
        <translation>{source}: not a BuurtKijker result layer (no code and bk_ fields). Run 'Compute theme indices' first.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/compare.py" line="295"/>
        <source>Choose at least one buurt to compare.</source>
        <translation>Choose at least one buurt to compare.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/compare.py" line="302"/>
        <source>Buurt &apos;{buurt}&apos; is not in the layer.{hint}</source>
        <translation>Buurt '{buurt}' is not in the layer.{hint}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/compare.py" line="347"/>
        <source>The layer has no theme scores: run &apos;Compute theme indices&apos; on it first.</source>
        <translation>The layer has no theme scores: run 'Compute theme indices' on it first.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="135"/>
        <source>{source}: theme &apos;{theme}&apos;: &apos;domains&apos; must map each domain to {{&quot;weight&quot;: ..., &quot;name&quot;: ...}}.</source>
        <translation>{source}: theme '{theme}': 'domains' must map each domain to {{&quot;weight&quot;: ..., &quot;name&quot;: ...}}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/errors.py" line="31"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/indices.py" line="350"/>
        <source>A national reference needs a layer with the buurten of the whole country; this one holds {n} gemeenten. Use the CBS national buurten table or map (e.g. Kerncijfers wijken en buurten for all of the Netherlands), or choose the reference &apos;selection&apos;.</source>
        <translation>A national reference needs a layer with the buurten of the whole country; this one holds {n} gemeenten. Use the CBS national buurten table or map (e.g. Kerncijfers wijken en buurten for all of the Netherlands), or choose the reference 'selection'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/common_scale.py" line="99"/>
        <source>The reference holds only {n} buurten that can be scored; at least {minimum} are needed for an average and a spread. Choose more gemeenten or the national reference.</source>
        <translation>The reference holds only {n} buurten that can be scored; at least {minimum} are needed for an average and a spread. Choose more gemeenten or the national reference.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/uncertainty.py" line="44"/>
        <source>{draws} uncertainty draws for {n} buurten do not fit in memory; at most {allowed} can be used here.</source>
        <translation>{draws} uncertainty draws for {n} buurten do not fit in memory; at most {allowed} can be used here.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/dependencies.py" line="15"/>
        <source>computing, comparing and mapping buurt scores</source>
        <translation>computing, comparing and mapping buurt scores</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/dependencies.py" line="16"/>
        <source>charts (compare window, buurtprofielen, the CHART output)</source>
        <translation>charts (compare window, buurtprofielen, the CHART output)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/dependencies.py" line="69"/>
        <source>in the OSGeo4W Shell (Start menu, QGIS folder) run</source>
        <translation>in the OSGeo4W Shell (Start menu, QGIS folder) run</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/dependencies.py" line="70"/>
        <source>in Terminal run</source>
        <translation>in Terminal run</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/dependencies.py" line="71"/>
        <source>in a terminal run (Debian, Ubuntu; with dnf or pip elsewhere)</source>
        <translation>in a terminal run (Debian, Ubuntu; with dnf or pip elsewhere)</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/charts.py" line="94"/>
        <source>Charts need the Python package matplotlib, which this QGIS does not have. Install it ({command}) and restart QGIS.</source>
        <translation>Charts need the Python package matplotlib, which this QGIS does not have. Install it ({command}) and restart QGIS.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/sources.py" line="43"/>
        <source>Extra source &apos;{source}&apos; cannot be opened as a table or layer.</source>
        <translation>Extra source '{source}' cannot be opened as a table or layer.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="78"/>
        <source>{name}: the text encoding is neither UTF-8 nor Windows-1252 (cp1252). Save the file as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>{name}: the text encoding is neither UTF-8 nor Windows-1252 (cp1252). Save the file as 'CSV UTF-8' and try again.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="104"/>
        <source>{name}: cannot tell the column separator: no comma, semicolon, tab or | splits the header and every row into the same number of columns (header: {counts}). Save it again from the spreadsheet as CSV.</source>
        <translation>{name}: cannot tell the column separator: no comma, semicolon, tab or | splits the header and every row into the same number of columns (header: {counts}). Save it again from the spreadsheet as CSV.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="108"/>
        <source>{name}: cannot tell the column separator: both {first} and {second} split every row alike. Save it again as CSV with one separator.</source>
        <translation>{name}: cannot tell the column separator: both {first} and {second} split every row alike. Save it again as CSV with one separator.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="135"/>
        <source>{name}: cannot tell the decimal separator: some numbers have a decimal comma ({comma}), others a decimal point ({point}). Save the file again with one decimal separator.</source>
        <translation>{name}: cannot tell the decimal separator: some numbers have a decimal comma ({comma}), others a decimal point ({point}). Save the file again with one decimal separator.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="221"/>
        <source>{name}: the file is empty.</source>
        <translation>{name}: the file is empty.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="200"/>
        <source>{name}: old Excel files (.xls) cannot be read; save it as .xlsx or as CSV.</source>
        <translation>{name}: old Excel files (.xls) cannot be read; save it as .xlsx or as CSV.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="240"/>
        <source>{name} cannot be read as an Excel workbook: {reason}</source>
        <translation>{name} cannot be read as an Excel workbook: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="235"/>
        <source>{name}: reading Excel files needs the Python package openpyxl, which this QGIS lacks. Save the sheet as CSV (any separator or decimal sign) or install openpyxl.</source>
        <translation>{name}: reading Excel files needs the Python package openpyxl, which this QGIS lacks. Save the sheet as CSV (any separator or decimal sign) or install openpyxl.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="350"/>
        <source>{source}: column {column} holds numbers such as {example}, not buurt codes such as BU{example}. Use a column with the BU codes (CBS: gwb_code_10) or put BU in front of the eight digits.</source>
        <translation>{source}: column {column} holds numbers such as {example}, not buurt codes such as BU{example}. Use a column with the BU codes (CBS: gwb_code_10) or put BU in front of the eight digits.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="354"/>
        <source>{source}: no buurt code column found (a column with codes such as BU07721110); columns: {columns}.</source>
        <translation>{source}: no buurt code column found (a column with codes such as BU07721110); columns: {columns}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="385"/>
        <source>{source}: the name holds several years ({years}) and the table has no year column; give its year in YEARS, e.g. {example}.</source>
        <translation>{source}: the name holds several years ({years}) and the table has no year column; give its year in YEARS, e.g. {example}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="423"/>
        <source>{source}: the year of the figures cannot be found (no year column such as &apos;jaar&apos; or &apos;Perioden&apos;, no year in the name); give it in YEARS, e.g. {example}.</source>
        <translation>{source}: the year of the figures cannot be found (no year column such as 'jaar' or 'Perioden', no year in the name); give it in YEARS, e.g. {example}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="472"/>
        <source>{source}: no indicator BuurtKijker knows and no column a theme names (columns: {columns}).</source>
        <translation>{source}: no indicator BuurtKijker knows and no column a theme names (columns: {columns}).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="482"/>
        <source>{source}: buurt code {code} occurs more than once for {year} ({count} codes twice or more); each buurt needs one row per year.</source>
        <translation>{source}: buurt code {code} occurs more than once for {year} ({count} codes twice or more); each buurt needs one row per year.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="509"/>
        <source>YEARS: &apos;{item}&apos; is not a year or name=year (e.g. 2019, or rivm=2020).</source>
        <translation>YEARS: '{item}' is not a year or name=year (e.g. 2019, or rivm=2020).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="522"/>
        <source>YEARS: &apos;{key}&apos; must name exactly one source; it matches {count} of: {names}.</source>
        <translation>YEARS: '{key}' must name exactly one source; it matches {count} of: {names}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="527"/>
        <source>YEARS gives {count} years without a name but there are {sources} sources; write name=year (or input=year for the buurt layer).</source>
        <translation>YEARS gives {count} years without a name but there are {sources} sources; write name=year (or input=year for the buurt layer).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="601"/>
        <source>{first} and {second} both give &apos;{indicator}&apos; for {year}, with different values for {count} buurten. Use one of them, or give one of them another year in YEARS.</source>
        <translation>{first} and {second} both give '{indicator}' for {year}, with different values for {count} buurten. Use one of them, or give one of them another year in YEARS.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="617"/>
        <source>{source}: the year of the buurt layer cannot be found (no &apos;jaar&apos; column, no year in the name); give it in YEARS, e.g. input=2024.</source>
        <translation>{source}: the year of the buurt layer cannot be found (no 'jaar' column, no year in the name); give it in YEARS, e.g. input=2024.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/notes.py" line="150"/>
        <source>Could not read {path}: {reason}</source>
        <translation>Could not read {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layers.py" line="266"/>
        <source>{source}: the field names of this result are cut short (a shapefile keeps 10 characters: {example}), so its columns cannot be told apart. Compute the indices again with a GeoPackage as output.</source>
        <translation>{source}: the field names of this result are cut short (a shapefile keeps 10 characters: {example}), so its columns cannot be told apart. Compute the indices again with a GeoPackage as output.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/files.py" line="148"/>
        <source>{path} is open in QGIS or another program (it has a {wal} file): remove its layers from the project or choose another file name.</source>
        <translation>{path} is open in QGIS or another program (it has a {wal} file): remove its layers from the project or choose another file name.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="163"/>
        <source>{source}: the layer has no geometries, so there is no map to draw. Use the result of &apos;Compute theme indices&apos; saved with its buurt polygons (e.g. as GeoPackage).</source>
        <translation>{source}: the layer has no geometries, so there is no map to draw. Use the result of 'Compute theme indices' saved with its buurt polygons (e.g. as GeoPackage).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="211"/>
        <source>{source}: no buurt has a score, so every map would be blank.</source>
        <translation>{source}: no buurt has a score, so every map would be blank.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="222"/>
        <source>{source}: no buurt has a score for &apos;{theme}&apos; ({field} is missing or empty), so its map would be blank. Compute that theme first or choose another.</source>
        <translation>{source}: no buurt has a score for '{theme}' ({field} is missing or empty), so its map would be blank. Compute that theme first or choose another.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="175"/>
        <source>{source}: theme &apos;{theme}&apos;, entry {entry}: weight {value!r} is out of range; use a number from {low} to {high} (only the ratios between weights count).</source>
        <translation>{source}: theme '{theme}', entry {entry}: weight {value!r} is out of range; use a number from {low} to {high} (only the ratios between weights count).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="193"/>
        <source>{source}: theme id &apos;{theme}&apos; is reserved for BuurtKijker&apos;s own result columns; choose another id.</source>
        <translation>{source}: theme id '{theme}' is reserved for BuurtKijker's own result columns; choose another id.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="199"/>
        <source>{source}: theme ids &apos;{theme}&apos; and &apos;{other}&apos; would both write the result column {column}; rename one of them.</source>
        <translation>{source}: theme ids '{theme}' and '{other}' would both write the result column {column}; rename one of them.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="207"/>
        <source>{source}: theme &apos;{theme}&apos;: indicator &apos;{indicator}&apos; is a BuurtKijker result column (bk_...); score the CBS figures, not an earlier result.</source>
        <translation>{source}: theme '{theme}': indicator '{indicator}' is a BuurtKijker result column (bk_...); score the CBS figures, not an earlier result.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/themes.py" line="261"/>
        <source>Theme {theme} is listed twice; list each theme once.</source>
        <translation>Theme {theme} is listed twice; list each theme once.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/compare.py" line="259"/>
        <source>The layer holds {count} buurt codes more than once ({codes}): one row per buurt is needed to compare or make profiles. Remove the duplicates (e.g. a result appended twice).</source>
        <translation>The layer holds {count} buurt codes more than once ({codes}): one row per buurt is needed to compare or make profiles. Remove the duplicates (e.g. a result appended twice).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/scenario.py" line="70"/>
        <source>Scenario: &apos;{value}&apos; is not a number.</source>
        <translation>Scenario: '{value}' is not a number.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/scenario.py" line="107"/>
        <source>A scenario file needs the columns code, indicator and value or delta (one change per row), e.g. &apos;code;indicator;delta&apos; and &apos;BU07721110;arbeidsparticipatie;5&apos;.</source>
        <translation>A scenario file needs the columns code, indicator and value or delta (one change per row), e.g. 'code;indicator;delta' and 'BU07721110;arbeidsparticipatie;5'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/change.py" line="95"/>
        <source>Change over time is computed under zscore, minmax or rank, not &apos;{value}&apos;.</source>
        <translation>Change over time is computed under zscore, minmax or rank, not '{value}'.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/bivariate.py" line="89"/>
        <source>Too few buurten with a score for terciles ({n}); at least 3 are needed.</source>
        <translation>Too few buurten with a score for terciles ({n}); at least 3 are needed.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/bivariate.py" line="119"/>
        <source>Vulnerability needs at least half of: low income, difficulty making ends meet, benefits, anxiety/depression risk, loneliness, health limitations. Join the RIVM Gezondheidsmonitor per buurt (SOURCES) or use a year with income figures.</source>
        <translation>Vulnerability needs at least half of: low income, difficulty making ends meet, benefits, anxiety/depression risk, loneliness, health limitations. Join the RIVM Gezondheidsmonitor per buurt (SOURCES) or use a year with income figures.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/bivariate.py" line="124"/>
        <source>Nuisance needs crimes per 1000 inhabitants or the Leefbaarometer&apos;s onv dimension.</source>
        <translation>Nuisance needs crimes per 1000 inhabitants or the Leefbaarometer's onv dimension.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/layers.py" line="125"/>
        <source>Feature {fid} of {source} has an invalid geometry. Repair it (Vector &gt; Geometry Tools &gt; Fix Geometries) or set Processing&apos;s invalid features filtering to skip them.</source>
        <translation>Feature {fid} of {source} has an invalid geometry. Repair it (Vector &gt; Geometry Tools &gt; Fix Geometries) or set Processing's invalid features filtering to skip them.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/bivariate.py" line="193"/>
        <source>The attention list {path} cannot be read: {reason}</source>
        <translation>The attention list {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/bivariate.py" line="204"/>
        <source>The attention list {path} has no column &apos;code&apos; (the LIST of &apos;Vulnerability x nuisance&apos; has one).</source>
        <translation>The attention list {path} has no column 'code' (the LIST of 'Vulnerability x nuisance' has one).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/boundaries.py" line="79"/>
        <source>Buurtgrenzen &apos;{layer}&apos;: not a buurt polygon layer with buurt codes (a column such as BU_CODE or statcode).</source>
        <translation>Buurtgrenzen '{layer}': not a buurt polygon layer with buurt codes (a column such as BU_CODE or statcode).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/boundaries.py" line="108"/>
        <source>Buurtgrenzen &apos;{layer}&apos;: no buurt polygons with a buurt code.</source>
        <translation>Buurtgrenzen '{layer}': no buurt polygons with a buurt code.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/notes_store.py" line="26"/>
        <source>{source}: notes are kept beside a result saved as GeoPackage or in PostGIS. Save this result as a GeoPackage first (Export &gt; Save Features As...).</source>
        <translation>{source}: notes are kept beside a result saved as GeoPackage or in PostGIS. Save this result as a GeoPackage first (Export &gt; Save Features As...).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/notes_store.py" line="267"/>
        <source>Could not read or write the notes in {where}: {reason}</source>
        <translation>Could not read or write the notes in {where}: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/files.py" line="152"/>
        <source>{path} is open in another program that is writing to it: wait until it is done, close it there, or choose another file name.</source>
        <translation>{path} is open in another program that is writing to it: wait until it is done, close it there, or choose another file name.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/qgis_io/result_layouts.py" line="240"/>
        <source>{source}: not a change, scenario or vulnerability layer.</source>
        <translation>{source}: not a change, scenario or vulnerability layer.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="175"/>
        <source>{source}: no map to print in this layer.</source>
        <translation>{source}: no map to print in this layer.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/processing/export_layout.py" line="183"/>
        <source>{source} has no map of &apos;{theme}&apos;; it has: {choices}.</source>
        <translation>{source} has no map of '{theme}'; it has: {choices}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/pdf_outline.py" line="27"/>
        <source>Could not add bookmarks to {path}: {reason}</source>
        <translation>Could not add bookmarks to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/notes.py" line="70"/>
        <source>A note needs a buurt code.</source>
        <translation>A note needs a buurt code.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/notes.py" line="73"/>
        <source>Note for {code}: &apos;{date}&apos; is not a date (write 2025-03-14 or 14-3-2025).</source>
        <translation>Note for {code}: '{date}' is not a date (write 2025-03-14 or 14-3-2025).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/notes.py" line="80"/>
        <source>Note for {code}: role &apos;{role}&apos; is not one of {roles}.</source>
        <translation>Note for {code}: role '{role}' is not one of {roles}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/notes.py" line="85"/>
        <source>Note for {code}: the text is empty.</source>
        <translation>Note for {code}: the text is empty.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/notes.py" line="166"/>
        <source>{path}: the notes file lacks the column(s) {columns}. Expected: {header}.</source>
        <translation>{path}: the notes file lacks the column(s) {columns}. Expected: {header}.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/notes.py" line="182"/>
        <source>{path}, line {line}: {reason}</source>
        <translation>{path}, line {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="328"/>
        <source>{source} is a wijk-level table (codes such as {example} in {column}); BuurtKijker joins buurt figures by buurt code (such as BU07721110).</source>
        <translation>{source} is a wijk-level table (codes such as {example} in {column}); BuurtKijker joins buurt figures by buurt code (such as BU07721110).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="328"/>
        <source>{source} is a gemeente-level table (codes such as {example} in {column}); BuurtKijker joins buurt figures by buurt code (such as BU07721110).</source>
        <translation>{source} is a gemeente-level table (codes such as {example} in {column}); BuurtKijker joins buurt figures by buurt code (such as BU07721110).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/join_sources.py" line="640"/>
        <source>{source}: its figures are dated {year}, a year still to come. Check the year (its column, its file name, or YEARS).</source>
        <translation>{source}: its figures are dated {year}, a year still to come. Check the year (its column, its file name, or YEARS).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/change.py" line="165"/>
        <source>Change over time: no theme can be computed from indicators both years have. Missing in one or both years: {missing}. Add a table of the missing year (SOURCES, or a CBS table of the same year with those columns).</source>
        <translation>Change over time: no theme can be computed from indicators both years have. Missing in one or both years: {missing}. Add a table of the missing year (SOURCES, or a CBS table of the same year with those columns).</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="173"/>
        <source>{source}: no buurt code column (BU_CODE or buurtcode), though it has buurt names: its {rows} rows share {codes} wijk codes. Use the CBS buurt layer with its buurt codes.</source>
        <translation>{source}: no buurt code column (BU_CODE or buurtcode), though it has buurt names: its {rows} rows share {codes} wijk codes. Use the CBS buurt layer with its buurt codes.</translation>
    </message>
    <message>
        <location filename="../buurtkijker_plugin/core/cbs_table.py" line="178"/>
        <source>{source}: {count} codes occur more than once with different figures ({codes}): one row per {level} is needed. Remove the duplicates (e.g. two years or a wrong join).</source>
        <translation>{source}: {count} codes occur more than once with different figures ({codes}): one row per {level} is needed. Remove the duplicates (e.g. two years or a wrong join).</translation>
    </message>
</context>
</TS>
