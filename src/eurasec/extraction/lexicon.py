"""The words statement extraction looks for: cue verbs and phrases, and hedges.

They live in ``eurasec/data/cues.json`` and ``eurasec/data/hedges.json``, are read once on
first use, and can be extended without touching the package:

>>> from eurasec.extraction.lexicon import CueWord, Lexicon
>>> lex = Lexicon.default().extend(
...     cues=[CueWord(lemma="grumble", forms={"past": "grumbled", "third": "grumbles"})],
...     hedges=["perhaps"])
>>> lex.cue("grumbled").lemma, "perhaps" in lex.hedges
('grumble', True)

Pass the result to :func:`eurasec.extraction.statements.find_statements` (``lexicon=``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import attrs

from ..resources import load_data
from .gazetteer import trie_pattern

__all__ = ["CueForm", "CueWord", "Lexicon"]

_FORM_KINDS = ("base", "third", "past", "ing")


@attrs.frozen(kw_only=True)
class CueWord:
    """A cue verb and its inflected forms.

    ``forms`` maps ``base``, ``third`` (3rd person singular), ``past`` and ``ing`` to the
    written forms; any may be left out.
    """

    lemma: str
    """The normalised form reported as :attr:`eurasec.Cue.lemma`."""
    forms: Mapping[str, str]
    """Form kind to surface form, lower case."""
    weak: bool = False
    """A weak cue (``believe``, ``suggest``) counts only with a complement clause or quote,
    and never inside another statement's content."""
    noun: bool = False
    """The base and third-person forms are also common nouns (``report``, ``claims``): they
    count only when a ``that`` clause or a quote follows."""
    needs_quote: bool = False
    """The cue counts only when its content holds a quotation (``called it “absurd”``)."""
    any_complement: bool = False
    """A weak cue that also counts with a bare clause, an infinitive or a noun phrase after
    it when its source stands before it (``Kim believes it will rain``, ``Lee vowed to
    stay``, ``Ames criticized the plan``)."""


@attrs.frozen(kw_only=True)
class CueForm:
    """One surface form of a cue, as looked up while scanning text."""

    lemma: str
    """The cue's lemma."""
    kind: str
    """``base``, ``third``, ``past``, ``ing`` or ``phrase``."""
    weak: bool
    """See :attr:`CueWord.weak`."""
    noun: bool
    """See :attr:`CueWord.noun`."""
    needs_quote: bool = False
    """See :attr:`CueWord.needs_quote`."""
    any_complement: bool = False
    """See :attr:`CueWord.any_complement`."""


@attrs.frozen(kw_only=True)
class Phrase:
    """A multi-word cue such as ``according to`` or ``was quoted as saying``."""

    words: tuple[str, ...]
    """The words, lower case."""
    lemma: str
    """The normalised form."""


@attrs.frozen(kw_only=True)
class Lexicon:
    """Cue words, cue phrases and hedges, indexed for lookup by lower-case form."""

    forms: Mapping[str, CueForm]
    """Lower-case surface form to cue."""
    phrases: Mapping[str, tuple[Phrase, ...]]
    """First word of each multi-word cue to the cues it may start."""
    hedges: frozenset[str]
    """Hedging words, lower case."""
    scanner: re.Pattern[str] = attrs.field(init=False, repr=False, eq=False)
    """One trie-shaped regex of every cue form and phrase (lower case and capitalised),
    compiled once per lexicon: extraction scans each paragraph with it and looks closer
    only at the sentences it hits."""
    hedge_scanner: re.Pattern[str] = attrs.field(init=False, repr=False, eq=False)
    """A regex of the hedging words, as whole words."""
    cue_starts: frozenset[str] = attrs.field(init=False, repr=False, eq=False)
    """Every lower-case word that may start a cue: the forms and the first words of the
    phrases."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "cue_starts", frozenset((*self.forms, *self.phrases)))
        words = {*self.forms, *(" ".join(p.words) for v in self.phrases.values() for p in v)}
        words |= {w[:1].upper() + w[1:] for w in words} | {w.upper() for w in words}
        never = "(?!x)x"
        cues = trie_pattern(sorted(words)) or never
        object.__setattr__(self, "scanner", re.compile(rf"\b(?:{cues})\b"))
        hedges = trie_pattern(sorted(self.hedges)) or never
        object.__setattr__(self, "hedge_scanner",
                           re.compile(rf"(?<![A-Za-z])(?:{hedges})(?![A-Za-z])"))

    def cue(self, word: str) -> CueForm | None:
        """The cue written ``word`` (any case), or ``None``."""
        return self.forms.get(word.lower())

    @classmethod
    def default(cls) -> Lexicon:
        """The built-in lexicon (read once from the package data and cached)."""
        return _default()

    @classmethod
    def from_data(cls, cues: Mapping[str, Any], hedges: Mapping[str, Any]) -> Lexicon:
        """Build a lexicon from the JSON structures of ``cues.json`` and ``hedges.json``."""
        words = [CueWord(lemma=c["lemma"], forms=dict(c["forms"]), weak=bool(c.get("weak")),
                         noun=bool(c.get("noun")), needs_quote=bool(c.get("needs_quote")),
                         any_complement=bool(c.get("any_complement")))
                 for c in cues.get("cues", ())]
        phrases = [Phrase(words=tuple(p["text"].lower().split()), lemma=p["lemma"])
                   for p in cues.get("phrases", ())]
        return cls._build(words, phrases, hedges.get("hedges", ()))

    @classmethod
    def from_files(cls, cues: str | Path, hedges: str | Path) -> Lexicon:
        """Build a lexicon from two JSON files shaped like the built-in ones."""
        with open(cues, encoding="utf-8") as fc, open(hedges, encoding="utf-8") as fh:
            return cls.from_data(json.load(fc), json.load(fh))

    @classmethod
    def _build(cls, words: Iterable[CueWord], phrases: Iterable[Phrase],
               hedges: Iterable[str]) -> Lexicon:
        forms: dict[str, CueForm] = {}
        for w in words:
            for kind in _FORM_KINDS:
                form = w.forms.get(kind)
                if form:
                    forms[form.lower()] = CueForm(lemma=w.lemma, kind=kind, weak=w.weak,
                                                  noun=w.noun, needs_quote=w.needs_quote,
                                                  any_complement=w.any_complement)
        index: dict[str, list[Phrase]] = {}
        for p in phrases:
            index.setdefault(p.words[0], []).append(p)
        return cls(forms=forms,
                   phrases={k: tuple(sorted(v, key=lambda p: -len(p.words)))
                            for k, v in index.items()},
                   hedges=frozenset(h.lower() for h in hedges))

    def extend(self, *, cues: Iterable[CueWord] = (), phrases: Iterable[tuple[str, str]] = (),
               hedges: Iterable[str] = ()) -> Lexicon:
        """A new lexicon with more cue words, ``(text, lemma)`` phrases and hedges."""
        extra = Lexicon._build(cues, [Phrase(words=tuple(t.lower().split()), lemma=lemma)
                                      for t, lemma in phrases], hedges)
        merged: dict[str, tuple[Phrase, ...]] = dict(self.phrases)
        for k, v in extra.phrases.items():
            merged[k] = tuple(sorted((*merged.get(k, ()), *v), key=lambda p: -len(p.words)))
        return Lexicon(forms={**self.forms, **extra.forms}, phrases=merged,
                       hedges=self.hedges | extra.hedges)


@cache
def _default() -> Lexicon:
    return Lexicon.from_data(load_data("cues.json"), load_data("hedges.json"))
