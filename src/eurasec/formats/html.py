"""HTML: a self-contained report of an article, for people and for notebooks.

The report shows the headline, dateline, standfirst and caption, then the body with every
mention and statement highlighted in place (the way displaCy shows entities: a coloured
mark per actor kind with the actor's name after it; statements underlined, their cue in
bold, their quotes in italics; hovering shows details through ``title`` attributes), then
the statements as a table and the actors. It needs nothing but the file: the stylesheet is
inline, there is no JavaScript, and no resource is fetched. Every piece of text from the
article is HTML-escaped, attribute values included, and only ``http(s)`` URLs become links.

Spans may overlap in any way: the body is cut at every span boundary and each piece is
wrapped in the spans that cover it, so the markup always nests.

``Article._repr_html_``, ``Statement._repr_html_`` and ``Actor._repr_html_`` return
:func:`to_html` fragments, so these objects display themselves in Jupyter.

>>> import eurasec
>>> page = eurasec.dumps(eurasec.parse_file("seeds/000_9e8d530a5ed693eb.txt"), "html")
>>> page.startswith("<!DOCTYPE html>"), "<script" in page
(True, False)
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

import attrs

from ..models import Actor, ActorKind, Article, Statement

__all__ = ["HtmlSerializer", "to_html"]

STYLE = """\
.eurasec{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.55;
 max-width:60rem;color:#1d1d1f}
.eurasec h1{font-size:1.45rem;margin:.2rem 0}
.eurasec .meta{color:#555;font-size:.9rem}
.eurasec .standfirst{font-size:1.05rem;font-style:italic}
.eurasec .caption{color:#555;font-size:.9rem}
.eurasec table{border-collapse:collapse;font-size:.88rem;margin:.5rem 0}
.eurasec th,.eurasec td{border:1px solid #ccc;padding:.2rem .45rem;text-align:left;
 vertical-align:top}
.eurasec th{background:#f3f3f3}
.eurasec .mention{padding:0 .15em;border-radius:.3em;background:#e4e7d2}
.eurasec .mention.person{background:#aa9cfc}
.eurasec .mention.state{background:#feca74}
.eurasec .mention.organization{background:#7aecec}
.eurasec .mention.group{background:#ff9561}
.eurasec .label{font-size:.62em;font-weight:bold;text-transform:uppercase;
 margin-left:.25em;vertical-align:middle;color:#333}
.eurasec .statement{text-decoration:underline;text-decoration-color:#c0392b;
 text-underline-offset:.2em}
.eurasec .cue{font-weight:bold}
.eurasec .quote{font-style:italic}
.eurasec .source{text-decoration:underline double}
"""


def _e(value: object) -> str:
    return escape(str(value), quote=True)


@attrs.frozen
class _Mark:
    start: int
    end: int
    css: str
    title: str
    label: str | None = None
    rank: int = 0  # outer marks first


def _highlight(text: str, lo: int, hi: int, marks: Sequence[_Mark]) -> str:
    """``text[lo:hi]`` escaped, each piece wrapped in the marks that cover it."""
    inside = [m for m in marks if m.start < hi and m.end > lo and m.start < m.end]
    cuts = sorted({lo, hi, *(max(m.start, lo) for m in inside),
                   *(min(m.end, hi) for m in inside)})
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        piece = _e(text[a:b])
        cover = sorted((m for m in inside if m.start <= a and m.end >= b),
                       key=lambda m: m.rank, reverse=True)
        for m in cover:
            piece = f'<span class="{m.css}" title="{_e(m.title)}">{piece}</span>'
        out.append(piece)
        out.extend(f'<span class="label">{_e(m.label)}</span>'
                   for m in inside if m.label and m.end == b)
    return "".join(out)


def _marks(article: Article) -> list[_Mark]:
    names = {a.id: a for a in article.actors}
    marks: list[_Mark] = []
    for i, s in enumerate(article.statements):
        who = names[s.speaker].name if s.speaker in names else "unresolved speaker"
        marks.append(_Mark(s.content.start, s.content.end, "statement",
                           f"statement {i + 1}: {who} ({s.kind.value})", rank=0))
        for q in s.quotes:
            marks.append(_Mark(q.start, q.end, "quote", f"quote of {who}", rank=1))
        if s.cue is not None:
            marks.append(_Mark(s.cue.start, s.cue.end, "cue", f"cue: {s.cue.lemma}", rank=2))
        if s.source is not None:
            marks.append(_Mark(s.source.start, s.source.end, "source",
                               f"source of statement {i + 1}", rank=3))
    for m in article.mentions:
        actor = names.get(m.actor)
        kind = actor.kind.value if actor else "other"
        name = actor.name if actor else m.actor
        marks.append(_Mark(m.start, m.end, f"mention {kind}",
                           f"{name} ({kind}; {m.resolution.value})", label=name, rank=4))
    return marks


def _rows(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>"
                   for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _join(values: Iterable[str]) -> str:
    return ", ".join(values)


def _statement_row(article: Article | None, i: int, s: Statement) -> list[object]:
    names = {a.id: a.name for a in article.actors} if article else {}
    speaker = names.get(s.speaker, s.speaker) if s.speaker else (
        s.source.text if s.source else "")
    date = s.date
    if date is None:
        when = ""
    elif date.earliest is None:
        when = date.text
    elif date.earliest == date.latest:
        when = f"{date.text} ({date.earliest})"
    else:
        when = f"{date.text} ({date.earliest}..{date.latest})"
    return [i + 1, speaker or "", s.cue.text if s.cue else "", s.kind.value, s.content.text,
            _join(f"“{q.text}”" for q in s.quotes),
            _join(names.get(r, r) for r in s.reported_by), when, _join(s.hedges)]


_STATEMENT_HEADER = ("#", "speaker", "cue", "kind", "content", "quotes", "reported by",
                     "date", "hedges")


def _article_fragment(article: Article) -> str:
    parts = ['<article class="eurasec">']
    if article.title_source:
        parts.append(f'<div class="meta">{_e(article.title_source)}</div>')
    parts.append(f"<h1>{_e(article.title or '(no headline)')}</h1>")
    meta = [x for x in (article.dateline, article.publisher, _join(article.authors)) if x]
    if meta:
        parts.append(f'<div class="meta">{" · ".join(_e(x) for x in meta)}</div>')
    if article.url and article.url.startswith(("https://", "http://")):
        parts.append(f'<div class="meta"><a href="{_e(article.url)}">{_e(article.url)}</a>'
                     "</div>")
    if article.standfirst:
        parts.append(f'<p class="standfirst">{_e(article.standfirst)}</p>')
    if article.caption:
        parts.append(f'<p class="caption">{_e(article.caption)}</p>')
    marks = _marks(article)
    for p in article.paragraphs:
        parts.append(f"<p>{_highlight(article.text, p.start, p.end, marks)}</p>")
    if article.related:
        items = "".join(f"<li>{_e(h)}</li>" for h in article.related)
        parts.append(f"<h2>Read also</h2><ul>{items}</ul>")
    if article.statements:
        parts.append(f"<h2>Statements ({len(article.statements)})</h2>")
        parts.append(_rows(_STATEMENT_HEADER, (_statement_row(article, i, s)
                                               for i, s in enumerate(article.statements))))
    if article.actors:
        parts.append(f"<h2>Actors ({len(article.actors)})</h2>")
        parts.append(_rows(("actor", "kind", "id", "mentions", "statements", "described as"),
                           ([a.name, a.kind.value, a.id, len(article.mentions_of(a.id)),
                             len(article.statements_by(a.id)), _join(a.descriptors)]
                            for a in article.actors)))
    parts.append("</article>")
    return "".join(parts)


def _actor_fragment(actor: Actor) -> str:
    rows: list[tuple[str, object]] = [("id", actor.id), ("kind", actor.kind.value)]
    optional: list[tuple[str, object]] = [
        ("acronym", actor.acronym), ("aliases", _join(actor.aliases)),
        ("described as", _join(actor.descriptors)), ("country", actor.country),
        ("category", actor.category), ("gender", actor.gender),
        ("posts", _join(p.title + (f" ({p.since or '?'}–{p.until})" if p.until else "")
                        for p in actor.posts)),
        ("members", _join(f"{m.member} ({m.role})" for m in actor.memberships
                          if m.until is None)),
        ("source", actor.source)]
    rows.extend((k, v) for k, v in optional if v)
    kind = "person" if actor.kind is ActorKind.PERSON else actor.kind.value
    body = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows)
    return (f'<div class="eurasec"><span class="mention {kind}">{_e(actor.name)}</span>'
            f"<table>{body}</table></div>")


def _statement_fragment(statement: Statement) -> str:
    return ('<div class="eurasec">'
            + _rows(_STATEMENT_HEADER, [_statement_row(None, 0, statement)]) + "</div>")


def to_html(obj: Article | Actor | Statement | Iterable[Article], *,
            full: bool = True) -> str:
    """An HTML report of an article (or of several, an actor or a statement).

    Args:
        obj: What to show.
        full: A complete document (``<!DOCTYPE html>`` with a ``<head>``); ``False`` gives
            a fragment with its own ``<style>``, as notebooks want.
    """
    if isinstance(obj, Article):
        body, title = _article_fragment(obj), obj.title or obj.id
    elif isinstance(obj, Actor):
        body, title = _actor_fragment(obj), obj.name
    elif isinstance(obj, Statement):
        body, title = _statement_fragment(obj), "statement"
    else:
        items = list(obj)
        body = "".join(_article_fragment(a) for a in items)
        title = f"{len(items)} articles"
    if not full:
        return f"<style>{STYLE}</style>{body}"
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{_e(title)}</title><style>{STYLE}</style></head>"
            f"<body>{body}</body></html>\n")


class HtmlSerializer:
    """The ``html`` format (alias ``htm``): write-only."""

    name = "html"
    aliases: tuple[str, ...] = ("htm",)
    extension = ".html"
    readable = False

    def dumps(self, obj: Any, *, full: bool = True, **options: Any) -> str:
        """A self-contained page for an article, several articles, an actor or a statement."""
        return to_html(obj, full=full)

    def loads(self, text: str | bytes, **options: Any) -> Any:
        """HTML is write-only."""
        raise NotImplementedError("the html format is write-only")
