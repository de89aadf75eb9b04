"""The compiled form of a registry: one trie-shaped pattern and what each matched word means.

Built once per :class:`~eurasec.Registry` on first use and cached with it (a weak reference,
so a registry that is dropped takes its matcher along). Besides the registry's names the
pattern holds the extractor's cue words from ``data/lexicon.json`` (titles, organization head
nouns, pronouns, group adjectives), so that one pass over the text finds all of them.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

import attrs

from ..actor_registry import Registry, RegistryEntry
from ..models import Actor, ActorKind, Resolution
from ..resources import load_data
from .gazetteer import fold, key, trie_pattern

__all__ = ["Candidate", "Form", "Lexicon", "Matcher", "Plan", "lexicon", "matcher_for"]

NAME, ALIAS, DEMONYM, METONYM, SURNAME = "name", "alias", "demonym", "metonym", "surname"
"""How a form names its actor: its name or acronym, an alias, a demonym, a metonym, a surname."""
_PREFER = {METONYM: 0, NAME: 1, ALIAS: 2, DEMONYM: 3, SURNAME: 4}
"""For one actor: a form the data lists as a metonym is read as one even if it is also an
alias (``the Kremlin``)."""
_RANK = {METONYM: 0, NAME: 0, ALIAS: 1, DEMONYM: 2, SURNAME: 3}
"""Across actors: an actor's own name or acronym (or metonym) outranks another's alias
(``CCTV``), aliases outrank demonyms, and demonyms outrank surnames."""


@attrs.frozen
class Candidate:
    """One actor a form may refer to."""

    actor: str
    how: str
    """``name``, ``demonym``, ``metonym`` or ``surname``."""
    kind: ActorKind
    resolution: Resolution = attrs.field(init=False)
    """The resolution of a mention made through this form."""

    @resolution.default
    def _resolution(self) -> Resolution:
        return Resolution.METONYM if self.how == METONYM else Resolution.REGISTRY


@attrs.frozen
class Form:
    """What one surface form in the pattern means; most forms mean one thing."""

    candidates: tuple[Candidate, ...] = ()
    """Actors the form names, best first (several only for shared names such as ``Congo``)."""
    needs_the: bool = False
    """Indexed with a leading ``the`` that is not part of the mention (``the West``)."""
    ambiguous: bool = False
    """Listed by the registry as also meaning something else."""
    title: tuple[str, str | None] | None = None
    """For titles: the post role and the gender the word implies."""
    org_head: str | None = None
    """For head nouns of organization names: the category they suggest."""
    pronoun: str | None = None
    """For pronouns: the gender."""
    group: tuple[str, bool] | None = None
    """For group adjectives: the group id, and whether the adjective alone refers to it."""


ACT, SURNAME_OP, SLOW, TITLE_OP, ORG_OP, PRONOUN_OP, GROUP_OP = range(7)
"""What the scanner does with a match (:attr:`Matcher.plans`): a name of one actor or of
several, with nothing special to check; a surname; a name that needs the general path (its
actor is ambiguous, or an organization whose last word may be an adjective); a title, an
organization head noun, a pronoun, a group adjective."""

Plan = tuple[int, Form, str, str, Resolution, bool, bool, tuple[str, ...], bool]
"""A form's meaning, decided once: ``(op, form, key, actor, resolution, person, metonym,
ids, shared)``. ``key`` is the form's key without a leading ``the``; ``actor`` the first
candidate (for a surname: the key case-folded); ``ids`` every candidate."""


@attrs.frozen
class Lexicon:
    """The word lists of ``data/lexicon.json``, ready for lookups."""

    titles: Mapping[str, tuple[str, str | None]]
    honorifics: frozenset[str]
    courtesy_titles: frozenset[str]
    media_words: frozenset[str]
    deputy_words: frozenset[str]
    predicative_words: frozenset[str]
    descriptor_words: frozenset[str]
    descriptor_heads: frozenset[str]
    locative_suffixes: tuple[str, ...]
    locative_before: frozenset[str]
    locative_before_to: frozenset[str]
    org_heads: Mapping[str, str]
    place_heads: frozenset[str]
    generic_org_words: frozenset[str]
    function_words: frozenset[str]
    name_particles: frozenset[str]
    pronouns: Mapping[str, str]
    group_heads: frozenset[str]
    group_adjectives: Mapping[str, str]
    generic_aliases: frozenset[str]
    adjectival_endings: frozenset[str]
    adjectival_before: frozenset[str]
    unsafe_surnames: frozenset[str]
    caps_stopwords: frozenset[str]
    ambiguity: Mapping[str, Mapping[str, tuple[str, ...]]]
    org_words: frozenset[str] = attrs.field(init=False)
    """Words that name an organization's kind (``org_heads``, ``generic_org_words`` and
    ``media_words``): none stands in a person's name."""

    @org_words.default
    def _org_words(self) -> frozenset[str]:
        return frozenset(self.org_heads.keys() | self.generic_org_words | self.media_words)


