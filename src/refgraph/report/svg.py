"""Small inline SVG charts (no plotting library, no external requests)."""
from __future__ import annotations

from .safe import esc


def bar_chart(values: list[tuple[str, int]], title: str, highlight=frozenset(), width: int = 900, height: int = 180) -> str:
    if not values:
        return ""
    top = max(v for _, v in values) or 1
    bar = width / len(values)
    parts = [f'<svg role="img" aria-label="{esc(title)}" viewBox="0 0 {width} {height + 30}" width="100%" class="chart">',
             f'<title>{esc(title)}</title>']
    for i, (label, value) in enumerate(values):
        h = (height - 10) * value / top
        colour = "#d62728" if label in highlight else "#4e79a7"
        parts.append(f'<rect x="{i * bar:.1f}" y="{height - h:.1f}" width="{max(bar - 1, 1):.1f}" height="{h:.1f}" fill="{colour}">'
                     f'<title>{esc(label)}: {value}</title></rect>')
    step = max(1, len(values) // 20)
    for i in range(0, len(values), step):
        parts.append(f'<text x="{i * bar + bar / 2:.1f}" y="{height + 14}" font-size="10" text-anchor="middle">{esc(values[i][0])}</text>')
    parts.append(f'<text x="0" y="10" font-size="10">max {top}</text></svg>')
    return "".join(parts)


def hbar_chart(values: list[tuple[str, int]], title: str, width: int = 900, short_label=lambda label: label) -> str:
    """Horizontal bars; a long label wraps onto more lines instead of being cut."""
    import textwrap

    if not values:
        return ""
    top = max(v for _, v in values) or 1
    line_height, label_width = 13, 360
    rows, y = [], 2
    for label, value in values:
        lines = textwrap.wrap(short_label(label), 56) or [""]
        height = max(20, line_height * len(lines) + 7)
        rows.append((label, value, lines, y, height))
        y += height
    parts = [f'<svg role="img" aria-label="{esc(title)}" viewBox="0 0 {width} {y + 2}" width="100%" class="chart"><title>{esc(title)}</title>']
    for label, value, lines, top_y, height in rows:
        w = (width - label_width - 40) * value / top
        spans = "".join(f'<tspan x="{label_width - 6}" dy="{0 if i == 0 else line_height}">{esc(text)}</tspan>' for i, text in enumerate(lines))
        parts.append(f'<text y="{top_y + 12}" font-size="11" text-anchor="end">{spans}<title>{esc(label)}</title></text>'
                     f'<rect x="{label_width}" y="{top_y + 1}" width="{w:.1f}" height="{height - 6}" fill="#59a14f"/>'
                     f'<text x="{label_width + w + 4:.1f}" y="{top_y + 12}" font-size="11">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)


def order_chart(sequence: list[int], out_of_order: set[int], title: str, width: int = 900, height: int = 260) -> str:
    """x: position in order of first citation, y: reference number. A clean list is a diagonal."""
    if not sequence:
        return ""
    n, top = len(sequence), max(sequence)
    parts = [f'<svg role="img" aria-label="{esc(title)}" viewBox="0 0 {width} {height + 20}" width="100%" class="chart"><title>{esc(title)}</title>',
             f'<line x1="0" y1="{height}" x2="{width}" y2="0" stroke="#d9e2ec"/>']
    for i, number in enumerate(sequence):
        x = (i + 0.5) * width / n
        y = height - height * number / top
        colour = "#d62728" if number in out_of_order else "#4e79a7"
        r = 4 if number in out_of_order else 2.5
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{colour}"><title>{i + 1}. first cited: reference {number}</title></circle>')
    parts.append(f'<text x="2" y="{height + 16}" font-size="10">first cited →</text><text x="2" y="10" font-size="10">ref {top}</text></svg>')
    return "".join(parts)
