"""Charts of an assessment for the notebooks and the report: matplotlib figures, never pyplot state.

Each chart returns a `Figure` built with the object-oriented API, 16 cm wide for an A4 page.
Margins are set in centimetres, not by a layout engine (which triples the render time). The SVG
is byte-identical across renders. Analyst text is drawn with mathtext off: it stays plain text.

Every word is drawn in the language of the `Speaker` passed in (`pia/words/*/charts.ftl`), and
every status is the one `assess()` judged (`pia.scoring.statuses`): a chart judges nothing.
"""

from __future__ import annotations

import base64
import functools
import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import matplotlib
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Patch, Rectangle
from matplotlib.textpath import TextToPath
from matplotlib.ticker import PercentFormatter

from pia.knowledge import Knowledge, KnowledgeError, RetentionBound, load_knowledge
from pia.model import Assessment, parse_period
from pia.register import RiskLine
from pia.result import Result
from pia.risk import RiskLevel, Scale
from pia.scoring.statuses import Adequacy, RetentionStatus, ToolStatus, TransferStatus
from pia.unknowns import SectionProgress
from pia.words import Speaker

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.typing import RcKeyType

CM = 1 / 2.54  # inches per centimetre
WIDTH_CM, HEIGHT_CM = 16.0, 10.0
MIN_PT = 4.5  # the smallest text a chart writes
LINE_CM = 1.3 / 72 * 2.54  # the height of a line of 1 pt text, in centimetres

# Okabe-Ito tints (blue, yellow, vermillion): told apart with any colour vision, and by lightness
# in greyscale print. The same three mean low / medium / high (or fine / caution / problem).
LEVEL_COLOURS: dict[RiskLevel, str] = {"low": "#b3d4ec", "medium": "#f3d27a", "high": "#e07b5f"}
BAR_COLOUR = "#0072b2"
WARNING_EDGE = "#8c5a00"
INK = "#222222"
NEUTRAL = "#eeeeee"
# The colour of each status `assess()` gives a transfer's tool: high (vermillion) exactly where
# the tool is not usable (TRF-001), medium where it holds with a caution.
TOOL_COLOURS: dict[ToolStatus, RiskLevel] = {
    "eea": "low",
    "adequacy": "low",
    "tool": "low",
    "dpf_unconfirmed": "medium",
    "derogation": "medium",
    "derogation_systematic": "medium",
    "exposure": "medium",
    "unrecorded": "high",
    "no_tool": "high",
    "unknown": "high",
    "misapplied": "high",
}
ADEQUACY_COLOURS: dict[Adequacy, RiskLevel] = {
    "eea": "low",
    "whole": "low",
    "partial": "medium",
    "none": "high",
}

Style = dict[str, Any]  # keyword arguments of a matplotlib artist
_ARROW: Style = {
    "arrowstyle": "-|>",
    "mutation_scale": 9,
    "color": INK,
    "linewidth": 0.9,
    "zorder": 2,
}
_MISSING: Style = {
    "facecolor": "#fbe3b3",
    "edgecolor": WARNING_EDGE,
    "hatch": "///",
    "linewidth": 0.8,
}
_NOTE_BOX = {"facecolor": "white", "edgecolor": "none", "pad": 1.5}
_TEXT: Style = {"va": "center", "fontsize": 7.5, "color": INK}
_DOT: Style = {"ls": "", "marker": "o", "mec": INK}
_POINTS = (("inherent", INK), ("residual", "white"))
_REFERENCE: Style = {"ls": "", "marker": "D", "ms": 6, "mew": 1.2, "mfc": "white", "mec": INK}
# a minimum reference points right, the way the period may go: keep the data at least this long
_MINIMUM: Style = {**_REFERENCE, "marker": ">", "ms": 7}

