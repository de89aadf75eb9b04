"""A title with its owner and no name stands for who held the post on the publication day."""

from __future__ import annotations

import datetime as dt

import pytest

import eurasec
from eurasec import ActorKind, Registry
from eurasec.extraction.offices import Offices


def speakers(text: str, published: str | None) -> list[str | None]:
    day = dt.date.fromisoformat(published) if published else None
    return [s.speaker for s in eurasec.extract(text, published=day).statements]


@pytest.mark.parametrize(("text", "published", "speaker"), [
    ("Kazakhstan's foreign minister said the talks would go on.", "2024-05-01",
     "murat-nurtleu"),
    ("Kazakhstan's foreign minister said the talks would go on.", "2025-10-01",
     "yermek-kosherbayev"),
    ("The CSTO Secretary General said the alliance was ready.", "2024-05-01",
     "imangali-tasmagambetov"),
    ("The CSTO Secretary General said the alliance was ready.", "2026-03-01",
     "taalatbek-masadykov"),
    ("NATO's secretary general said the allies agreed.", "2023-03-01", "jens-stoltenberg"),
    ("NATO's secretary general said the allies agreed.", "2025-03-01", "mark-rutte"),
    ("The Kremlin spokesman said the talks would go on.", "2024-05-01", "dmitry-peskov"),
    ("The US Secretary of State said the deal held.", "2024-05-01", "antony-blinken"),
    ("The US Secretary of State said the deal held.", "2026-03-01", "marco-rubio"),
    ("The Russian president’s aide said so, and the Russian president said it too.",
     "2024-05-01", "vladimir-putin"),
    # the owner after the title: the head of the source is the title
    ("The foreign minister of Kazakhstan said the talks would go on.", "2025-10-01",
     "yermek-kosherbayev"),
    ("The Secretary General of NATO said the allies agreed.", "2025-03-01", "mark-rutte"),
])
def test_a_title_with_its_owner_is_the_holder_on_the_day(
        text: str, published: str, speaker: str) -> None:
    assert speakers(text, published)[-1] == speaker


@pytest.mark.parametrize(("text", "published"), [
    # no publication day: nobody to pick
    ("Kazakhstan's foreign minister said the talks would go on.", None),
    # the day of a change: both held the post on it
    ("Kazakhstan's foreign minister said the talks would go on.", "2025-09-26"),
    # a change given to the month only (Budanov left HUR in 2026-01)
    ("Ukraine's intelligence chief said the strike had failed.", "2026-01-15"),
    # not the present holder, or not a person at all
    ("The former Kazakh foreign minister said the talks would go on.", "2024-05-01"),
    ("The ousted Ukrainian president said the vote was rigged.", "2024-05-01"),
    ("She said she would become the Turkish president one day.", "2024-05-01"),
    ("Analysts said a sitting American president would not go.", "2024-05-01"),
    ("Russia's deputy foreign minister said the talks would go on.", "2024-05-01"),
    ("He had campaigned for the president of Russia, the mayor said.", "2024-05-01"),
    # the text names someone: the name wins
    ("Kazakhstan's foreign minister, Jane Doe, said the talks would go on.", "2024-05-01"),
    ("Jane Doe, the foreign minister of Kazakhstan, said the talks would go on.", "2024-05-01"),
    # the owner is the start of a longer name
    ("The president of the United States Hispanic Chamber said sales were up.", "2024-05-01"),
])
def test_no_holder_when_the_title_does_not_name_the_present_one(
        text: str, published: str | None) -> None:
    day = dt.date.fromisoformat(published) if published else None
    x = eurasec.extract(text, published=day)
    assert x.statements
    known = Registry.default()  # a person the text itself names may still be found
    assert not [a.id for a in x.actors if a.kind is ActorKind.PERSON and known.get(a.id)]


def test_a_pronoun_after_the_title_finds_the_holder() -> None:
    text = "Kazakhstan's foreign minister met the envoy. He said nothing was agreed."
    assert speakers(text, "2025-10-01") == ["yermek-kosherbayev"]


def test_the_holder_is_a_mention_with_the_title_as_its_descriptor() -> None:
    x = eurasec.extract("The Kremlin spokesman said the talks would go on.",
                        published=dt.date(2024, 5, 1))
    m = next(m for m in x.mentions if m.actor == "dmitry-peskov")
    assert (m.text, m.resolution.value) == ("spokesman", "descriptor")
    assert next(a for a in x.actors if a.id == "dmitry-peskov").descriptors == (
        "Kremlin spokesman",)


@pytest.mark.parametrize(("on", "holder"), [
    ("2025-12-31", "imangali-tasmagambetov"),
    ("2026-01-01", "taalatbek-masadykov"),
])
def test_offices_index_partial_dates(on: str, holder: str) -> None:
    offices = Offices.of(Registry.default())
    assert offices.holder("secretary_general", "csto", dt.date.fromisoformat(on)) == holder
    assert offices is Offices.of(Registry.default())


def test_offices_of_a_custom_registry() -> None:
    reg = Registry.from_dict({"people": [
        {"id": "ann-lee", "name": "Ann Lee", "posts": [
            {"title": "Mayor", "of": "XYZ", "role": "head_of_government", "since": "2020",
             "until": "2021-06"}]},
        {"id": "bo-kim", "name": "Bo Kim", "posts": [
            {"title": "Mayor", "of": "XYZ", "role": "head_of_government", "since": "2021-06"}]},
    ]})
    offices = Offices.of(reg)
    assert offices.holder("head_of_government", "XYZ", dt.date(2020, 1, 1)) == "ann-lee"
    assert offices.holder("head_of_government", "XYZ", dt.date(2021, 6, 15)) is None
    assert offices.holder("head_of_government", "XYZ", dt.date(2021, 7, 1)) == "bo-kim"
    assert offices.holder("head_of_government", "XYZ", dt.date(2019, 12, 31)) is None
