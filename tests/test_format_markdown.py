"""Markdown: a readable report, with everything from the article escaped."""

from __future__ import annotations

import eurasec
from eurasec import Paragraph


def test_report_sections(seed_text: str) -> None:
    """Headline, meta line, standfirst, statements and actors tables, the text."""
    a = eurasec.parse(seed_text)
    md = eurasec.dumps(a, "markdown")
    assert md.startswith(f"# {a.title}\n")
    assert "ISW · Jun 22, 2024 - 08:01 · Euromaidan Press" in md
    assert f"> {a.standfirst}" in md
    if a.statements:
        assert f"## Statements ({len(a.statements)})" in md
        assert "| # | speaker | cue | kind |" in md
    if a.actors:
        assert f"## Actors ({len(a.actors)})" in md
    assert "## Text" in md


def test_markup_in_the_text_is_escaped() -> None:
    """HTML, pipes, stars and list markers from the article stay text."""
    body = "<script>alert(1)</script> | *bold* [link](x)\n- item"
    a = eurasec.Article(id="a", text=body, format="notes", title="A <b>bold</b> | title",
                        paragraphs=(Paragraph(text=body, start=0, end=len(body)),))
    md = eurasec.dumps(a, "markdown")
    assert "<script>" not in md
    assert "\\<script\\>" in md
    assert "\\*bold\\*" in md
    assert "\\[link\\]" in md
    assert "# A \\<b\\>bold\\</b\\> \\| title" in md


def test_several_articles(seed_text: str) -> None:
    """A list of articles gives reports separated by rules."""
    a = eurasec.parse(seed_text, extract=False)
    assert eurasec.dumps([a, a], "md").count("\n---\n") == 1
