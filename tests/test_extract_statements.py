"""Statement extraction: patterns, speakers through mentions, chains, dates, hedges."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

import eurasec
from eurasec import Actor, ActorKind, Mention, Statement, StatementKind
from eurasec.evaluate import METRICS, Score, keys_of, statement_dict
from eurasec.extraction.lexicon import CueWord, Lexicon
from eurasec.extraction.pipeline import Segment, segments_of
from eurasec.extraction.statements import find_statements

ROOT = Path(__file__).resolve().parent.parent
ANCHOR = dt.date(2024, 6, 22)


def _run(text: str, actors: list[Actor] | None = None, names: dict[str, str] | None = None,
         lexicon: Lexicon | None = None) -> tuple[Statement, ...]:
    """Extract from one paragraph, with mentions found by the given name -> id table."""
    mentions = []
    for name, aid in (names or {}).items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            mentions.append(Mention(text=m.group(), start=m.start(), end=m.end(), actor=aid))
    seg = [Segment(start=0, end=len(text), paragraph=0)]
    return find_statements(text, seg, actors or [], mentions, ANCHOR, lexicon=lexicon)


def _one(text: str, **kw: object) -> Statement:
    found = _run(text, **kw)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


PUTIN = Actor(id="vladimir-putin", name="Vladimir Putin", kind=ActorKind.PERSON, gender="male")
ISW = Actor(id="isw", name="Institute for the Study of War", kind=ActorKind.ORGANIZATION)
TASS = Actor(id="tass", name="TASS", kind=ActorKind.ORGANIZATION)
ACTORS = [PUTIN, ISW, TASS]
NAMES = {"Putin": "vladimir-putin", "ISW": "isw", "TASS": "tass",
         "Institute for the Study of War": "isw"}


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        ("Putin said that the talks failed.", "Putin", "said", "that the talks failed"),
        ("Putin also reiterated the talks failed.", "Putin", "reiterated", "the talks failed"),
        ("Putin said on Tuesday it was over.", "Putin", "said", "it was over"),
        ("Putin told reporters after the talks that it was over.", "Putin", "told",
         "that it was over"),
        ("Putin wrote on Telegram that it was over.", "Putin", "wrote", "that it was over"),
        ("Putin said in a statement that it was over.", "Putin", "said", "that it was over"),
        ("The talks failed, ISW reported.", "ISW", "reported", "The talks failed"),
        ("The talks failed, said Kremlin aide Yuri Ushakov.", "Kremlin aide Yuri Ushakov",
         "said", "The talks failed"),
        ("According to ISW, the talks failed.", "ISW", "According to", "the talks failed"),
        ("The talks failed, according to TASS.", "TASS", "according to", "The talks failed"),
        ("Kremlin spokesman Dmitry Peskov, who spoke by phone, said the talks failed.",
         "Kremlin spokesman Dmitry Peskov", "said", "the talks failed"),
        ("Putin was quoted as saying that the talks failed.", "Putin",
         "was quoted as saying", "that the talks failed"),
        ("The think tank noted that Russia may respond.", "The think tank", "noted",
         "that Russia may respond"),
    ],
)
def test_patterns(text: str, source: str, cue: str, content: str) -> None:
    """Each attribution shape gives its source, cue and content spans."""
    s = _one(text)
    assert s.source is not None
    assert s.cue is not None
    assert (s.source.text, s.cue.text, s.content.text) == (source, cue, content)
    assert text[s.content.start:s.content.end] == s.content.text


def test_nested_according_to_is_one_statement() -> None:
    """``According to ISW, Putin reiterated ...``: speaker Putin, reported by ISW."""
    s = _one("According to ISW, Putin reiterated on 21 June that he wanted “equal security.”",
             actors=ACTORS, names=NAMES)
    assert (s.speaker, s.reported_by, s.cue and s.cue.lemma) == (
        "vladimir-putin", ("isw",), "reiterate")
    assert s.date is not None
    assert s.date.value == dt.date(2024, 6, 21)
    assert s.kind is StatementKind.MIXED
    assert s.quotes[0].text == "equal security."


def test_postposed_relay_adds_to_the_chain() -> None:
    """``Putin said ..., TASS reported.`` is Putin's statement reported by TASS."""
    s = _one("Putin said the talks had failed, TASS reported.", actors=ACTORS, names=NAMES)
    assert (s.speaker, s.reported_by, s.content.text) == (
        "vladimir-putin", ("tass",), "the talks had failed")


def test_pronoun_speaker_through_mentions() -> None:
    """A pronoun source takes the actor of the coreference mention over it."""
    text = "Putin arrived. He said that Russia is ready."
    he = Mention(text="He", start=15, end=17, actor="vladimir-putin")
    seg = [Segment(start=0, end=len(text), paragraph=0)]
    (s,) = find_statements(text, seg, ACTORS, [he], None)
    assert s.source is not None
    assert s.source.text == "He"
    assert s.speaker == "vladimir-putin"


