"""The single pass: find every name and cue word in a segment and decide what each one is.

:class:`Scanner` walks the matches of the registry's trie pattern in order. Each match is a
registry name, a title, an organization head noun, a pronoun or a group adjective; the
scanner turns it into a :class:`Hit` (a mention, or a mark such as a title that later hits
read as part of a descriptor). Registry names are handled here, with the context checks
they need (a place rather than an actor, an ambiguous name, ``Name (ACR)``); the descriptor
before a name is read by :mod:`.scan_descriptors`, and titles, head nouns and group
adjectives by :mod:`.scan_cues`, which reads the few words around them to discover persons
and organizations the registry does not know. What needs the whole article (surnames,
pronouns, names shared by several actors) is left pending for
:mod:`eurasec.extraction.coref`.
"""

from __future__ import annotations

import datetime as dt
import re

from ..models import ActorKind, Resolution
from .discovery import _GAP, _POSSESSIVE, acronym_after, fits_acronym, word_before
from .fullnames import FullNames
from .gazetteer import key
from .hits import BASED, MENTION, PENDING_SURNAME, PRONOUN, SHARED, Found, Hit
from .matcher import METONYM, ORG_OP, PRONOUN_OP, SLOW, SURNAME, SURNAME_OP, TITLE_OP, Form, Matcher
from .scan_cues import group_cue, org_cue, title_cue
from .scan_descriptors import descriptor, read_descriptor

__all__ = ["Scanner"]

_SPACE = re.compile(r"\s+")
"""What the pattern allows between ``the`` and a name (a line break too)."""

_SOME_LOWER = re.compile(r"(?:[^a-z]*[a-z]){5}")


def _name_follows(text: str, e: int, end: int) -> bool:
    """Whether a capitalised word follows ``e`` on the same line."""
    g = _GAP.match(text, e, end)
    return g is not None and g.end() < end and text[g.end()].isupper()


def _is_caps(text: str, start: int, end: int) -> bool:
    """Whether a segment is written in capitals (an all-caps headline): at least 8 letters,
    at most one in ten lower-case. Five lower-case letters early on decide most segments."""
    if _SOME_LOWER.match(text, start, min(end, start + 50)):
        return False
    chunk = text[start:end]
    letters = sum(c.isalpha() for c in chunk)
    return letters >= 8 and sum(c.isupper() for c in chunk) >= 0.9 * letters


