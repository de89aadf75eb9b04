"""The extractor's private fast paths build exactly what the public constructors build."""

from __future__ import annotations

import attrs

from eurasec import Registry
from eurasec.models import Mention, Resolution
from eurasec.models.actors import _actor_with, _trusted_mention


def test_trusted_mention_equals_a_validated_one() -> None:
    """Same fields, same equality, hash and repr; every field is set."""
    fast = _trusted_mention("Putin", 10, 15, "vladimir-putin", 3, Resolution.COREFERENCE)
    slow = Mention(text="Putin", start=10, end=15, actor="vladimir-putin", paragraph=3,
                   resolution=Resolution.COREFERENCE)
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)
    assert attrs.asdict(fast) == attrs.asdict(slow)


def test_actor_with_equals_evolve_for_every_registry_actor() -> None:
    """A copy with descriptors and an acronym is ``attrs.evolve`` without the validators."""
    for actor in Registry.default():
        fast = _actor_with(actor, ("Russian leader",), "XYZ")
        assert fast == attrs.evolve(actor, descriptors=("Russian leader",), acronym="XYZ")
        assert attrs.asdict(fast) == attrs.asdict(attrs.evolve(
            actor, descriptors=("Russian leader",), acronym="XYZ"))


def test_a_name_is_found_after_any_character_that_ends_a_word() -> None:
    """The scan matches the character before a name too; a letter there, even outside
    ASCII, means the name is part of a longer word, as ``\\b`` says."""
    import re

    import eurasec

    before = [" ", "(", "-", "\u201c", "\u00a0", "\n", "/", "\u00e9", "\u00df", "3", "_", "\u0416",
              "\u00c9", "'"]
    text = "Russia said" + "".join(f" {c}Russia said" for c in before)
    want = [m.start() for m in re.finditer(r"\bRussia\b", text)]
    got = [m.start for m in eurasec.extract(text).mentions if m.actor == "RUS"]
    assert got == want
    assert got[0] == 0


def test_paragraphs_of_free_text_split_where_the_space_first_pattern_split() -> None:
    """``extract`` cuts free text at blank lines with a pattern that starts at the line
    break; the paragraphs are those the pattern starting at the spaces before it gave."""
    import re

    from eurasec.extraction.pipeline import _text_segments
    from eurasec.textutil import trim

    old = re.compile(r"(?:[^\S\r\n]*(?:\r\n|\r|\n)){2,}")
    texts = ["a\n\nb", "a \t\n \n\n  b\n", " a\r\n\r\nb\rc\r\r\u00a0\rd", "\n\n\na\nb \n",
             "x  \n\u2003\n y\u200b \n\nz", "", "\n \n", "one\ntwo\n\nthree \r\n \r\n"]
    for text in texts:
        want, pos = [], 0
        for m in [*old.finditer(text), None]:
            s, e = trim(text, pos, m.start() if m else len(text))
            if s < e:
                want.append((s, e, len(want)))
            pos = m.end() if m else pos
        assert [(g.start, g.end, g.paragraph) for g in _text_segments(text)] == want


def test_find_names_finds_what_the_compiled_trie_finds() -> None:
    """Names the article defines are found word by word, not with a compiled pattern; the
    matches are the pattern's, span by span: longest first, whole words, any white space
    between words, either apostrophe, no overlaps, nothing across a span's end."""
    import random
    import re

    from eurasec.extraction.gazetteer import find_names, key, trie_pattern

    words = ["Lee", "Ann", "Le", "L", "Lee's", "AB", "A.B", "Bo_", "Ann-Lee", "X1", "\u2019s",
             ".", "McLee", "\u00c9e"]
    seps = [" ", "  ", "\n", "\u00a0", "\u2003", "", ",", "-", "\u2019", "_", "\u00e9", "\r\n"]
    rnd = random.Random(7)
    for _ in range(3000):
        names = {key(" ".join(rnd.choices(words, k=rnd.randint(1, 3))))
                 for _ in range(rnd.randint(1, 6))}
        text = "".join(w + rnd.choice(seps) for w in rnd.choices(words, k=rnd.randint(1, 12)))
        cuts = sorted(rnd.sample(range(len(text) + 1), min(len(text) + 1, 4)))
        spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
        pat = re.compile(r"\b(?:" + trie_pattern(names) + r")(?!\w)")
        want = [(i, *m.span()) for i, (s, e) in enumerate(spans)
                for m in pat.finditer(text, s, e)]
        assert find_names(text, names, spans) == want, (text, names, spans)
    many = [f"Name{i} Lee" for i in range(40)]  # more first words: the compiled pattern
    assert find_names("Name3 Lee and Name39  Lee", many, [(0, 25)]) == [(0, 0, 9), (0, 14, 25)]


def test_the_name_before_a_speech_verb_is_searched_for_whenever_it_may_be_there() -> None:
    """The cheap test before the search for a name before a speech verb never skips a
    text where the search finds one."""
    import random

    from eurasec.extraction import speakers

    parts = ["Ann", "Lee", "he", "who", "has", "had", "also", ",", " ", "  ", "\t", "\u00a0",
             "\n", "a nurse", "McX", "\u00e9", "\u00c9", "x-Y", "\u2019s", ".", "de", "O'Neil"]
    rnd = random.Random(11)
    found = 0
    for _ in range(20000):
        text = "".join(rnd.choices(parts, k=rnd.randint(1, 10))) + rnd.choice(" \n\t") + "said"
        p = len(text) - 5
        lo = rnd.randint(0, p)
        if speakers._HEAD.search(text, lo, p + 1) is not None:
            found += 1
            assert speakers._may_follow_name(text, lo, p), (text, lo)
    assert found > 100