@cache
def lexicon() -> Lexicon:
    """The built-in lexicon (read once).

    >>> lexicon().titles["Foreign Minister"]
    ('foreign_minister', None)
    """
    d: Any = load_data("lexicon.json")

    def words(name: str) -> frozenset[str]:
        """One word list of the file."""
        return frozenset(d[name]["words"])

    return Lexicon(
        titles={t["title"]: (t["role"], t.get("gender")) for t in d["titles"]["entries"]},
        honorifics=words("honorifics"), courtesy_titles=words("courtesy_titles"),
        media_words=words("media_words"),
        deputy_words=words("deputy_words"), predicative_words=words("predicative_words"),
        descriptor_words=words("descriptor_words"), descriptor_heads=words("descriptor_heads"),
        locative_suffixes=tuple(d["locative_suffixes"]["words"]),
        locative_before=frozenset(d["locative_words"]["before"]),
        locative_before_to=frozenset(d["locative_words"]["before_to"]),
        org_heads=dict(d["org_heads"]["entries"]),
        place_heads=frozenset(d["org_heads"]["place_connector_heads"]),
        generic_org_words=words("generic_org_words"), function_words=words("function_words"),
        name_particles=words("name_particles"),
        pronouns=dict(d["pronouns"]["entries"]), group_heads=words("group_heads"),
        group_adjectives=dict(d["group_adjectives"]["entries"]),
        generic_aliases=words("generic_aliases"),
        adjectival_endings=frozenset(d["adjectival_aliases"]["endings"]),
        adjectival_before=frozenset(d["adjectival_aliases"]["before"]),
        unsafe_surnames=words("unsafe_surnames"),
        caps_stopwords=words("caps_stopwords"),
        ambiguity={w: {k: tuple(v) for k, v in cues.items() if k != "note"}
                   for w, cues in d["ambiguity"]["entries"].items()},
    )


@attrs.frozen(eq=False)
class Matcher:
    """A registry compiled for matching. Build one with :func:`matcher_for`."""

    pattern: re.Pattern[str]
    """Every form, case-sensitive: ``\\b(?:trie)(?!\\w)``."""
    scan_pattern: re.Pattern[str]
    """The same forms, each with the character before it: ``[^a-zA-Z0-9_](?:trie)(?!\\w)``.

    A pattern that starts with a character class lets the regex engine skip ahead to the
    next candidate in C instead of trying the pattern at every position (about a third
    cheaper than ``\\b``). The class also admits letters outside ASCII, which the
    scanner rejects (:func:`~eurasec.extraction.scan.Scanner.scan`); a form at the very
    start of the text has no character before it and is matched with :attr:`pattern`."""
    caps_pattern: re.Pattern[str]
    """Actor names only, case-insensitive, for all-capitals headlines."""
    forms: Mapping[str, Form]
    """:func:`~eurasec.extraction.gazetteer.key` of a match -> its meaning."""
    caps_forms: Mapping[str, Form]
    """The same for the capitals pattern, keyed by ``key(match).casefold()``."""
    registry: Registry
    lex: Lexicon
    surnames: Mapping[str, tuple[str, ...]]
    """Surname, case-folded -> ids of the persons who bear it."""
    leaders: frozenset[str]
    """Persons who hold or held a head of state or government post."""
    persons: frozenset[str]
    """Ids of the registry's persons."""
    actors: Mapping[str, Actor]
    """Actor id -> the registry's actor."""
    kinds: Mapping[str, ActorKind]
    """Actor id -> kind, for every registry actor."""
    countries: Mapping[str, str | None]
    """Actor id -> its state: itself for a state, ``country`` otherwise."""
    genders: Mapping[str, str | None]
    """Actor id -> gender (persons)."""
    plans: Mapping[str, Plan]
    """The same keys as :attr:`forms`, each with what the scanner does with it."""


_MATCHERS: weakref.WeakKeyDictionary[Registry, Matcher] = weakref.WeakKeyDictionary()


def matcher_for(registry: Registry) -> Matcher:
    """The matcher of ``registry``, built on first use and then cached.

    >>> r = Registry.default()
    >>> matcher_for(r) is matcher_for(r)
    True
    >>> c = matcher_for(r).forms["Kremlin"].candidates[0]
    >>> c.actor, c.resolution.value
    ('kremlin', 'metonym')
    """
    m = _MATCHERS.get(registry)
    if m is None:
        m = _MATCHERS[registry] = _build(registry, lexicon())
    return m