_PNG = {"compress_level": 1}  # zlib level 1: a fifth of the encode time, files ~30% larger
# The SVG writer reads its hash salt and font type from the global rcParams; the lock keeps two
# threads of this module from rendering with each other's settings.
_SVG_LOCK = threading.Lock()
_SVG_RC: dict[RcKeyType, Any] = {"svg.hashsalt": "pia-charts", "svg.fonttype": "none"}


def figure_png(fig: Figure, dpi: int = 150) -> bytes:
    """The figure as PNG bytes, without a software tag."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None}, pil_kwargs=_PNG)
    return buffer.getvalue()


def figure_svg(fig: Figure) -> str:
    """The figure as SVG text (text kept as text), byte-identical across renders: no date."""
    buffer = io.BytesIO()
    with _SVG_LOCK, matplotlib.rc_context(_SVG_RC):
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": "pia"})
    return buffer.getvalue().decode("utf-8")


def data_uri(fig: Figure, fmt: str = "svg") -> str:
    """The figure as a `data:` URI for an `<img src>` in the self-contained report."""
    if fmt == "svg":
        payload, mime = figure_svg(fig).encode("utf-8"), "image/svg+xml"
    elif fmt == "png":
        payload, mime = figure_png(fig), "image/png"
    else:
        raise ValueError(f"unknown image format {fmt!r}: use 'svg' or 'png'")
    return f"data:{mime};base64,{base64.b64encode(payload).decode('ascii')}"


# --- layout helpers -----------------------------------------------------------------------------


def _figure(title: str, height_cm: float = HEIGHT_CM) -> Figure:
    fig = Figure(figsize=(WIDTH_CM * CM, height_cm * CM))
    fig.text(0.5, 1 - 0.45 / height_cm, title, ha="center", va="center", fontsize=11, color=INK)
    return fig


def _axes(fig: Figure, left: float, right: float, bottom: float, top: float = 0.9) -> Axes:
    """Axes placed by margins in centimetres."""
    width, height = fig.get_size_inches() / CM
    box = (left / width, bottom / height, 1 - (left + right) / width, 1 - (bottom + top) / height)
    return fig.add_axes(box)


def _height(rows: int, per_row: float = 0.75, fixed: float = 3.0, low: float = 6.0) -> float:
    """Centimetres for `rows` readable rows, at most an A4 page's text height."""
    return min(24.0, max(low, fixed + per_row * rows))


def _text_cm(text: str, size: float) -> float:
    """The width of the widest line of `text` at `size` points, in centimetres."""
    return max((_width_at_10pt(line) for line in text.splitlines()), default=0.0) * size / 10


@functools.lru_cache(maxsize=4096)
def _width_at_10pt(line: str) -> float:
    """Measured once per line of text with the default font (cm); widths scale with the size."""
    width, _, _ = TextToPath().get_text_width_height_descent(line, FontProperties(size=10), False)
    return width / 72 * 2.54


def _text(ax: Axes, x: float, y: float, text: str, **style: Any) -> None:
    """Plain text at (x, y): no mathtext, so a `$` in an analyst's name stays a dollar sign."""
    ax.text(x, y, text, **{**_TEXT, **style}, parse_math=False)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _nothing(words: Speaker, chart: str) -> Figure:
    """A readable figure for an empty input: the chart's title and what is missing."""
    fig = _figure(words.part("chart-title", chart), 4.0)
    message = words.part("chart-empty", chart)
    fig.text(0.5, 0.42, message, ha="center", va="center", fontsize=10, color="#555555")
    return fig


# --- 1. risk heat map ---------------------------------------------------------------------------


