"""Charts in the window: a matplotlib canvas that follows the window's palette, a few ways to
draw (bars, a donut, bars with a line), a signal with the ids behind a clicked bar or slice,
and saving as PNG or SVG.

The only module that imports matplotlib (it takes about 0.3 s to load), so the window opens
without it: import this module when the first chart is built.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib

matplotlib.use("QtAgg")

from matplotlib.artist import Artist  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.backend_bases import MouseEvent, PickEvent  # noqa: E402
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402
from PySide6.QtCore import QEvent, Signal  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget  # noqa: E402

#: Okabe–Ito colours: told apart by people with a colour-vision deficiency, on light and dark.
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")

#: What a bar, slice or point stands for, emitted as it is when clicked: a tuple of ids, or
#: the ids as the model's text ("3,1,2"), read only when someone clicks.
Ids = tuple[int, ...] | str


def _size(ids: Ids) -> int:
    if isinstance(ids, str):
        return len(set(ids.split(","))) if ids else 0
    return len(ids)


@dataclass(frozen=True)
class Series:
    """One series: a value per category (None: no data) and the ids behind each value."""

    name: str
    values: Sequence[float | None]
    ids: Sequence[Ids]
    colour: str | None = None
    texts: Sequence[str] = field(default_factory=tuple)  # a label per value, e.g. "4.1"


def _hex(colour: QColor) -> str:
    return str(colour.name())


class ChartView(QWidget):
    """A chart with an accessible name and description; emits :attr:`picked` with the label
    and the ids behind the bar, slice or point a person clicks."""

    #: what was clicked (e.g. "Mar 2026 · Sessions"), and the ids behind it
    picked = Signal(str, object)

    def __init__(self, name: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = Figure(figsize=(5, 3), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)  # type: ignore[no-untyped-call]
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(240)
        self.canvas.setAccessibleName(name)
        self.canvas.setAccessibleDescription(description)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        #: each pickable artist: its label and the ids behind it
        self.targets: dict[Artist, tuple[str, Ids]] = {}
        self._redraw: Callable[[], None] | None = None
        self.canvas.mpl_connect("pick_event", self._on_pick)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)

    # -- the palette -----------------------------------------------------------------------

    def colours(self) -> dict[str, str]:
        """Text, background, grid and accent colours from the window's palette."""
        palette = self.palette()
        role = QPalette.ColorRole
        return {
            "text": _hex(palette.color(role.WindowText)),
            "muted": _hex(palette.color(role.PlaceholderText)),
            "background": _hex(palette.color(role.Base)),
            "grid": _hex(palette.color(role.Mid)),
            "accent": _hex(palette.color(role.Highlight)),
        }

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._redraw is not None:
            self._redraw()  # light or dark: draw again in the new colours
        super().changeEvent(event)

    def _axes(self) -> Axes:
        """A fresh figure in the palette's colours, with one axes."""
        c = self.colours()
        self.figure.clear()
        self.targets = {}
        self.figure.set_facecolor(c["background"])
        ax = self.figure.add_subplot()
        self._style(ax)
        return ax

    def _style(self, ax: Axes) -> None:
        c = self.colours()
        ax.set_facecolor(c["background"])
        for side, spine in ax.spines.items():
            spine.set_color(c["grid"])
            spine.set_visible(side in ("left", "bottom"))
        ax.tick_params(colors=c["text"], labelsize=8.5)
        ax.yaxis.label.set_color(c["text"])
        ax.xaxis.label.set_color(c["text"])
        ax.grid(axis="y", color=c["grid"], linewidth=0.6, alpha=0.6)
        ax.set_axisbelow(True)

    def _draw(self, paint: Callable[[], None]) -> None:
        self._redraw = paint
        paint()
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]

    def _legend(self, ax: Axes, *extra: Axes) -> None:
        c = self.colours()
        handles, labels = ax.get_legend_handles_labels()
        for other in extra:
            more = other.get_legend_handles_labels()
            handles += more[0]
            labels += more[1]
        if len(handles) > 1:  # above the chart, so it never hides a bar
            legend = ax.legend(
                handles,
                labels,
                fontsize=8,
                frameon=False,
                loc="lower left",
                bbox_to_anchor=(0.0, 1.0),
                ncols=len(handles),
                borderaxespad=0.2,
            )
            for text in legend.get_texts():
                text.set_color(c["text"])

    # -- kinds of chart --------------------------------------------------------------------

    def message(self, text: str) -> None:
        """No chart, a sentence in its place (nothing to show yet)."""

        def paint() -> None:
            ax = self._axes()
            ax.set_axis_off()
            ax.text(
                0.5,
                0.5,
                text,
                ha="center",
                va="center",
                wrap=True,
                color=self.colours()["muted"],
                transform=ax.transAxes,
            )

        self._draw(paint)

    def bars(
        self,
        categories: Sequence[str],
        series: Sequence[Series],
        *,
        horizontal: bool = False,
        value_label: str = "",
        limits: tuple[float, float] | None = None,
        integers: bool = True,
    ) -> None:
        """Bars per category, one bar per series side by side (horizontal: top to bottom)."""

        def paint() -> None:
            ax = self._axes()
            self._bars(ax, categories, series, horizontal, limits, integers)
            (ax.set_xlabel if horizontal else ax.set_ylabel)(value_label)
            self._legend(ax)

        self._draw(paint)

    def _bars(
        self,
        ax: Axes,
        categories: Sequence[str],
        series: Sequence[Series],
        horizontal: bool,
        limits: tuple[float, float] | None,
        integers: bool,
        inside: bool = False,
    ) -> None:
        c = self.colours()
        n = max(1, len(series))
        width = (0.8 if n > 1 else 0.65) / n
        positions = list(range(len(categories)))
        for k, s in enumerate(series):
            colour = s.colour or (c["accent"] if n == 1 else SERIES_COLOURS[k % 7])
            offset = (k - (n - 1) / 2) * width
            where = [p + offset for p in positions]
            heights = [v or 0 for v in s.values]
            draw = ax.barh if horizontal else ax.bar
            container = draw(where, heights, width * 0.92, color=colour, label=s.name)
            texts = list(s.texts) or [
                "—" if v is None else (f"{v:.0f}" if integers else f"{v:.1f}") for v in s.values
            ]
            if inside:  # in the bar, out of the way of a line drawn over the bars
                ax.bar_label(container, texts, label_type="center", fontsize=9, color="white")
            else:
                ax.bar_label(container, texts, padding=2, fontsize=8, color=c["text"])
            for i, patch in enumerate(container.patches):
                patch.set_picker(True)
                self.targets[patch] = (self._target(categories[i], s, n), s.ids[i])
        # Room for at least four categories, so one or two bars are not a wall of colour.
        centre, span = (len(categories) - 1) / 2, max(len(categories), 4)
        lo, hi = centre - span / 2, centre + span / 2
        if horizontal:
            ax.set_yticks(positions, list(categories))
            ax.set_ylim(span - 0.5, -0.5)  # the first category at the top
            ax.grid(False)
            ax.grid(axis="x", color=c["grid"], linewidth=0.6, alpha=0.6)
            if limits:
                ax.set_xlim(*limits)
            ax.margins(x=0.12)
        else:
            ax.set_xticks(positions, list(categories))
            ax.set_xlim(lo, hi)
            if len(categories) > 8:
                ax.tick_params(axis="x", labelrotation=45)
                for label in ax.get_xticklabels():
                    label.set_horizontalalignment("right")
            if limits:
                ax.set_ylim(*limits)
            else:
                ax.margins(y=0.15)
        if integers:
            axis = ax.xaxis if horizontal else ax.yaxis
            axis.set_major_locator(MaxNLocator(integer=True))

    @staticmethod
    def _target(category: str, series: Series, n: int) -> str:
        return f"{category} · {series.name}" if n > 1 else category

    def donut(self, labels: Sequence[str], series: Series) -> None:
        """A ring of slices, one per label with a value above 0, with a legend."""

        def paint() -> None:
            c = self.colours()
            ax = self._axes()
            shown = [i for i, v in enumerate(series.values) if v]
            colours = [SERIES_COLOURS[i % 7] for i in shown]
            wedges, _texts, autotexts = ax.pie(
                [series.values[i] or 0 for i in shown],
                colors=colours,
                startangle=90,
                counterclock=False,
                wedgeprops={"width": 0.42, "edgecolor": c["background"], "linewidth": 1.5},
                autopct=lambda pct: f"{pct:.0f} %" if pct >= 5 else "",
                pctdistance=0.79,
                textprops={"fontsize": 8, "color": "white"},
            )
            del autotexts
            total = sum(series.values[i] or 0 for i in shown)
            ax.text(0, 0, f"{total:.0f}", ha="center", va="center", fontsize=15, color=c["text"])
            for wedge, i in zip(wedges, shown, strict=True):
                wedge.set_picker(True)
                self.targets[wedge] = (labels[i], series.ids[i])
            legend = ax.legend(
                wedges,
                [f"{labels[i]} ({series.values[i]:.0f})" for i in shown],
                loc="center left",
                bbox_to_anchor=(1.0, 0.5),
                fontsize=8.5,
                frameon=False,
            )
            for text in legend.get_texts():
                text.set_color(c["text"])
            ax.set_aspect("equal")

        self._draw(paint)

    def bars_and_line(
        self,
        categories: Sequence[str],
        bars: Series,
        bar_limits: tuple[float, float],
        line: Series,
        line_limits: tuple[float, float],
    ) -> None:
        """Bars on the left axis and a line with points on a right axis (two scales)."""

        def paint() -> None:
            c = self.colours()
            ax = self._axes()
            self._bars(ax, categories, [bars], False, bar_limits, False, inside=True)
            ax.set_ylabel(bars.name)
            right = ax.twinx()
            self._style(right)
            right.grid(False)
            right.spines["right"].set_visible(True)
            right.spines["left"].set_visible(False)
            points = [(i, v) for i, v in enumerate(line.values) if v is not None]
            positions = [i for i, _ in points]
            values = [v for _, v in points]
            colour = line.colour or SERIES_COLOURS[1]
            right.plot(positions, values, color=colour, linewidth=2, label=line.name)
            right.axhline(0, color=c["grid"], linewidth=0.8, linestyle=":")
            for i, v in zip(positions, values, strict=True):
                (point,) = right.plot([i], [v], "o", color=colour, markersize=7, picker=5)
                self.targets[point] = (f"{categories[i]} · {line.name}", line.ids[i])
                text = line.texts[i] if line.texts else f"{v:+.0f}"
                right.annotate(
                    text,
                    (i, v),
                    textcoords="offset points",
                    xytext=(0, 7),
                    ha="center",
                    fontsize=8,
                    color=colour,
                )
            right.set_ylim(*line_limits)
            right.set_ylabel(line.name)
            self._legend(ax, right)

        self._draw(paint)

    # -- clicking and hovering ---------------------------------------------------------------

    def _on_pick(self, event: PickEvent) -> None:
        target = self.targets.get(event.artist)
        if target is not None:
            self.picked.emit(target[0], target[1])

    def _on_motion(self, event: MouseEvent) -> None:
        for artist, (label, ids) in self.targets.items():
            if artist.contains(event)[0]:
                self.canvas.setToolTip(
                    self.tr("%1: %2 — click to list them")
                    .replace("%1", label)
                    .replace("%2", str(_size(ids)))
                )
                return
        self.canvas.setToolTip("")

    def target_centre(self, artist: Artist) -> tuple[float, float]:
        """Where ``artist`` is on the canvas, in widget coordinates (for tests and tooling)."""
        self.canvas.draw()  # type: ignore[no-untyped-call]
        box = artist.get_window_extent()
        ratio = self.canvas.device_pixel_ratio or 1
        x, y = (box.x0 + box.x1) / 2 / ratio, (box.y0 + box.y1) / 2 / ratio
        return x, self.canvas.height() - y

    # -- saving ----------------------------------------------------------------------------

    def save(self, path: str | Path) -> None:
        """Write the chart as it is shown, PNG or SVG by the file's suffix."""
        path = Path(path)
        kind = "svg" if path.suffix.lower() == ".svg" else "png"
        self.canvas.draw()  # type: ignore[no-untyped-call]
        self.figure.savefig(path, format=kind, dpi=150, facecolor=self.figure.get_facecolor())
