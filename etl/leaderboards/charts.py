"""Small inline SVG charts (no library, no network): horizontal bars and a scatter plot.

Labels come from abstracts, so every text is escaped; numbers are formatted deterministically.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

from etl.leaderboards.render import fmt

_W = 760
_PALETTE = ("#3b6ea8", "#c0504d", "#4f9a5b", "#8064a2", "#d08c2c", "#2c8c99")


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _short(text: str, n: int = 36) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def bars(
    title: str,
    labels: Sequence[str],
    values: Sequence[float],
    unit: str = "",
    *,
    log: bool = False,
    shown: Sequence[str] | None = None,
) -> str:
    """Horizontal bars, one per label, longest = largest value (log scale when `log`)."""
    texts = list(shown) if shown is not None else [""] * len(labels)
    keep = [
        (str(lab), float(v), t)
        for lab, v, t in zip(labels, values, texts, strict=True)
        if v is not None and (v > 0 or not log)
    ]
    pairs = [(lab, v) for lab, v, _ in keep]
    if not pairs:
        return ""
    row, left, right = 22, 260, 90
    height = 34 + row * len(pairs)
    scale = [math.log10(v) if log else v for _, v in pairs]
    lo = min(0.0, min(scale)) if not log else min(scale) - 1
    hi = max(scale) if max(scale) > lo else lo + 1
    span = _W - left - right
    out = [
        f'<svg class="chart" role="img" viewBox="0 0 {_W} {height}" width="{_W}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{_e(title)}</title>',
        f'<text x="4" y="16" class="ct">{_e(title)}</text>',
    ]
    for i, ((label, value), s) in enumerate(zip(pairs, scale, strict=True)):
        y = 28 + i * row
        x0 = left + span * (0 - lo) / (hi - lo) if not log else left
        x1 = left + span * (s - lo) / (hi - lo)
        x, w = min(x0, x1), max(abs(x1 - x0), 1.0)
        colour = _PALETTE[0] if value >= 0 else _PALETTE[1]
        text = keep[i][2] or fmt(value) + (f" {unit}" if unit and unit != "none" else "")
        out.append(
            f"<g><title>{_e(label)}: {_e(text)}</title>"
            f'<text x="{left - 6}" y="{y + 14}" text-anchor="end" class="cl">{_e(_short(label))}</text>'
            f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" fill="{colour}"/>'
            f'<text x="{x + w + 4:.1f}" y="{y + 14}" class="cv">{_e(text)}</text></g>'
        )
    out.append("</svg>")
    return "".join(out)


def scatter(
    title: str, points: Sequence[tuple[float, float, str]], xlabel: str, ylabel: str, *, logx: bool = True
) -> str:
    """Points (x, y, label); x on a log scale by default (parameter counts span orders of magnitude)."""
    pts = [(x, y, lab) for x, y, lab in points if x is not None and y is not None and (x > 0 or not logx)]
    if len(pts) < 2:
        return ""
    h, left, bottom, top, right = 360, 70, 44, 30, 30
    xs = [math.log10(x) if logx else x for x, _, _ in pts]
    ys = [y for _, y, _ in pts]
    x_lo, x_hi = min(xs), max(xs)
    y_lo, y_hi = min(ys), max(ys)
    x_pad = (x_hi - x_lo) * 0.05 or 0.5
    y_pad = (y_hi - y_lo) * 0.08 or 1.0
    x_lo, x_hi, y_lo, y_hi = x_lo - x_pad, x_hi + x_pad, y_lo - y_pad, y_hi + y_pad

    def px(v: float) -> float:
        return left + (_W - left - right) * (v - x_lo) / (x_hi - x_lo)

    def py(v: float) -> float:
        return top + (h - top - bottom) * (1 - (v - y_lo) / (y_hi - y_lo))

    out = [
        f'<svg class="chart" role="img" viewBox="0 0 {_W} {h}" width="{_W}" height="{h}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{_e(title)}</title>',
        f'<text x="4" y="16" class="ct">{_e(title)}</text>',
        f'<line x1="{left}" y1="{h - bottom}" x2="{_W - right}" y2="{h - bottom}" class="ax"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{h - bottom}" class="ax"/>',
        f'<text x="{(_W + left) / 2:.0f}" y="{h - 8}" text-anchor="middle" class="cl">{_e(xlabel)}</text>',
        f'<text x="14" y="{(h - bottom + top) / 2:.0f}" transform="rotate(-90 14 {(h - bottom + top) / 2:.0f})" '
        f'text-anchor="middle" class="cl">{_e(ylabel)}</text>',
    ]
    if logx:
        for e in range(math.ceil(x_lo), math.floor(x_hi) + 1):
            out.append(
                f'<text x="{px(e):.1f}" y="{h - bottom + 16}" text-anchor="middle" class="cv">'
                f"{_e(_pow10(e))}</text>"
            )
    for v in (y_lo + y_pad, y_hi - y_pad):
        out.append(
            f'<text x="{left - 6}" y="{py(v) + 4:.1f}" text-anchor="end" class="cv">{_e(fmt(v))}</text>'
        )
    for (x, y, label), xv in zip(pts, xs, strict=True):
        out.append(
            f"<g><title>{_e(label)}: {_e(fmt(y))} at {_e(fmt(x))}</title>"
            f'<circle cx="{px(xv):.1f}" cy="{py(y):.1f}" r="5" fill="{_PALETTE[0]}"/>'
            f'<text x="{px(xv) + 7:.1f}" y="{py(y) - 6:.1f}" class="cv">{_e(_short(label, 24))}</text></g>'
        )
    out.append("</svg>")
    return "".join(out)


def _pow10(e: int) -> str:
    """10**e as a size: 1K, 10K, 100K, 1M, ... 1T; other exponents as 1e<e>."""
    for exp, suffix in ((12, "T"), (9, "B"), (6, "M"), (3, "K")):
        if exp <= e < exp + 3 or (suffix == "T" and e >= 12):
            return f"{10 ** (e - exp)}{suffix}"
    return "1" if e == 0 else f"1e{e}"