def test_pronoun_falls_back_on_the_last_person() -> None:
    """Without a coreference mention, ``He`` is the last person who spoke."""
    st = _run("Putin said the talks failed. He added that Russia is ready.",
              actors=ACTORS, names=NAMES)
    assert [s.speaker for s in st] == ["vladimir-putin", "vladimir-putin"]


def test_rightmost_mention_in_the_source_is_the_speaker() -> None:
    """``ISW analyst ... Putin``-style sources resolve to the head (rightmost) mention."""
    s = _one("TASS correspondent and Putin aide said it was over.", actors=ACTORS,
             names=NAMES)
    assert s.speaker == "vladimir-putin"


def test_generic_source_has_no_speaker() -> None:
    """``Russian media`` names a state but is a generic source: no speaker."""
    rus = Actor(id="RUS", name="Russia", kind=ActorKind.STATE)
    s = _one("Russian media reported that the talks failed.", actors=[rus],
             names={"Russian": "RUS"})
    assert s.speaker is None
    assert s.source is not None
    assert s.source.text == "Russian media"


def test_participle_shares_the_source() -> None:
    """``..., adding that ...`` is a second statement with the main clause's source."""
    st = _run("Putin said the talks failed, adding that Russia is ready.",
              actors=ACTORS, names=NAMES)
    assert [(s.cue and s.cue.text, s.content.text, s.speaker) for s in st] == [
        ("said", "the talks failed", "vladimir-putin"),
        ("adding", "that Russia is ready", "vladimir-putin")]


def test_multi_sentence_quote() -> None:
    """``“A,” X said. “B.”`` is one direct statement with two quotes."""
    text = "“We are ready,” Putin said. “We will wait.”"
    s = _one(text, actors=ACTORS, names=NAMES)
    assert s.kind is StatementKind.DIRECT
    assert s.content.text == "We are ready,” Putin said. “We will wait."
    assert [(q.text, q.partial) for q in s.quotes] == [
        ("We are ready,", False), ("We will wait.", False)]
    assert (s.start, s.end) == (0, len(text))


def test_quote_spanning_sentences_is_one_quote() -> None:
    """Sentence boundaries inside a quotation do not split it."""
    s = _one("“Prigozhin is in St Petersburg. He is not in Belarus,” Putin said.")
    assert [q.text for q in s.quotes] == [
        "Prigozhin is in St Petersburg. He is not in Belarus,"]


def test_no_date_in_the_sentence_means_none() -> None:
    """A statement's date comes from its sentence, never from the publication date."""
    assert _one("Putin said the talks failed.").date is None


def test_date_inside_content_is_not_the_utterance_date() -> None:
    """``said that ... in June`` dates the event, not the statement."""
    assert _one("Putin said that troops arrived in March.").date is None


def test_hedges() -> None:
    """Hedging words in the content and cue are listed in order, once."""
    s = _one("ISW assessed that Russia will likely and possibly act, as it may.")
    assert s.hedges == ("likely", "possibly", "may", "assessed")


def test_headline_prefix() -> None:
    """A headline ``ISW: ...`` is a statement with cue ``:``."""
    text = "ISW: Russia pushes for a new order"
    seg = [Segment(start=0, end=len(text), kind=eurasec.BlockKind.HEADLINE)]
    (s,) = find_statements(text, seg, [], [], None)
    assert (s.source and s.source.text, s.cue and s.cue.lemma, s.content.text) == (
        "ISW", ":", "Russia pushes for a new order")


def test_nouns_and_adjectives_are_not_cues() -> None:
    """``the report``, ``Russia’s proposed plan`` and ``the think tank`` are not cues."""
    assert _run("The report was long. Russia’s proposed plan failed.") == ()


def test_weak_cue_needs_a_clause() -> None:
    """``suggest`` counts with a ``that`` clause, not with an object."""
    assert _run("The Kremlin suggested a deal.") == ()


def test_user_lexicon() -> None:
    """Users can add cue verbs and hedges."""
    lex = Lexicon.default().extend(
        cues=[CueWord(lemma="grumble", forms={"past": "grumbled"})], hedges=["perhaps"])
    s = _one("Putin grumbled that perhaps it was over.", lexicon=lex)
    assert (s.cue and s.cue.lemma, s.hedges) == ("grumble", ("perhaps",))