def risk_heat_map(risks: Sequence[RiskLine], scale: Scale, words: Speaker) -> Figure:
    """The method's severity x likelihood grid with each risk at its inherent cell (filled dot)
    and, where the measures move it, an arrow to its residual cell (open dot)."""
    if not risks:
        return _nothing(words, "heat_map")
    n_sev, n_like = scale.steps("severity"), scale.steps("likelihood")
    severity = [words.label(f"scale-{scale.method}-severity", key) for key, _ in scale.severity]
    likelihood = [words.label(f"scale-{scale.method}-likelihood", k) for k, _ in scale.likelihood]
    cells = _cells(risks)
    crowd = max(len(who) for who in cells.values())
    height = min(16.0, max(HEIGHT_CM, 3.0 + n_sev * crowd * 0.33))
    fig = _figure(words.part("chart-title", "heat_map"), height)
    left = _text_cm("\n".join(severity), 8) + 0.9
    ax = _axes(fig, left=left, right=0.3, bottom=2.1)
    cell_cm = ((WIDTH_CM - left - 0.3) / n_like, (height - 3.0) / n_sev)
    for s in range(1, n_sev + 1):
        for lk in range(1, n_like + 1):
            cell = Rectangle((lk - 0.5, s - 0.5), 1, 1, edgecolor="white", linewidth=2)
            cell.set_facecolor(LEVEL_COLOURS[scale.level(s, lk)])
            cell.set_gid(f"cell-{s}-{lk}")
            ax.add_patch(cell)
    ax.set_xlim(0.5, n_like + 0.5)
    ax.set_ylim(0.5, n_sev + 0.5)
    ax.set_xticks(range(1, n_like + 1), likelihood, fontsize=8)
    ax.set_yticks(range(1, n_sev + 1), severity, fontsize=8)
    ax.set_xlabel(words.label("axis", "likelihood"), fontsize=9)
    ax.set_ylabel(words.label("axis", "severity"), fontsize=9)
    ax.tick_params(length=0)
    ax.spines[:].set_visible(False)

    spots: dict[tuple[str, str], tuple[float, float]] = {}
    for (s, lk), occupants in cells.items():
        spots.update(_list_in_cell(ax, s, lk, occupants, cell_cm, words))
    moved = [risk.id for risk in risks if (risk.id, "residual") in spots]
    alpha = 1.0 if len(moved) <= 12 else 0.45  # many arrows: let the grid show through
    for risk_id in moved:
        start, end = spots[(risk_id, "inherent")], spots[(risk_id, "residual")]
        arrow = FancyArrowPatch(start, end, shrinkA=3, shrinkB=3, alpha=alpha, **_ARROW)
        arrow.set_gid(f"arrow-{risk_id}")
        ax.add_patch(arrow)
    handles: list[Artist] = [
        Patch(color=c, label=words.part("chart-risk", lv)) for lv, c in LEVEL_COLOURS.items()
    ]
    handles += [
        Line2D([], [], label=words.part("chart-point", point), mfc=face, **_DOT)
        for point, face in _POINTS
    ]
    fig.legend(handles=handles, loc="lower center", ncols=5, fontsize=7.5, frameon=False)
    return fig


def _cells(risks: Sequence[RiskLine]) -> dict[tuple[int, int], list[tuple[str, str]]]:
    """Who sits in each cell: every risk's inherent point, and its residual point if it moved."""
    cells: dict[tuple[int, int], list[tuple[str, str]]] = {}
    for risk in risks:
        inherent = (risk.severity.final, risk.likelihood.final)
        residual = (risk.residual_severity, risk.residual_likelihood)
        cells.setdefault(inherent, []).append((risk.id, "inherent"))
        if residual != inherent:
            cells.setdefault(residual, []).append((risk.id, "residual"))
    return cells


