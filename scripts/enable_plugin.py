#!/usr/bin/env python3
"""Enable a plugin in a QGIS profile's QGIS3.ini (what the Plugin Manager does), so QGIS and qgis_process load it."""
import configparser
import os
import sys

profile, plugin = sys.argv[1], sys.argv[2]
ini = os.path.join(profile, "QGIS", "QGIS3.ini")
os.makedirs(os.path.dirname(ini), exist_ok=True)
config = configparser.RawConfigParser()
config.optionxform = str
config.read(ini)
if not config.has_section("PythonPlugins"):
    config.add_section("PythonPlugins")
config.set("PythonPlugins", plugin, "true")
with open(ini, "w") as handle:
    config.write(handle, space_around_delimiters=False)
print("Enabled {} in {}".format(plugin, ini))