def test_seed_with_hand_built_mentions() -> None:
    """With mentions of ISW and Putin, the seed's statements match its gold exactly."""
    article = eurasec.parse_file(ROOT / "seeds" / "000_9e8d530a5ed693eb.txt", extract=False)
    text = article.text
    mentions = [Mention(text=m.group(), start=m.start(), end=m.end(), actor=aid)
                for pattern, aid in ((r"\bISW\b|Institute for the Study of War", "isw"),
                                     (r"\b(?:Vladimir )?Putin\b", "vladimir-putin"))
                for m in re.finditer(pattern, text)]
    found = find_statements(text, segments_of(article), [PUTIN, ISW], mentions,
                            article.published)
    gold = json.loads((ROOT / "tests/data/seed.gold.json").read_text(encoding="utf-8"))
    gk, pk = keys_of(gold["statements"]), keys_of([statement_dict(s) for s in found])
    for m in METRICS:
        score = Score()
        score.add(gk[m], pk[m])
        assert score.f1 == 1.0, (m, gk[m] ^ pk[m])


@pytest.mark.parametrize(
    "text",
    [
        "x" * 1_000_000,
        "“" * 50_000 + "said " * 100_000,
        "\"" * 50_000 + " a" * 200_000,
        "according to ISW, " * 55_000,
        ("Putin said, " * 80_000) + "that.",
        "He, who said, said, " * 50_000,
        "‘" * 50_000 + "leaders’ said " * 70_000,
    ],
    ids=["no-newline", "curly-marks", "straight-marks", "according-to", "said-commas",
         "appositives", "single-marks"],
)
def test_linear_on_pathological_megabytes(text: str) -> None:
    """A megabyte of pathological text finishes (linear-time code; bench/ measures the cost)."""
    assert eurasec.extract(text).text == text


def test_stance_option_reaches_annotate() -> None:
    """annotate(..., stance=True) adds stance attributions that the default leaves out."""
    from eurasec.extraction import annotate

    text = "Ames vows to rebuild the port\n\nMar 3, 2024 - 10:00\n\nAmes criticized the plan.\n"
    article = eurasec.parse(text, extract=False)
    assert annotate(article).statements == ()
    cues = [s.cue.text for s in annotate(article, stance=True).statements if s.cue]
    assert "criticized" in cues


COLON_TEXT = ("Sergei Lavrov spoke in Minsk.\n\nHe said on Tuesday:\n\n"
              "“We will not accept this.”\n\nHe left.")


def test_cue_and_colon_before_a_quoted_paragraph() -> None:
    """``He said:`` ending a paragraph takes the quotation that is the next paragraph as its
    content; the statement runs from the cue's sentence to the end of the quotation."""
    (s,) = eurasec.extract(COLON_TEXT, published=ANCHOR).statements
    assert (s.speaker, s.cue.text if s.cue else None) == ("sergei-lavrov", "said")
    assert s.kind is StatementKind.DIRECT
    assert [q.text for q in s.quotes] == ["We will not accept this."]
    assert s.date is not None
    assert s.date.value == dt.date(2024, 6, 18)
    assert COLON_TEXT[s.start:s.end] == "He said on Tuesday:\n\n“We will not accept this.”"


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov spoke.\n\nHe said:\n\n“We will not accept this,” he added. “No.”",
        "Lavrov spoke.\n\nHe said:\n\n“We will not accept this.\n\nNo.",
        "Lavrov spoke.\n\nThe list follows:\n\n“We will not accept this.”",
        "Lavrov spoke.\n\nHe said:\n\nWe will not accept this.",
    ],
    ids=["quote-and-tag", "stray-mark", "no-cue", "no-quotation"],
)
def test_colon_takes_only_a_paragraph_that_is_one_quotation(text: str) -> None:
    """The next paragraph is joined only when it is one quotation (closed, or running on
    into a paragraph that opens with a quotation mark); otherwise the colon's sentence has
    no content and stands alone."""
    assert not any(s.start < text.index(":") < s.end for s in eurasec.extract(text).statements)


RUN_ON = ("Sergei Lavrov spoke in Minsk. He said: “We will not accept this. We said so "
          "before.\n\n“Our allies know it.\n\n“Nobody should doubt it.”\n\n"
          "Analysts said the speech was for allies.")