def _list_in_cell(
    ax: Axes,
    s: int,
    lk: int,
    occupants: list[tuple[str, str]],
    cell_cm: tuple[float, float],
    words: Speaker,
) -> dict[tuple[str, str], tuple[float, float]]:
    """Draw a cell's risks as a list, a dot and an id per line, so no two overlap; a cell too
    full for MIN_PT text ends with "+ n more", whose dot stands for the rest. Returns the dots."""
    width_cm, height_cm = cell_cm[0], 0.85 * cell_cm[1]
    fits = max(1, int(height_cm / (MIN_PT * LINE_CM)))
    cut = len(occupants) if len(occupants) <= fits else fits - 1
    shown, rest = occupants[:cut], occupants[cut:]
    lines = shown + ([(words.say("chart-more", n=len(rest)), "inherent")] if rest else [])
    room = 0.9 * width_cm - 0.35  # less the dot and its gap
    block = "\n".join(text for text, _ in lines)
    size = min(7.0, height_cm / len(lines) / LINE_CM, room / max(_text_cm(block, 1.0), 0.01))
    size = max(MIN_PT, size)
    x = lk - min(0.9, (0.35 + _text_cm(block, size)) / width_cm) / 2 + 0.12 / width_cm
    spots: dict[tuple[str, str], tuple[float, float]] = {}
    dots: dict[str, list[float]] = {"inherent": [], "residual": []}
    for i, (text, kind) in enumerate(lines):
        y = s + size * LINE_CM / cell_cm[1] * ((len(lines) - 1) / 2 - i)
        dots[kind].append(y)
        colour, style = (INK, "normal") if kind == "inherent" else ("#555555", "italic")
        while _text_cm(text, size) > room and len(text) > 4:  # only ids too long even at MIN_PT
            text = _short(text, len(text) - 1)
        _text(ax, x + 0.2 / width_cm, y, text, fontsize=size, color=colour, style=style, zorder=4)
        for who in [lines[i]] if i < len(shown) else rest:
            spots[who] = (x, y)
    for ys, (_, face) in zip(dots.values(), _POINTS, strict=True):
        ax.plot([x] * len(ys), ys, mfc=face, markersize=0.7 * size, zorder=3, **_DOT)
    return spots


# --- 2. retention timeline ----------------------------------------------------------------------


def retention_timeline(
    assessment: Assessment,
    statuses: Sequence[RetentionStatus],
    words: Speaker,
    knowledge: Knowledge | None = None,
) -> Figure:
    """One bar per retention rule and group of people, in years, with the reference period; a
    rule whose period `assess()` found missing (`Result.retention_status`) is a warning bar."""
    kb = knowledge or load_knowledge()
    rules = assessment.description.retention_rules
    rows = [(rule, group) for rule in rules for group in rule.applies_to]
    if not rows:
        return _nothing(words, "retention")
    no_period = {s.id for s in statuses if "period" in s.missing}
    periods = [
        None if rule.id in no_period or rule.period is None else rule.period.months / 12
        for rule, _ in rows
    ]
    bounded = [_reference(kb, group.value) for _, group in rows]
    references = [years for years, _ in bounded]
    x_max = max(1.0, 1.25 * max(p for p in [*periods, *references, 0.0] if p is not None))

    fig = _figure(words.part("chart-title", "retention"), _height(len(rows), fixed=3.2))
    labels = [
        f"{words.label('retention_group', group)}\n{_short(rule.id, 32)}" for rule, group in rows
    ]
    ax = _axes(fig, left=_text_cm("\n".join(labels), 7.5) + 0.4, right=0.5, bottom=2.0)
    ys = list(range(len(rows)))
    for y, (rule, group), years, reference in zip(ys, rows, periods, references, strict=True):
        if years is None:
            [bar] = ax.barh(y, x_max, height=0.6, **_MISSING)
            # the label goes to the half of the bar the reference marker leaves free
            x, ha = (0.98, "right") if (reference or 0.0) < 0.5 * x_max else (0.02, "left")
            missing = words.say("chart-no_period")
            _text(ax, x * x_max, y, missing, ha=ha, color=WARNING_EDGE, bbox=_NOTE_BOX)
        else:
            [bar] = ax.barh(y, years, height=0.6, color=BAR_COLOUR)
            inside = years >= 0.2 * x_max
            x = years - 0.03 * x_max if inside else years + 0.015 * x_max
            _text(ax, x, y, words.period(str(rule.period)), ha="right" if inside else "left",
                  color="white" if inside else INK)  # fmt: skip
        bar.set_gid(f"retention-{rule.id}-{group.value}")
    minimums = [(ref, y) for (ref, bound), y in zip(bounded, ys, strict=True)
                if ref is not None and bound == "minimum"]  # fmt: skip
    maximums = [(ref, y) for (ref, bound), y in zip(bounded, ys, strict=True)
                if ref is not None and bound == "maximum"]  # fmt: skip
    if maximums:
        ax.plot(*zip(*maximums, strict=True), zorder=3, gid="reference-periods", **_REFERENCE)
    if minimums:
        ax.plot(*zip(*minimums, strict=True), zorder=3, gid="minimum-periods", **_MINIMUM)

    ax.set_yticks(ys, labels, fontsize=7.5)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlim(0, x_max)
    ax.set_xlabel(words.say("chart-years"), fontsize=9)
    ax.tick_params(axis="x", labelsize=8)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.spines[["top", "right"]].set_visible(False)
    legend = functools.partial(words.part, "chart-legend")
    handles = [
        Patch(color=BAR_COLOUR, label=legend("period")),
        Patch(label=legend("no_period"), **_MISSING),
        Line2D([], [], label=legend("reference"), **_REFERENCE),
    ]
    if minimums:
        handles.append(Line2D([], [], label=legend("minimum"), **_MINIMUM))
    fig.legend(handles=handles, loc="lower center", ncols=3, fontsize=7.5, frameon=False)
    return fig


