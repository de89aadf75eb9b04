"""Persons found as the named source of a speech verb (``Ann Lee said``), with no title."""

from __future__ import annotations

import pytest

import eurasec
from eurasec import ActorKind


def _people(text: str) -> dict[str, str]:
    return {a.id: a.name for a in eurasec.extract(text).actors if a.kind is ActorKind.PERSON}


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in eurasec.extract(text).statements]


@pytest.mark.parametrize(
    ("text", "people", "speakers"),
    [
        ("Tomas Varga said the port would reopen. Varga added that it was late.",
         {"tomas-varga": "Tomas Varga"}, ["tomas-varga", "tomas-varga"]),
        ("The port will reopen, said Ann Okafor, a harbour pilot.",
         {"ann-okafor": "Ann Okafor"}, ["ann-okafor"]),
        ("Ann Okafor, a harbour pilot in Lagos, told reporters the port would reopen.",
         {"ann-okafor": "Ann Okafor"}, ["ann-okafor"]),
        ("According to Ann Okafor, the port will reopen. Okafor is a pilot.",
         {"ann-okafor": "Ann Okafor"}, ["ann-okafor"]),
        ("Former Senator Ann Okafor said the port would reopen. Okafor left.",
         {"ann-okafor": "Ann Okafor"}, ["ann-okafor"]),
        ("Voters cheered Ann Okafor, who said the port would reopen.",
         {"ann-okafor": "Ann Okafor"}, ["ann-okafor"]),
    ],
    ids=["surname-later", "postposed-apposition", "apposition", "according-to", "descriptor",
         "relative-who"],
)
def test_named_speakers_are_discovered(text: str, people: dict[str, str],
                                       speakers: list[str | None]) -> None:
    """A capitalised name next to a speech verb is a person when an apposition describes
    it or the article uses the surname alone."""
    assert _people(text) == people
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        "According to Ann Okafor, the port will reopen.",
        "Morning Consult Poll said the port would reopen. Poll results vary.",
        "Harbour Daily News said the port would reopen. News travels.",
        "The Lagos Star said the port would reopen. Star ratings fell.",
        "NATO said the port would reopen.",
    ],
    ids=["no-corroboration", "poll", "outlet", "after-the", "capitals"],
)
def test_names_that_are_not_discovered(text: str) -> None:
    """With no apposition and no later surname, or with a word of an outlet, poll or body,
    or after ``the``, the name is no person."""
    assert not any(a.kind is ActorKind.PERSON and a.source == "text"
                   for a in eurasec.extract(text).actors)


def test_registry_surname_inside_a_new_name() -> None:
    """``Lee`` after ``Ann Lee`` is her; ``Lee Jae-myung`` is still the registry's."""
    text = ("The port will reopen, said Ann Lee, a pilot. Lee added that it was late. "
            "Lee Jae-myung disagreed. Lee said no.")
    assert _speakers(text) == ["ann-lee", "ann-lee", "lee-jae-myung"]


def test_many_speakers_stay_linear() -> None:
    """A hundred thousand name-and-verb pairs finish (bench/ measures the cost)."""
    text = "Ann Okafor said so, Okafor said. " * 20_000
    assert len(eurasec.extract(text).actors) == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The crowd cheered Sergei Lavrov, who said the talks had failed.", "sergei-lavrov"),
        ("Voters backed Hillary Clinton (D-N.Y.), who said the vote was fair.",
         "hillary-clinton"),
        ("The rally, who said it was late, ended.", None),
    ],
    ids=["after-comma", "after-brackets", "no-name"],
)
def test_relative_who_speaks_for_the_name_before_it(text: str, speaker: str | None) -> None:
    """A relative ``who`` as the source is the actor named right before its comma."""
    assert _speakers(text) == [speaker]
