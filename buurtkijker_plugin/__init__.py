"""BuurtKijker: compare Dutch buurten on liveability, resilience, deprivation and more, from CBS data."""


def classFactory(iface):  # noqa: N802 - QGIS' entry point
    from .plugin import BuurtKijkerPlugin
    return BuurtKijkerPlugin(iface)