def _reference(kb: Knowledge, group: str) -> tuple[float | None, RetentionBound]:
    """The knowledge base's reference period for a group, in years, and whether it is a maximum
    or a minimum; None years where it has none."""
    try:
        reference = kb.retention_reference(group)
        return parse_period(reference.period).months / 12, reference.bound
    except KnowledgeError:
        return None, "maximum"


# --- 3. transfer overview -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GlanceRow:
    """A transfer, or an EEA host whose parent is not, as the glance shows it: where to, who and
    how, and its status cells (text, and the level that colours it; None: grey)."""

    destination: str
    detail: str
    cells: tuple[tuple[str, RiskLevel | None], ...]
    status: TransferStatus


def transfer_overview(result: Result, words: Speaker, *, levels: bool = True) -> Figure:
    """A row per transfer and per EEA-hosted recipient with a third-country parent: where to,
    adequacy, the transfer tool as `assess()` judged it and, with `levels`, the risk level."""
    rows = transfer_rows(result, words, levels=levels)
    if not rows:
        return _nothing(words, "transfers")
    columns = glance_columns(words, levels=levels)
    widths = [0.46, 0.14, 0.24, 0.16] if levels else [0.52, 0.18, 0.30]
    lefts = [sum(widths[:i]) for i in range(len(widths))]

    title = words.part("chart-title", "transfers")
    fig = _figure(title, _height(len(rows) + 1, per_row=0.9, fixed=1.2, low=4.0))
    ax = _axes(fig, left=0.2, right=0.2, bottom=0.2)
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(len(rows) + 0.5, -0.5)
    for left, name in zip(lefts, columns, strict=True):
        _text(ax, left + 0.01, 0, name, fontsize=8.5, fontweight="bold")
    ax.plot([0, 1], [0.45, 0.45], color=INK, linewidth=0.8)
    for y, row in enumerate(rows, start=1):
        _text(ax, lefts[0] + 0.01, y - 0.17, _short(row.destination, 48), fontweight="bold")
        _text(ax, lefts[0] + 0.01, y + 0.2, _short(row.detail, 52), fontsize=7)
        for left, width, (text, level) in zip(lefts[1:], widths[1:], row.cells, strict=True):
            box = Rectangle((left + 0.005, y - 0.4), width - 0.01, 0.8, edgecolor="white")
            box.set_facecolor(LEVEL_COLOURS[level] if level else NEUTRAL)
            box.set_gid(f"glance-{row.status.id}-{len(ax.patches)}")
            ax.add_patch(box)
            _text(ax, left + width / 2, y, text, ha="center")
    return fig