def test_a_quotation_running_on_over_paragraphs_is_one_statement() -> None:
    """News style: a quotation over several paragraphs opens each and closes only the
    last. It is one direct statement with a quote per paragraph; the cue inside it (``We
    said``) is no statement, and the paragraphs after it are not left unattributed."""
    first, last = eurasec.extract(RUN_ON).statements
    assert (first.speaker, first.cue.text if first.cue else None) == ("sergei-lavrov", "said")
    assert first.kind is StatementKind.DIRECT
    assert [q.text for q in first.quotes] == [
        "We will not accept this. We said so before.", "Our allies know it.",
        "Nobody should doubt it."]
    assert RUN_ON[first.end - 1] == "”"
    assert last.content.text == "the speech was for allies"


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # after a colon that ends the paragraph
        ("Sergei Lavrov spoke.\n\nHe said:\n\n“We will not accept this.\n\n“No.”",
         ["We will not accept this.", "No."]),
        # after a quotation and its tag
        ("“We will not accept this,” Sergei Lavrov said. “We said so.\n\n“No.”",
         ["We will not accept this,", "We said so.", "No."]),
        # no mark opens the next paragraph: a stray mark, no quotation
        ("Sergei Lavrov said: “We will not accept this.\n\nThe talks ended.", []),
        # closed after its tag, then picked up by paragraphs that are only quotations
        ("“We will not accept this,” Sergei Lavrov said.\n\n“We said so.”\n\n“No.”\n\n"
         "He left.", ["We will not accept this,", "We said so.", "No."]),
        # a paragraph with a cue of its own is its own statement
        ("“We will not accept this,” Sergei Lavrov said.\n\n“We said so,” Wang Yi replied.",
         ["We will not accept this,"]),
        # a paragraph that opens with a quoted sentence: that sentence continues, the run
        # ends there
        ("“We will not accept this,” Sergei Lavrov said.\n\n“We said so.” The talks ended."
         "\n\n“No.”", ["We will not accept this,", "We said so."]),
    ],
    ids=["colon", "tag", "stray-mark", "closed-then-continued", "own-cue", "then-narration"],
)
def test_quotations_that_run_on(text: str, quotes: list[str]) -> None:
    """Quotations continued in the next paragraphs are further quotes of the statement."""
    statements = eurasec.extract(text).statements
    assert [q.text for q in statements[0].quotes] == quotes
    assert statements[0].speaker == "sergei-lavrov"


def test_colon_before_quoted_paragraphs_is_linear() -> None:
    """Fifty thousand ``X said:`` ¶ quotation pairs finish, one statement each."""
    text = "He said:\n\n“Yes.”\n\n" * 50_000
    assert len(eurasec.extract(text).statements) == 50_000


@pytest.mark.parametrize(
    ("text", "content", "quotes", "kind"),
    [
        ("Dmitry Peskov said the plan was ‘unacceptable’.", "the plan was ‘unacceptable’",
         ["unacceptable"], StatementKind.MIXED),
        ("‘We are ready,’ Dmitry Peskov said. ‘We will wait.’",
         "We are ready,’ Dmitry Peskov said. ‘We will wait.",
         ["We are ready,", "We will wait."], StatementKind.DIRECT),
        ("Dmitry Peskov said: ‘We reject NATO’s plan.’", "We reject NATO’s plan.",
         ["We reject NATO’s plan."], StatementKind.DIRECT),
        ("Dmitry Peskov said the leaders’ summit was ‘a success’.",
         "the leaders’ summit was ‘a success’", ["a success"], StatementKind.MIXED),
        ("Dmitry Peskov said he called them ‘fools’ and left.",
         "he called them ‘fools’ and left", ["fools"], StatementKind.MIXED),
        ("Dmitry Peskov said “we called it ‘a farce’ at once.”",
         "we called it ‘a farce’ at once.", ["we called it ‘a farce’ at once."],
         StatementKind.DIRECT),
    ],
    ids=["partial", "around-the-tag", "apostrophe-inside", "plural-possessive",
         "closing-after-s", "nested-in-double"],
)
def test_single_quotation_marks(text: str, content: str, quotes: list[str],
                                kind: StatementKind) -> None:
    """British style: single curly marks are quotation marks where a paragraph has no double
    ones; apostrophes and plural possessives are told from closing marks."""
    (s,) = eurasec.extract(text).statements
    assert (s.speaker, s.content.text, [q.text for q in s.quotes], s.kind) == (
        "dmitry-peskov", content, quotes, kind)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Okafor, a fellow at a London think tank, said the threats were empty.",
         "ann-okafor"),
        ("Dmitry Peskov, Vladimir Putin's spokesman, said the talks had failed.",
         "dmitry-peskov"),
        ("The head of Russia's security council, Sergei Shoigu, said the talks had failed.",
         "sergei-shoigu"),
        ("A spokesperson for the Russian embassy said the talks had failed.", "RUS"),
    ],
    ids=["name-then-affiliation", "name-then-another-person", "post-then-name", "no-person"],
)
def test_appositive_source_speaks_for_its_person(text: str, speaker: str) -> None:
    """In a source with an apposition, the person it names speaks, not the body or place
    of the apposition; the one before the comma first."""
    assert [s.speaker for s in eurasec.extract(text).statements] == [speaker]
