"""A readable table of an eval report."""

from __future__ import annotations

from typing import Any

COLUMNS = ("n", "hit1", "hit5", "hit10", "mrr10", "figure_ok", "list_recall", "list_precision", "abstain_ok")


def _row(name: str, s: dict[str, Any]) -> str:
    cells = [f"{s[c]:.3f}" if isinstance(s.get(c), float) else str(s.get(c, "-")) for c in COLUMNS]
    return f"{name:<22}" + "".join(f"{c:>15}" for c in cells)


def render_report(report: dict[str, Any]) -> str:
    lines = [f"{'':<22}" + "".join(f"{c:>15}" for c in COLUMNS), _row("overall", report["overall"])]
    lines += [_row(f"type={t}", s) for t, s in report["by_type"].items()]
    lines += [_row(f"lang={l}", s) for l, s in report["by_lang"].items()]
    for name, base in report.get("baselines", {}).items():
        lines.append("")
        lines.append(_row(f"{name}", base["overall"]))
        lines += [_row(f"  type={t}", s) for t, s in base["by_type"].items()]
        lines += [_row(f"  lang={l}", s) for l, s in base["by_lang"].items()]
    lat = report["latency_ms"]
    lines.append(f"\nlatency ms: search p50 {lat['search_p50']} p95 {lat['search_p95']}, "
                 f"ask p50 {lat['ask_p50']} p95 {lat['ask_p95']}")
    misses = [q for q in report["questions"] if q.get("hit5") == 0.0]
    if misses:
        lines.append("missed at 5: " + ", ".join(q["id"] for q in misses))
    return "\n".join(lines)
