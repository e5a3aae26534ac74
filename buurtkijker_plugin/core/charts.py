"""Charts of a comparison with matplotlib (which Debian's QGIS stack carries): a bar chart of the theme scores with
the averages as markers, and a radar chart of the profile. Figures are drawn without pyplot and without Qt, so the
same code serves the compare dialog (wrapped in a Qt canvas), the layouts (saved as SVG) and headless runs."""

import dataclasses
import textwrap

import numpy as np

from .compare import NATIONAL
from .dependencies import install_command
from .errors import QT_TRANSLATE_NOOP, BuurtKijkerError

PALETTE = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666")  # Dark2
GEMEENTE_COLOR, NATIONAL_COLOR = "#222222", "#888888"
AXES = {"zscore": (100.0, 60.0, 140.0), "minmax": (50.0, 0.0, 100.0), "rank": (50.0, 0.0, 100.0),
        "imd": (50.0, 0.0, 100.0)}  # method -> (average, axis from, axis to) of the bar chart
BUURT_GID = "bk_buurt_{}"  # the artists of the k-th buurt (ProfileCharts redraws those of the first per page)
TITLES = {"nl": {"bars": "Themascores", "radar": "Profiel", "none": "Geen themascores"},
          "en": {"bars": "Theme scores", "radar": "Profile", "none": "No theme scores"}}


def bar_chart(ax, comparison, codes=None):
    """Horizontal bars per theme, one per buurt; gemeente and national averages as markers."""
    scores = comparison.scores()
    codes = codes or comparison.codes
    titles = comparison.column_titles()
    labels = list(scores.index)[::-1]
    y = np.arange(len(labels))
    height = 0.8 / max(len(codes), 1)
    base, low, high = AXES.get(comparison.method, AXES["zscore"])
    ax.set_xlim(low, high)  # one fixed axis: a 95 looks the same on every page and in every comparison
    ax.axvline(base, color="#666666", linewidth=0.8)
    for k, code in enumerate(codes):  # bars up or down from the average (100 under z-score), clipped to the axis
        values = np.clip(scores[code].to_numpy(dtype=float)[::-1], low, high)
        ax.barh(y - 0.4 + height * (k + 0.5), np.where(np.isnan(values), 0.0, values - base), height,
                left=base, color=PALETTE[k % len(PALETTE)], label=titles[code], gid=BUURT_GID.format(k))
    for column, color, marker in _averages(comparison):
        ax.plot(np.clip(scores[column].to_numpy(dtype=float)[::-1], low, high), y, linestyle="none", marker=marker,
                markersize=7, color=color, label=titles[column])
    ax.set_yticks(y)
    ax.set_yticklabels(labels)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_title(TITLES[comparison.language]["bars"], loc="left", fontsize=10)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def radar_chart(ax, comparison, codes=None):
    """The theme profile on a polar axis: one polygon per buurt, the gemeente average dashed; the themes only (the
    overall score is no axis of a profile), labels wrapped and set outward so that they do not overlap."""
    scores = comparison.scores(total=False)
    codes = codes or comparison.codes
    labels = list(scores.index)
    angles = np.linspace(0, 2 * np.pi, len(labels), endpoint=False)
    closed = np.append(angles, angles[0])
    finite = scores.to_numpy(dtype=float)
    finite = finite[np.isfinite(finite)]
    low = (finite.min() - 5) if finite.size else 0
    for k, code in enumerate(codes):
        values = scores[code].to_numpy(dtype=float)
        values = np.append(values, values[0])
        color = PALETTE[k % len(PALETTE)]
        ax.plot(closed, values, color=color, linewidth=1.6, marker="o", markersize=3, gid=BUURT_GID.format(k))
        if np.isfinite(values).all():
            ax.fill(closed, values, color=color, alpha=0.12, gid=BUURT_GID.format(k))
    for column, color, _ in _averages(comparison):
        values = scores[column].to_numpy(dtype=float)
        ax.plot(closed, np.append(values, values[0]), color=color, linewidth=1.2, linestyle="--")
    ax.set_xticks(angles)
    ax.set_xticklabels([textwrap.fill(label, 16) for label in labels], fontsize=7)
    for tick, angle in zip(ax.get_xticklabels(), angles):
        tick.set_horizontalalignment("left" if np.cos(angle) > 0.1 else "right" if np.cos(angle) < -0.1 else "center")
    ax.tick_params(axis="x", pad=2)
    ax.set_ylim(bottom=low)
    ax.set_yticklabels([])  # the bar chart carries the numbers
    ax.set_title(TITLES[comparison.language]["radar"], loc="left", fontsize=10)


