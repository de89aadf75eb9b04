"""HTML: a self-contained, escaped report with highlights; notebook views; short repr."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings

import eurasec
from eurasec import Mention, Paragraph
from eurasec.strategies import articles

VOID = {"meta", "br", "hr", "img", "link"}


class Nesting(HTMLParser):
    """Checks that every element closes in order; collects tags, attributes and the text
    outside labels and stylesheets."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.errors: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag not in VOID:
            skipped = tag == "style" or ("class", "label") in attrs
            self.stack.append(tag + ("!" if skipped else ""))
            self.skip += skipped

    def handle_endtag(self, tag: str) -> None:
        top = self.stack.pop() if self.stack else ""
        if top.rstrip("!") != tag:
            self.errors.append(f"unbalanced </{tag}>")
        self.skip -= top.endswith("!")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.text.append(data)


def parse_html(page: str) -> Nesting:
    """Parse page, asserting it nests properly."""
    p = Nesting()
    p.feed(page)
    p.close()
    assert not p.errors, p.errors
    assert not p.stack, p.stack
    return p


def hostile() -> eurasec.Article:
    """An article whose every field tries to inject markup."""
    body = 'Putin said "<script>alert(1)</script>" & left <img src=x onerror=alert(2)>.'
    start = body.index("Putin")
    actor = eurasec.Actor(id="p", name='<b onmouseover="x">', kind=eurasec.ActorKind.PERSON)
    return eurasec.Article(
        id="a", text=body, format="notes", title="<script>t()</script>",
        url="javascript:alert(3)", standfirst="</p><script>", caption="<iframe>",
        paragraphs=(Paragraph(text=body, start=0, end=len(body)),), actors=(actor,),
        mentions=(Mention(text="Putin", start=start, end=start + 5, actor="p"),))


def test_everything_is_escaped() -> None:
    """No markup from the article survives: <script> appears only escaped."""
    page = eurasec.dumps(hostile(), "html")
    p = parse_html(page)
    assert set(p.tags) <= {"html", "head", "meta", "title", "style", "body", "article",
                           "div", "h1", "h2", "p", "span", "table", "thead", "tbody", "tr",
                           "th", "td", "ul", "li", "a"}
    assert "<script" not in page.lower()
    assert "&lt;script&gt;" in page
    names = {name for name, _ in p.attrs}
    assert names <= {"lang", "charset", "class", "title", "href"}, names
    assert all(v and v.startswith("http") for n, v in p.attrs if n == "href")
    assert "<script>alert(1)</script>" in "".join(p.text)  # shown as text


def test_self_contained() -> None:
    """One document with an inline stylesheet; nothing is loaded, nothing runs."""
    page = eurasec.dumps(hostile(), "html")
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page
    assert {name for name, _ in parse_html(page).attrs} <= {"lang", "charset", "class",
                                                            "title", "href"}
    for needle in ("<script", "<link", "@import", "url("):
        assert needle not in page.lower()


def test_mentions_and_statements_are_highlighted(seed_text: str) -> None:
    """Mentions get a mark with the actor's name; statement parts get their classes."""
    a = eurasec.parse(seed_text)
    page = eurasec.dumps(a, "html")
    parse_html(page)
    if a.mentions:
        assert 'class="mention ' in page
        assert 'class="label"' in page
    if a.statements:
        assert 'class="statement"' in page
        assert f"Statements ({len(a.statements)})" in page


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_any_spans_nest_and_keep_the_text(article: eurasec.Article) -> None:
    """Overlapping spans still give well-nested markup, and the body text is intact."""
    fragment = article._repr_html_()
    parsed = parse_html(fragment)
    shown = "".join(parsed.text)
    for p in article.paragraphs:
        assert p.text in shown


def test_notebook_views_and_short_repr(seed_text: str) -> None:
    """Article, Actor and Statement render as HTML fragments; repr(article) stays short."""
    a = eurasec.parse(seed_text)
    assert a._repr_html_().startswith("<style>")
    assert "<!DOCTYPE" not in a._repr_html_()
    for obj in (*a.actors[:2], *a.statements[:2]):
        parse_html(obj._repr_html_())
    for short in (a, *a.statements):
        assert len(repr(short)) < 250
        assert "\n" not in repr(short)
    assert repr(a.statements[1]).startswith("<Statement [")


def test_actor_and_statement_pages() -> None:
    """to_html shows an actor's facts, and writes a full page when asked."""
    actor = eurasec.Actor(id="nato", name="NATO", kind=eurasec.ActorKind.ORGANIZATION,
                          acronym="NATO", memberships=(eurasec.Membership(member="FIN"),))
    page = eurasec.to_html(actor)
    parse_html(page)
    assert "FIN (member)" in page
    assert page.startswith("<!DOCTYPE html>")