def _person_forms(e: RegistryEntry, lex: Lexicon) -> Iterable[tuple[str, str]]:
    """A person's names, with honorifics dropped: ``King Charles III`` -> ``Charles III``;
    what is left of ``President Trump`` is a surname, and only a safe one is kept."""
    for f in (e.actor.name, *e.actor.aliases):
        first, _, rest = f.partition(" ")
        if first not in lex.honorifics or not rest:
            yield f, NAME if f == e.actor.name else ALIAS
        elif " " in rest:
            yield rest, ALIAS
        elif rest == e.surname and rest not in lex.unsafe_surnames:
            yield rest, SURNAME


def _national_variants(name: str, country: RegistryEntry) -> Iterable[str]:
    """``Ukrainian Foreign Ministry`` -> ``Ukrainian foreign ministry``, ``Ukraine's Foreign
    Ministry``, ``Ukraine's foreign ministry``: how news text writes national bodies."""
    state = country.actor
    owners = [state.name, *(a for a in state.aliases if " " not in a and not a.isupper())]
    for adj in (*country.demonyms, *(o + "'s" for o in owners)):
        if name.startswith(adj + " ") and len(name) > len(adj) + 1:
            rest = name[len(adj) + 1:]
            yield adj + " " + rest.lower()
            for o in owners:
                yield o + "'s " + rest
                yield o + "'s " + rest.lower()
            yield from (d + " " + rest for d in country.demonyms if d[-1:] != "s")


def _actor_forms(e: RegistryEntry, lex: Lexicon,
                 registry: Registry | None = None) -> Iterable[tuple[str, str]]:
    a = e.actor
    if a.kind is ActorKind.PERSON:
        yield from _person_forms(e, lex)
        if e.surname and e.surname not in lex.unsafe_surnames:
            yield e.surname, SURNAME
        return
    yield a.name, NAME
    if a.acronym:
        yield a.acronym, NAME
    yield from ((f, ALIAS) for f in a.aliases)
    if registry is not None and a.country in registry and a.kind is ActorKind.ORGANIZATION:
        country = registry.entry(a.country)  # type: ignore[arg-type]
        for f in (a.name, *a.aliases):
            yield from ((v, ALIAS) for v in _national_variants(key(f), country))
    yield from ((f, DEMONYM) for f in e.demonyms)
    yield from ((f, METONYM) for f in e.metonyms)


def _index(registry: Registry, lex: Lexicon) -> tuple[dict[str, list[Candidate]], set[str],
                                                      set[str]]:
    """Surface form -> candidates; plus the forms that need ``the`` and the ambiguous ones."""
    found: dict[str, dict[str, Candidate]] = {}
    needs_the: set[str] = set()
    ambiguous: set[str] = set()
    for e in registry.entries():
        for f in e.ambiguous:
            ambiguous.add(key(f))
        for raw, how in _actor_forms(e, lex, registry):
            f = key(raw).strip()
            if not f or f in lex.generic_aliases:
                continue
            bare = f[4:] if f.startswith(("the ", "The ")) else f
            if bare != f or not any(c.isupper() for c in f):
                needs_the.add(bare)   # "the West"; all lower-case aliases need "the" too
            for variant in {bare, fold(bare)}:
                cands = found.setdefault(variant, {})
                old = cands.get(e.actor.id)
                if old is None or _PREFER[how] < _PREFER[old.how]:
                    cands[e.actor.id] = Candidate(e.actor.id, how, e.actor.kind)
    # A bare form also indexed without "the" (Kremlin) does not need it.
    plain = {key(f) for e in registry.entries() for f, _ in _actor_forms(e, lex)
             if not key(f).startswith(("the ", "The ")) and any(c.isupper() for c in f)}
    needs_the -= plain
    out: dict[str, list[Candidate]] = {}
    for f, cands in found.items():
        ranked = sorted(cands.values(), key=lambda c: _RANK[c.how])
        best = _RANK[ranked[0].how]
        keep = [c for c in ranked if _RANK[c.how] == best or c.how == SURNAME]
        current = [c for c in keep if not _former(registry, c.actor)]
        out[f] = current or keep
    return out, needs_the, ambiguous


def _former(registry: Registry, actor_id: str) -> bool:
    return registry.entry(actor_id).former