class Scanner:
    """Scans the segments of one text; the results stay on the instance.

    >>> from eurasec import Registry
    >>> from eurasec.extraction.matcher import matcher_for
    >>> text = "The Kremlin said Moscow would reply to the Foo Bar Institute."
    >>> sc = Scanner(text, matcher_for(Registry.default()))
    >>> sc.scan(0, 0, len(text))
    >>> [(text[h.start:h.end], h.actor, h.resolution.value) for h in sc.hits]
    [('Kremlin', 'kremlin', 'metonym'), ('Moscow', 'RUS', 'metonym'),
     ('Foo Bar Institute', 'foo-bar-institute', 'pattern')]
    >>> sc.kind("RUS").value, sc.kind("foo-bar-institute").value, sc.gender("vladimir-putin")
    ('state', 'organization', 'male')
    """

    def __init__(self, text: str, matcher: Matcher, on: dt.date | None = None) -> None:
        self.text = text
        self.on = on
        """The day the text was written: a title with no name stands for who held it then."""
        self.m = matcher
        self.lex = matcher.lex
        self.hits: list[Hit] = []
        self.found: dict[str, Found] = {}
        self.support: set[str] = set()
        self.local: dict[str, tuple[str, Resolution]] = {}
        self.acronyms: dict[str, str] = {}
        self._locative_end = -1
        self._full_names: FullNames | None = None

    def full_name(self, surname: str, before: int) -> str | None:
        """The last full name ending in ``surname`` written before ``before`` (see
        :mod:`.fullnames`; the index is built on first use)."""
        if self._full_names is None:
            self._full_names = FullNames.of(self.text, self.lex)
        return self._full_names.before(surname, before)

    # -- the pass ---------------------------------------------------------------------------

    def scan(self, seg: int, start: int, end: int) -> None:
        """Find every hit in ``text[start:end]`` (segment number ``seg``)."""
        text = self.text
        if _is_caps(text, start, end):
            self._scan_caps(seg, start, end)
            return
        m = self.m
        search, plans, hits, support = m.scan_pattern.search, m.plans, self.hits, self.support
        words = self.lex.descriptor_words
        pos = start
        at_zero = m.pattern.match(text, 0, end) if start == 0 else None
        while True:
            if at_zero is not None:  # a name at the very start has no character before it
                s, e = at_zero.span()
                at_zero = None
            else:  # the character before the name is matched too: the name starts after it
                mt = search(text, pos - 1 if pos else 0, end)
                if mt is None:
                    return
                s, e = mt.span()
                if text[s] >= "\x80" and text[s].isalnum():  # a letter: not a word start
                    pos = s + 2
                    continue
                s += 1
            pos = e
            surface = text[s:e]
            plan = plans.get(surface) or plans.get(key(surface))
            if plan is None:  # pragma: no cover - every pattern branch has a plan
                continue
            op, form = plan[0], plan[1]
            if form.needs_the:
                s = _SPACE.match(text, s + 3).end()  # type: ignore[union-attr]
                if _name_follows(text, e, end):
                    pos = s  # "the West Bank": a longer name starts after "the"
                    continue
            if op <= SURNAME_OP and text[e:e + 1] != "-":  # the common case, made quick
                _, _, _, actor, resolution, person, metonym, ids, shared = plan
                if metonym and self._locative(s, e, start):
                    support.update(ids)
                    self._locative_end = e
                    continue
                # What descriptor() checks first, inline: a descriptive word right before?
                q = s - 1 if s > start and text[s - 1] == " " else s
                w = text[text.rfind(" ", start, q) + 1 or start:q]
                desc = (read_descriptor(self, s, start, person)
                        if w in words or w.endswith("-based") or "\n" in w
                        or (hits and hits[-1].end in (q, q - 2)) else None)
                if op == SURNAME_OP:
                    hits.append(Hit(s, e, seg, PENDING_SURNAME, actor=actor, desc=desc))
                elif shared:
                    hits.append(Hit(s, e, seg, SHARED, cands=ids, resolution=resolution,
                                    desc=desc))
                else:
                    hits.append(Hit(s, e, seg, MENTION, actor=actor, resolution=resolution,
                                    desc=desc))
                    support.add(actor)
                    if not person and "(" in text[e:e + 3]:
                        self.record_acronym(actor, s, e, end)
            elif op <= SLOW:  # a surname, or a name with something to check
                pos = self._actor(seg, start, end, s, e, plan[2], form, False)
            elif op == TITLE_OP:
                pos = title_cue(self, seg, start, end, s, e, form)
            elif op == ORG_OP:
                pos = org_cue(self, seg, start, end, s, e, plan[2], form.org_head)  # type: ignore[arg-type]
            elif op == PRONOUN_OP:
                hits.append(Hit(s, e, seg, PRONOUN, gender=form.pronoun))
            else:
                group_cue(self, seg, end, s, e, form.group)  # type: ignore[arg-type]

    def _scan_caps(self, seg: int, start: int, end: int) -> None:
        """The pass over a segment in capitals: registry names only, matched in any case."""
        text, m = self.text, self.m
        pos = start
        while True:
            mt = m.caps_pattern.search(text, pos, end)
            if mt is None:
                return
            s, e = mt.span()
            pos = e
            k = key(mt.group())
            form = m.caps_forms.get(k.casefold())
            if form is None:  # pragma: no cover - every pattern branch has a form
                continue
            if form.needs_the:
                if not k.casefold().startswith("the "):
                    continue  # "WEST" without "the", which the forms in lower case need
                s = _SPACE.match(text, s + 3).end()  # type: ignore[union-attr]
                k = k[4:]
                if _name_follows(text, e, end):
                    pos = s
                    continue
            pos = self._actor(seg, start, end, s, e, k, form, True)

    # -- registry names ---------------------------------------------------------------------

    def _actor(self, seg: int, floor: int, ceiling: int, s: int, e: int, k: str, form: Form,
               caps: bool) -> int:
        text, cands = self.text, form.candidates
        for suffix in self.lex.locative_suffixes if text[e:e + 1] == "-" else ():
            if text.startswith(suffix, e):
                country = self.country_of(cands[0].actor)
                self.hits.append(Hit(s, e + len(suffix), seg, BASED, actor=country or ""))
                if country:
                    self.support.add(country)
                return e + len(suffix)
        best = cands[0]
        if best.how == SURNAME:
            self.hits.append(Hit(s, e, seg, PENDING_SURNAME, actor=k.casefold(),
                                 desc=None if caps else descriptor(self, s, floor, True)))
            return e
        if form.ambiguous and self._rejected(k, s, e, floor, ceiling):
            return e
        if best.kind is ActorKind.ORGANIZATION and not caps:
            shorter = self._adjectival(k, s, e, ceiling)
            if shorter is not None:
                k2 = key(shorter.group())
                return self._actor(seg, floor, ceiling, s, shorter.end(), k2, self.m.forms[k2],
                                   caps)
        if best.how == METONYM and self._locative(s, e, floor):
            self.support.update(c.actor for c in cands)
            self._locative_end = e
            return e
        person = best.kind is ActorKind.PERSON
        desc = None if caps else descriptor(self, s, floor, person)
        if len(cands) > 1:
            self.hits.append(Hit(s, e, seg, SHARED, cands=tuple(c.actor for c in cands),
                                 resolution=best.resolution, desc=desc))
        else:
            self.hits.append(Hit(s, e, seg, MENTION, actor=best.actor,
                                 resolution=best.resolution, desc=desc))
            self.support.add(best.actor)
            if not person:
                self.record_acronym(best.actor, s, e, ceiling)
        return e

    def _adjectival(self, k: str, s: int, e: int, ceiling: int) -> re.Match[str] | None:
        """``Ukrainian military officials``: the name without its last word, if it is an
        adjective here."""
        last = k.rpartition(" ")[2]
        if last not in self.lex.adjectival_endings:
            return None
        nxt = self.text[e:ceiling].split(None, 1)
        if not nxt or nxt[0].rstrip(".,;:") not in self.lex.adjectival_before:
            return None
        i = e - len(last)
        while i > s and self.text[i - 1].isspace():
            i -= 1
        found = self.m.pattern.match(self.text, s, i)
        if found is None or not self.m.forms[key(found.group())].candidates:
            return None
        return found

    def _rejected(self, k: str, s: int, e: int, floor: int, ceiling: int) -> bool:
        """Whether context cues say an ambiguous name means something else here."""
        cues = self.lex.ambiguity.get(k)
        if not cues:
            return False
        text = self.text
        _, prev = word_before(text, s, floor)
        nxt = text[e:ceiling].split(None, 1)
        if prev in cues.get("prev", ()) or (nxt and nxt[0].rstrip(".,;:") in cues.get("next", ())):
            return True
        para = text[floor:ceiling]
        return any(w in para for w in cues.get("near", ()))

    def _locative(self, s: int, e: int, floor: int) -> bool:
        """Whether a metonym is a place here (``in Pyongyang``, ``at the Kremlin``), not an
        actor. A possessive makes it an actor again (``in Moscow's view``)."""
        if self.text.startswith(_POSSESSIVE, e):
            return False
        ws, w = word_before(self.text, s, floor)
        if w in ("the", "The"):
            ws, w = word_before(self.text, ws, floor)
        lex = self.lex
        if w in lex.locative_before:
            return True
        if w == "to":
            return word_before(self.text, ws, floor)[1] in lex.locative_before_to
        if w in ("and", "or"):  # "in Beijing and Moscow", but not "in Minsk, and Minsk"
            ps, pw = word_before(self.text, ws, floor)
            return ps + len(pw) == self._locative_end
        return w.endswith(",") and ws + len(w) - 1 == self._locative_end

    def record_acronym(self, actor: str, s: int, e: int, ceiling: int) -> None:
        """Record ``Name (ACR)``: later ``ACR`` mentions the same actor."""
        if "(" not in self.text[e:e + 3]:
            return
        found = acronym_after(self.text, e, ceiling)
        if found is None or not fits_acronym(found[0], self.text[s:e]):
            return
        acr = found[0]
        known = self.m.forms.get(acr)
        if known is None or [c.actor for c in known.candidates] != [actor]:
            self.local[acr] = (actor, Resolution.ACRONYM)
        self.acronyms.setdefault(actor, acr)

    # -- what is known of an actor ----------------------------------------------------------

    def kind(self, actor_id: str) -> ActorKind:
        """The kind of a registry actor or of one found in this text."""
        k = self.m.kinds.get(actor_id)
        if k is not None:
            return k
        f = self.found.get(actor_id)
        return f.kind if f else ActorKind.OTHER

    def gender(self, actor_id: str) -> str | None:
        """The gender of a person, when known."""
        if actor_id in self.m.genders:
            return self.m.genders[actor_id]
        f = self.found.get(actor_id)
        return f.gender if f else None

    def country_of(self, actor_id: str) -> str | None:
        """The country of a registry actor or of one found in this text, when known."""
        if actor_id in self.m.countries:
            return self.m.countries[actor_id]
        f = self.found.get(actor_id)
        return f.country if f else None
