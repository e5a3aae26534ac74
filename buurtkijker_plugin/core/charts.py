"""Charts of a comparison with matplotlib (which Debian's QGIS stack carries): a bar chart of the theme scores with
the averages as markers, and a radar chart of the profile. Figures are drawn without pyplot and without Qt, so the
same code serves the compare dialog (wrapped in a Qt canvas), the layouts (saved as SVG) and headless runs."""

import textwrap

import numpy as np

from .compare import NATIONAL
from .dependencies import install_command
from .errors import QT_TRANSLATE_NOOP, BuurtKijkerError

PALETTE = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666")  # Dark2
GEMEENTE_COLOR, NATIONAL_COLOR = "#222222", "#888888"
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
    finite = scores.to_numpy(dtype=float)
    finite = finite[np.isfinite(finite)]
    span = max(finite.max() - finite.min(), 1.0) if finite.size else 1.0
    low = finite.min() - 0.15 * span if finite.size else 0.0
    ax.set_xlim(low, (finite.max() + 0.1 * span) if finite.size else 1.0)
    for k, code in enumerate(codes):  # bars start at the axis, so no renderer has to clip them
        values = scores[code].to_numpy()[::-1]
        ax.barh(y - 0.4 + height * (k + 0.5), np.where(np.isnan(values), 0.0, values - low), height,
                left=low, color=PALETTE[k % len(PALETTE)], label=titles[code])
    for column, color, marker in _averages(comparison):
        ax.plot(scores[column].to_numpy()[::-1], y, linestyle="none", marker=marker, markersize=7,
                color=color, label=titles[column])
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
        ax.plot(closed, values, color=color, linewidth=1.6, marker="o", markersize=3)
        if np.isfinite(values).all():
            ax.fill(closed, values, color=color, alpha=0.12)
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