def _group_adjectives(registry: Registry, lex: Lexicon,
                      names: Mapping[str, object]) -> dict[str, tuple[str, bool]]:
    """``European`` -> (``european-countries``, False) from aliases like ``European countries``."""
    seen: dict[str, set[str]] = {}
    for e in registry.entries():
        if e.actor.kind is not ActorKind.GROUP:
            continue
        for f in (e.actor.name, *e.actor.aliases):
            adj, _, head = key(f).rpartition(" ")
            if (head in lex.group_heads and adj[:1].isupper() and adj not in names
                    and all(w.replace("-", "").isalpha() for w in adj.split())):
                seen.setdefault(adj, set()).add(e.actor.id)
    out = {adj: (next(iter(ids)), False) for adj, ids in seen.items() if len(ids) == 1}
    out.update((adj, (gid, True)) for adj, gid in lex.group_adjectives.items() if gid in registry)
    return out


def _plan(k: str, form: Form, lex: Lexicon) -> Plan:
    """What the scanner does with a match of ``k`` outside capitals."""
    bare = k[4:] if form.needs_the and k.startswith(("the ", "The ")) else k
    cands = form.candidates
    if not cands:
        op = (TITLE_OP if form.title is not None else ORG_OP if form.org_head is not None
              else PRONOUN_OP if form.pronoun is not None else GROUP_OP)
        return op, form, bare, "", Resolution.REGISTRY, False, False, (), False
    best = cands[0]
    if best.how == SURNAME:
        op = SURNAME_OP
    elif form.ambiguous or (best.kind is ActorKind.ORGANIZATION
                            and bare.rpartition(" ")[2] in lex.adjectival_endings):
        op = SLOW
    else:
        op = ACT
    return (op, form, bare, bare.casefold() if op == SURNAME_OP else best.actor,
            best.resolution, best.kind is ActorKind.PERSON, best.how == METONYM,
            tuple(c.actor for c in cands), len(cands) > 1)


def _build(registry: Registry, lex: Lexicon) -> Matcher:
    cands, needs_the, ambiguous = _index(registry, lex)
    forms: dict[str, Form] = {}
    for f, cs in cands.items():
        form = Form(candidates=tuple(cs), needs_the=f in needs_the, ambiguous=f in ambiguous)
        forms[f] = form
    for f, (gid, alone) in _group_adjectives(registry, lex, cands).items():
        forms.setdefault(f, Form(group=(gid, alone)))
    for f, info in lex.titles.items():
        forms.setdefault(f, Form(title=info))
    for f, category in lex.org_heads.items():
        forms.setdefault(f, Form(org_head=category))
    for f, gender in lex.pronouns.items():
        forms.setdefault(f, Form(pronoun=gender))
    keys = [f for f in forms if f not in needs_the]
    keys += [p + f for f in needs_the for p in ("the ", "The ")]
    indexed = {**forms, **{p + f: forms[f] for f in needs_the for p in ("the ", "The ")}}
    trie = trie_pattern(keys)
    pattern = re.compile(r"\b(?:" + trie + r")(?!\w)")
    if not all(f[:1].isalnum() for f in keys):  # pragma: no cover - all forms start so
        raise ValueError("every form must start with a letter or digit")
    scan_pattern = re.compile(r"[^a-zA-Z0-9_](?:" + trie + r")(?!\w)")
    caps: dict[str, Form] = {}
    for f, form in indexed.items():
        folded = f.casefold()
        if not form.candidates or folded in lex.caps_stopwords:
            continue
        old = caps.get(folded)
        if old is not None:
            merged = {c.actor: c for c in (*old.candidates, *form.candidates)}
            form = attrs.evolve(form, candidates=tuple(merged.values()))
        caps[folded] = form
    caps_pattern = re.compile(r"\b(?:" + trie_pattern(caps) + r")(?!\w)", re.IGNORECASE)
    surnames: dict[str, list[str]] = {}
    leaders = set()
    for e in registry.entries():
        if e.actor.kind is ActorKind.PERSON:
            if e.surname and e.surname not in lex.unsafe_surnames:
                for s in {key(e.surname).casefold(), fold(key(e.surname)).casefold()}:
                    surnames.setdefault(s, []).append(e.actor.id)
            if any(p.role in ("head_of_state", "head_of_government") for p in e.actor.posts):
                leaders.add(e.actor.id)
    actors = list(registry)
    return Matcher(pattern=pattern, scan_pattern=scan_pattern, caps_pattern=caps_pattern,
                   forms=indexed, caps_forms=caps, registry=registry, lex=lex,
                   surnames={k: tuple(v) for k, v in surnames.items()},
                   leaders=frozenset(leaders), kinds={a.id: a.kind for a in actors},
                   persons=frozenset(a.id for a in actors if a.kind is ActorKind.PERSON),
                   actors={a.id: a for a in actors},
                   countries={a.id: a.id if a.kind is ActorKind.STATE else a.country
                              for a in actors},
                   genders={a.id: a.gender for a in actors if a.gender},
                   plans={k: _plan(k, form, lex) for k, form in indexed.items()})