def glance_columns(words: Speaker, *, levels: bool = True) -> list[str]:
    """The glance's column titles; the risk level's only with `levels`."""
    keys = ["destination", "adequacy", "tool", *(["level"] if levels else [])]
    return [words.part("chart-column", key) for key in keys]


def transfer_rows(result: Result, words: Speaker, *, levels: bool = True) -> list[GlanceRow]:
    """The glance's rows: each recorded transfer in file order, then each recipient hosted in the
    EEA whose parent company is not. The cells are adequacy, the transfer tool and, with `levels`,
    the risk level; the chart draws these rows, the report shows them as a table."""
    scored = {item.id: item for item in result.transfers}
    rows = []
    for status in result.transfer_status:
        if status.status == "unrecorded":
            continue  # no transfer to show: TRF-002 asks for it
        cells: list[tuple[str, RiskLevel | None]] = [
            (words.part("chart-adequacy", status.adequacy), ADEQUACY_COLOURS[status.adequacy]),
            (tool_text(status, words), TOOL_COLOURS[status.status]),
        ]
        if levels:
            item = scored.get(status.item or "")
            cells.append(
                (words.label("level", item.level), item.level)
                if item
                else (words.say("chart-not_scored"), None)
            )
        if status.parent_country is not None:
            parent = _country(words, status.parent_country, "country_in")
            detail = words.say("chart-exposure", recipient=status.recipient, parent=parent)
        else:
            detail = words.say("chart-transfer", recipient=status.recipient, kind=status.kind)
        rows.append(GlanceRow(_country(words, status.country), detail, tuple(cells), status))
    return rows


def tool_text(status: TransferStatus, words: Speaker) -> str:
    """The tool cell: the tool recorded, and what `assess()` found wrong or doubtful with it."""
    module = str(status.scc_module) if status.scc_module is not None else None
    return words.say("chart-tool", status=status.status, tool=status.tool, module=module)


def _country(words: Speaker, code: str, group: str = "country") -> str:
    """A country's name (`country`), or the name as a sentence places something there
    (`country_in`), in the speaker's language; a code no catalogue knows stays the code."""
    return words.label(group, code) if words.has(group, code) else code


# --- 4. progress --------------------------------------------------------------------------------


def progress_chart(progress: Sequence[SectionProgress], words: Speaker) -> Figure:
    """One bar per section: the share of its questions answered, labelled answered/questions."""
    if not progress:
        return _nothing(words, "progress")
    title = words.part("chart-title", "progress")
    fig = _figure(title, _height(len(progress), per_row=0.7, fixed=2.2))
    names = [words.part("chart-section", p.section) for p in progress]
    ax = _axes(fig, left=_text_cm("\n".join(names), 8) + 0.4, right=0.3, bottom=0.9)
    ys = list(range(len(progress)))
    ax.barh(ys, [1.0] * len(progress), height=0.6, color=NEUTRAL)
    bars = ax.barh(ys, [p.share for p in progress], height=0.6, color=BAR_COLOUR)
    for y, section, bar in zip(ys, progress, bars, strict=True):
        bar.set_gid(f"progress-{section.section}")
        _text(ax, 1.01, y, f"{section.answered}/{section.questions}", fontsize=8)
    ax.set_yticks(ys, names, fontsize=8)
    ax.set_ylim(len(progress) - 0.5, -0.5)
    ax.set_xlim(0, 1.12)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
    ax.xaxis.set_major_formatter(PercentFormatter(xmax=1.0))
    ax.tick_params(axis="x", labelsize=8)
    ax.tick_params(axis="y", length=0)
    ax.spines[["top", "right"]].set_visible(False)
    return fig