def _averages(comparison):
    out = [(gm, GEMEENTE_COLOR, "D") for gm in comparison.gemeente_columns]
    if NATIONAL in comparison.values and comparison.scores()[NATIONAL].notna().any():
        out.append((NATIONAL, NATIONAL_COLOR, "o"))
    return out


def comparison_figure(comparison, width=10.0, height=4.5, dpi=100, radar=True, codes=None):
    """A new figure (Agg canvas, no Qt) with :func:`draw_comparison`."""
    try:  # imported here: without matplotlib everything but the charts works
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        raise BuurtKijkerError(QT_TRANSLATE_NOOP(
            "BuurtKijker", "Charts need the Python package matplotlib, which this QGIS does not have. Install it "
            "({command}) and restart QGIS."), command=install_command(["matplotlib"])) from None
    figure = Figure(figsize=(width, height), dpi=dpi)
    FigureCanvasAgg(figure)
    return draw_comparison(figure, comparison, radar, codes)


def draw_comparison(figure, comparison, radar=True, codes=None, margins=None):
    """Bar chart, and beside it the radar chart when there are at least three themes, into ``figure``.

    ``margins`` (a dict for ``add_gridspec``: left, right, bottom, top, wspace) skips the automatic layout, which
    takes most of the time; :func:`margins_of` reads them from a figure drawn before.
    """
    figure.clear()
    if comparison.scores().empty:
        figure.text(0.5, 0.5, TITLES[comparison.language]["none"], ha="center")
        return figure
    with_radar = radar and len(comparison.scores(total=False)) >= 3
    grid = figure.add_gridspec(1, 2 if with_radar else 1, width_ratios=[1.3, 1] if with_radar else [1],
                               **(margins or {}))
    bars = figure.add_subplot(grid[0, 0])
    bar_chart(bars, comparison, codes)
    if with_radar:
        radar_chart(figure.add_subplot(grid[0, 1], projection="polar"), comparison, codes)
    handles, labels = bars.get_legend_handles_labels()
    figure.legend(handles, labels, loc="lower center", ncol=min(4, len(labels)), fontsize=8, frameon=False)
    if margins is None:
        figure.tight_layout(rect=(0, 0.06 + 0.04 * ((len(labels) - 1) // 4), 1, 1))
    return figure


def margins_of(figure):
    """The subplot margins of a laid-out figure, to draw more figures of the same shape quickly."""
    spec = figure.axes[0].get_subplotspec().get_gridspec() if figure.axes else None
    if spec is None:
        return None
    params = spec.get_subplot_params(figure)
    return {"left": params.left, "right": params.right, "bottom": params.bottom, "top": params.top,
            "wspace": params.wspace}


def save(figure, path, dpi=None, tight=True):
    """Write a figure to PNG, SVG or PDF (by the extension); ``tight`` trims the margins (slower)."""
    figure.savefig(str(path), dpi=dpi or figure.dpi, bbox_inches="tight" if tight else None, facecolor="white")
    return path


class ProfileCharts:
    """The charts of many profile pages (one buurt each) as PNG files, fast: per gemeente the axes, labels,
    averages and legend are drawn once; each page restores that background and draws only its buurt's bars and
    profile polygon onto it (matplotlib's blitting). Both axes are the same on every page: the bar chart's is fixed
    anyway, the radar's spans every buurt's scores. The legend names the buurt 'Deze buurt' (the page title
    names it). About 30 ms a page, where drawing each figure anew took 0.5 s."""

    WORD = {"nl": "Deze buurt", "en": "This buurt"}

    def __init__(self, everyone, width=7.5, height=2.6, dpi=200):
        self.everyone, self.width, self.height, self.dpi = everyone, width, height, dpi
        themes = everyone.scores(total=False).to_numpy(dtype=float)
        finite = themes[np.isfinite(themes)]
        # the middle 98 % of the scores (a few extremes would squeeze every other page's profile); beyond: clipped
        self.radar_limits = (np.percentile(finite, 1) - 3, np.percentile(finite, 99) + 3) if finite.size else None
        self._pages = {}  # gemeente columns -> (figure, background, bars, line, fill) or None (draw each anew)

    def write(self, code, path):
        comparison = self.everyone.only(code)
        key = tuple(comparison.gemeente_columns)
        if key not in self._pages:
            self._pages[key] = self._background(comparison)
        page = self._pages[key]
        if page is None:  # no scores or an unexpected figure: drawn the slow way
            figure = comparison_figure(comparison, self.width, self.height, self.dpi)
            return save(figure, path, tight=False)
        figure, background, bars, line, fill = page
        canvas = figure.canvas
        canvas.restore_region(background)
        scores = comparison.scores()[code].to_numpy(dtype=float)[::-1]
        base, low, high = AXES.get(comparison.method, AXES["zscore"])
        for patch, value in zip(bars, np.clip(scores, low, high)):
            patch.set_width(0.0 if np.isnan(value) else value - base)
            patch.axes.draw_artist(patch)
        for marker in bars[0].axes.lines:  # the averages stay on top of the bars
            if marker.get_linestyle() == "None":
                marker.axes.draw_artist(marker)
        if line is not None:
            values = np.clip(comparison.scores(total=False)[code].to_numpy(dtype=float), *self.radar_limits)
            values = np.append(values, values[0])
            line.set_ydata(values)
            line.axes.draw_artist(line)
            if fill is not None:
                xy = fill.get_xy()
                xy[:len(values), 1] = np.nan_to_num(values, nan=self.radar_limits[0])
                fill.set_xy(xy)
                fill.set_visible(bool(np.isfinite(values).all()))
                if fill.get_visible():
                    fill.axes.draw_artist(fill)
        return _write_image(canvas, path)

    def _background(self, comparison):
        if comparison.scores().empty:
            return None
        generic = dataclasses.replace(comparison, buurten=comparison.buurten.assign(
            naam=self.WORD.get(comparison.language, self.WORD["nl"])))
        figure = comparison_figure(generic, self.width, self.height, self.dpi)
        bars = line = fill = None
        gid = BUURT_GID.format(0)
        for ax in figure.axes:
            mine = [a for a in ax.patches if a.get_gid() == gid]
            if ax.name != "polar" and mine:
                bars = mine  # one per score row, bottom up
            fill = next((a for a in mine if ax.name == "polar"), fill)
            line = next((a for a in ax.lines if a.get_gid() == gid and ax.name == "polar"), line)
            if ax.name == "polar" and self.radar_limits:
                ax.set_ylim(*self.radar_limits)
        if bars is None:
            return None
        if line is not None and fill is None:  # the first buurt had a gap: give the polygon to fill later
            theta = np.append(line.get_xdata()[:-1], line.get_xdata()[0])
            fill = line.axes.fill(theta, np.zeros(len(theta)), color=line.get_color(), alpha=0.12)[0]
        moving = list(bars) + [a for a in (line, fill) if a is not None]
        for artist in moving:
            artist.set_animated(True)  # left out of the background
        figure.canvas.draw()
        return figure, figure.canvas.copy_from_bbox(figure.bbox), bars, line, fill


def _write_image(canvas, path):
    """The canvas as an image file, quickly: BMP for a ``.bmp`` path (the page's chart lives only until the page is
    drawn, and the PDF compresses it anyway), else PNG with little compression."""
    from PIL import Image
    width, height = canvas.get_width_height()
    image = Image.frombuffer("RGBA", (width, height), bytes(canvas.buffer_rgba()), "raw", "RGBA", 0, 1).convert("RGB")
    if str(path).lower().endswith(".bmp"):
        image.save(str(path), format="BMP")
    else:
        image.save(str(path), format="PNG", compress_level=1)
    return path
