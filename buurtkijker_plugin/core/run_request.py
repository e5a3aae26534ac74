"""What one run is asked to do, made once (by the dock, or from an algorithm's parameters) and read by every action
and algorithm: so that the scenario, the change and the vulnerability map start from the same numbers as the map
the user just computed."""

from dataclasses import dataclass, field, replace

from . import indices

BOUNDARIES_NONE = ""  # no buurt boundaries of another year to carry values over


@dataclass
class RunRequest:
    """One run: the buurt layer and what to compute on it.

    ``layer`` is what Processing's INPUT takes (a layer, its id or a path); ``sources`` the extra sources in the
    order of the list (file paths, layer ids or layers); ``years`` the YEARS text; ``themes`` the chosen themes with
    their weights as edited (core Theme objects); ``boundaries`` a layer or path of another year's boundaries, or
    empty."""
    layer: object = None
    gemeenten: list = field(default_factory=list)  # codes; empty = all gemeenten of the layer
    names: list = field(default_factory=list)  # the gemeenten's names, for titles and file names
    sources: list = field(default_factory=list)
    years: str = ""
    boundaries: object = BOUNDARIES_NONE
    themes: list = field(default_factory=list)
    method: str = "zscore"
    reference: str = "selection"
    min_population: int = indices.MIN_POPULATION
    winsorize: float = 0.0  # share clipped at each tail
    language: str = "nl"

    @property
    def theme_ids(self):
        return [t.id for t in self.themes]

    def options(self, methods=indices.METHODS):
        """The engine's options; a method ``methods`` lacks (imd for change) falls back to zscore."""
        return indices.Options(method=self.method if self.method in methods else "zscore", reference=self.reference,
                               min_population=self.min_population, winsorize=self.winsorize)

    def but(self, **changes):
        """A copy with ``changes`` (e.g. another layer)."""
        return replace(self, **changes)
