"""An article record as terminal output: text with facts highlighted, then fact tables."""

from __future__ import annotations

from typing import Any

STYLES = {
    "entity": "bold cyan",
    "quote": "green",
    "speaker": "bold green",
    "event": "bold white on red",
    "actor": "underline magenta",
    "amount": "bold yellow",
}


def _span(obj: Any) -> tuple[int, int] | None:
    sp = obj.get("span") if isinstance(obj, dict) else None
    if isinstance(sp, list | tuple) and len(sp) == 2:
        return int(sp[0]), int(sp[1])
    return None


def highlights(rec: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end, kind) over the cleaned text; later kinds are drawn over earlier ones."""
    out: list[tuple[int, int, str]] = []
    for q in rec.get("quotes") or []:
        for s, e in q.get("spans") or []:
            out.append((s, e, "quote"))
        sp = _span(q.get("speaker"))
        if sp:
            out.append((*sp, "speaker"))
    for ent in rec.get("entities") or []:
        for m in ent.get("mentions") or []:
            sp = _span(m)
            if sp:
                out.append((*sp, "entity"))
    for ev in rec.get("events") or []:
        for a in (ev.get("source") or []) + (ev.get("target") or []):
            sp = _span(a)
            if sp:
                out.append((*sp, "actor"))
        sp = _span(ev.get("trigger"))
        if sp:
            out.append((*sp, "event"))
    for am in rec.get("amounts") or []:
        sp = _span(am)
        if sp:
            out.append((*sp, "amount"))
    return out


def render(rec: dict[str, Any]) -> list[Any]:
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    text = rec.get("text") or ""
    body = Text(text)
    n = len(text)
    for s, e, kind in highlights(rec):
        if 0 <= s < e <= n:
            body.stylize(STYLES[kind], s, e)
    head = " · ".join(str(x) for x in (rec.get("publication"), rec.get("published")
                                       or rec.get("published_not_before"), rec.get("id")) if x)
    title = rec.get("headline") or rec.get("id") or "article"
    parts: list[Any] = [Panel(body, title=str(title), subtitle=head, title_align="left")]
    legend = Text()
    for kind, style in STYLES.items():
        legend.append(f" {kind} ", style=style)
        legend.append(" ")
    parts.append(legend)
    if rec.get("duplicate_of"):
        sim = rec.get("similarity") or 0.0
        parts.append(Text(f"near-duplicate of {rec['duplicate_of']} (similarity {sim:.2f}); "
                          "its facts are the first copy's"))

    def table(title: str, cols: list[str], rows: list[list[Any]]) -> None:
        if not rows:
            return
        t = Table(title=title, title_justify="left")
        for c in cols:
            t.add_column(c, overflow="fold", max_width=70 if c == "text" else None)
        for r in rows:
            t.add_row(*("" if v is None else str(v) for v in r))
        parts.append(t)

    table("entities", ["name", "type", "country", "sector", "mentions"], [
        [e.get("name"), e.get("type"), e.get("country"), e.get("sector"),
         len(e.get("mentions") or [])] for e in rec.get("entities") or []])
    table("quotes", ["speaker", "kind", "text"], [
        [(q.get("speaker") or {}).get("name"), q.get("kind"), q.get("text")]
        for q in rec.get("quotes") or []])
    table("events", ["type", "cameo", "quad", "goldstein", "source", "target", "trigger"], [
        [ev.get("type"), ev.get("cameo"), ev.get("quad"), ev.get("goldstein"),
         ", ".join(str(a.get("name")) for a in ev.get("source") or []),
         ", ".join(str(a.get("name")) for a in ev.get("target") or []),
         (ev.get("trigger") or {}).get("text")] for ev in rec.get("events") or []])
    table("amounts", ["value", "unit", "comparator", "object", "text"], [
        [a.get("value"), a.get("unit"), a.get("comparator"), a.get("object"), a.get("text")]
        for a in rec.get("amounts") or []])
    return parts
