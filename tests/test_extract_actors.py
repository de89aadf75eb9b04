"""Actor extraction: the seed, samples for each rule, the dev corpus, and offset properties."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eurasec
from eurasec import ActorKind, Registry, Resolution
from eurasec.extraction import Segment
from eurasec.extraction.actors import find_actors
from eurasec.extraction.gazetteer import fold, key, slug, trie_pattern
from eurasec.extraction.matcher import matcher_for

DATA = Path(__file__).parent / "data"
SAMPLES = DATA / "actors"
DEVCORPUS = DATA / "devcorpus"
CASES = json.loads((SAMPLES / "cases.json").read_text(encoding="utf-8"))

SEED_ACTORS = {
    "vladimir-putin", "isw", "RUS", "CHN", "VNM", "PRK", "UKR", "SUN", "nato", "sco", "cis",
    "eaeu", "brics", "kremlin", "the-west", "southeast-asian-countries", "european-countries",
}


@pytest.fixture(scope="module")
def seed() -> eurasec.Article:
    return eurasec.parse_file("seeds/000_9e8d530a5ed693eb.txt")


def extract(text: str) -> eurasec.Extraction:
    return eurasec.extract(text)


def mentions(x: eurasec.Extraction | eurasec.Article) -> set[tuple[str, str]]:
    return {(m.text, m.actor) for m in x.mentions}


# -- the seed -------------------------------------------------------------------------------


def test_seed_actors_are_exactly_the_expected_set(seed: eurasec.Article) -> None:
    """The seed yields exactly the acceptance set of actors and nothing spurious."""
    assert {a.id for a in seed.actors} == SEED_ACTORS


def test_seed_actor_kinds(seed: eurasec.Article) -> None:
    """Each seed actor has the right kind."""
    kinds = {a.id: a.kind for a in seed.actors}
    assert kinds["vladimir-putin"] is ActorKind.PERSON
    assert {i for i, k in kinds.items() if k is ActorKind.STATE} == {
        "RUS", "CHN", "VNM", "PRK", "UKR", "SUN"}
    assert {i for i, k in kinds.items() if k is ActorKind.GROUP} == {
        "the-west", "southeast-asian-countries", "european-countries"}
    assert {i for i, k in kinds.items() if k is ActorKind.ORGANIZATION} == {
        "isw", "nato", "sco", "cis", "eaeu", "brics", "kremlin"}


def test_seed_putin_is_a_russian_person_with_his_descriptor(seed: eurasec.Article) -> None:
    """Putin is a person of Russia described as ``Russian leader``."""
    putin = seed.actor("vladimir-putin")
    assert putin.country == "RUS"
    assert putin.descriptors == ("Russian leader",)
    assert putin.gender == "male"


def test_seed_isw_is_a_us_based_think_tank(seed: eurasec.Article) -> None:
    """ISW is a think tank in the US, with acronym ISW and descriptor ``US-based``."""
    isw = seed.actor("isw")
    assert (isw.name, isw.acronym, isw.category, isw.country) == (
        "Institute for the Study of War", "ISW", "think_tank", "USA")
    assert isw.descriptors == ("US-based",)


def test_seed_us_based_is_not_a_mention_of_the_united_states(seed: eurasec.Article) -> None:
    """``US-based`` places ISW; it does not make the United States an actor."""
    assert "USA" not in {m.actor for m in seed.mentions}


def test_seed_china_is_found_by_its_official_name_and_acronym(seed: eurasec.Article) -> None:
    """``People’s Republic of China (PRC)`` gives two mentions of China, and its acronym."""
    found = [(m.text, m.resolution) for m in seed.mentions_of("CHN")]
    assert found == [("People’s Republic of China", Resolution.REGISTRY),
                     ("PRC", Resolution.REGISTRY)]
    assert seed.actor("CHN").acronym == "PRC"


def test_seed_soviet_union_is_former(seed: eurasec.Article) -> None:
    """The Soviet Union is described as ``former``, as the text says."""
    assert seed.actor("SUN").descriptors == ("former",)


def test_seed_kremlin_is_a_metonym(seed: eurasec.Article) -> None:
    """``Kremlin`` is a metonym mention of the Kremlin, a Russian government body."""
    kremlin = seed.actor("kremlin")
    assert (kremlin.kind, kremlin.category, kremlin.country) == (
        ActorKind.ORGANIZATION, "government_body", "RUS")
    assert [m.resolution for m in seed.mentions_of("kremlin")] == [Resolution.METONYM]


def test_seed_group_mentions(seed: eurasec.Article) -> None:
    """Groups are found by alias, by adjective, and inside a coordination."""
    assert mentions(seed) >= {
        ("West", "the-west"), ("Western countries", "the-west"), ("Western", "the-west"),
        ("Southeast Asian nations", "southeast-asian-countries"),
        ("Southeast Asian countries", "southeast-asian-countries"),
        ("European", "european-countries"),
    }


def test_seed_possessive_and_pronouns_resolve_to_putin(seed: eurasec.Article) -> None:
    """``Putin’s`` gives the mention ``Putin``; he/his/He resolve to Putin by coreference."""
    putin = seed.mentions_of("vladimir-putin")
    assert putin[0].text == "Vladimir Putin"
    assert seed.text[putin[0].end] == "\u2019"
    coref = [m.text for m in putin if m.resolution is Resolution.COREFERENCE]
    assert coref.count("Putin") == 6
    assert sorted(t for t in coref if t != "Putin") == ["He", "He", "he", "his"]


def test_seed_mentions_outside_the_body_have_no_paragraph(seed: eurasec.Article) -> None:
    """Headline and standfirst mentions have ``paragraph=None``; body ones their index."""
    first = seed.mentions[0]
    assert (first.text, first.actor, first.paragraph) == ("ISW", "isw", None)
    for m in seed.mentions:
        if m.paragraph is not None:
            p = seed.paragraphs[m.paragraph]
            assert p.start <= m.start
            assert m.end <= p.end
        else:
            assert m.end <= seed.paragraphs[0].start


def test_seed_footer_is_not_read(seed: eurasec.Article) -> None:
    """Nothing is found after the last paragraph (the footer mentions Russia and Ukraine)."""
    assert max(m.end for m in seed.mentions) <= seed.paragraphs[-1].end


def test_seed_queries(seed: eurasec.Article) -> None:
    """``article.actor`` and ``article.mentions_of`` answer in one line."""
    assert seed.actor("nato").acronym == "NATO"
    assert [m.paragraph for m in seed.mentions_of("nato")] == [None, 0, 2, 6]
    with pytest.raises(KeyError):
        seed.actor("USA")


def test_seed_which_states_belong_to_the_sco() -> None:
    """The one-line question of the issue: which states mentioned belong to the SCO."""
    article = eurasec.parse_file("seeds/000_9e8d530a5ed693eb.txt")
    registry = Registry.default()
    members = registry.members("sco", on=article.published.date())
    assert [a.id for a in article.actors
            if a.kind is ActorKind.STATE and a.id in members] == ["RUS", "CHN"]


# -- samples --------------------------------------------------------------------------------


def test_descriptor_patterns() -> None:
    """Titles before names describe registry people and discover unknown ones."""
    x = extract((SAMPLES / "descriptors.txt").read_text(encoding="utf-8"))
    by_id = {a.id: a for a in x.actors}
    assert by_id["sergei-lavrov"].descriptors == ("Russian Foreign Minister",)
    tamm = by_id["kaarel-tamm"]
    assert (tamm.kind, tamm.country, tamm.source) == (ActorKind.PERSON, "EST", "text")
    assert [(p.title, p.of, p.role) for p in tamm.posts] == [
        ("Defence Minister", "EST", "defence_minister")]
    varenko = by_id["oleg-varenko"]
    assert [(p.title, p.role) for p in varenko.posts] == [("Deputy Foreign Minister", "other")]
    ozola = by_id["ilze-ozola"]
    assert (ozola.gender, ozola.country, ozola.descriptors) == (
        "female", "LVA", ("Latvian government spokeswoman",))


def test_descriptor_mentions_resolve_by_descriptor_then_coreference() -> None:
    """A discovered person's first mention is a descriptor one; later ones coreference."""
    x = extract((SAMPLES / "descriptors.txt").read_text(encoding="utf-8"))
    tamm = [(m.text, m.resolution) for m in x.mentions if m.actor == "kaarel-tamm"]
    assert tamm == [("Kaarel Tamm", Resolution.DESCRIPTOR), ("Tamm", Resolution.COREFERENCE),
                    ("He", Resolution.COREFERENCE)]
    assert ("she", "ilze-ozola") in mentions(x)
    assert ("Ozola", "ilze-ozola") in mentions(x)
    assert ("Lavrov", "sergei-lavrov") in mentions(x)


def test_courtesy_title_before_a_surname_discovers_a_person() -> None:
    """``Mr. Varga`` (a surname after a title of courtesy) is a person; other titles still
    need two words, and a second surname with a title of the other gender is another
    person (``Mrs. Varga`` after ``Mr. Varga``)."""
    x = extract("Mr. Varga said the port would reopen. Varga added that it was late. "
                "Mrs. Varga said she disagreed. Dr. Okafor left. Governor Smith spoke.")
    people = {a.id: (a.name, a.gender) for a in x.actors}
    assert people == {"varga": ("Varga", "male"), "mrs-varga": ("Mrs. Varga", "female"),
                      "okafor": ("Okafor", None)}
    assert [s.speaker for s in x.statements] == ["varga", "varga", "mrs-varga"]


def test_courtesy_title_before_a_known_surname_is_that_person() -> None:
    """``Ms. Ozola`` after a discovered ``Ilze Ozola`` is her, not a new actor."""
    x = extract("Latvian government spokeswoman Ilze Ozola spoke. Ms. Ozola said it was late.")
    assert [a.id for a in x.actors if a.kind is ActorKind.PERSON] == ["ilze-ozola"]
    assert [s.speaker for s in x.statements] == ["ilze-ozola"]


@pytest.mark.parametrize(
    ("text", "people", "speakers"),
    [
        # a full name with no title and no speech verb, then the title of courtesy
        ("Jim Bennett, 57, a plumber, had doubts.\n\nMr. Bennett said the plan would fail.",
         ["jim-bennett"], ["jim-bennett"]),
        # a sentence-opening word is not part of the name
        ("But Ann Okoye, a teacher, stayed. Ms. Okoye said she would vote.",
         ["ann-okoye"], ["ann-okoye"]),
        # the latest full name with that surname before the title
        ("Tom Varga spoke first. Later Eva Varga arrived. Ms. Varga said it was late.",
         ["eva-varga"], ["eva-varga"]),
        # a full name only after the title does not count
        ("Mr. Bennett said the plan would fail. Jim Bennett is 57.", ["bennett"], ["bennett"]),
    ],
    ids=["earlier-full-name", "sentence-opener", "latest", "only-after"],
)
def test_courtesy_title_takes_an_earlier_full_name(
        text: str, people: list[str], speakers: list[str]) -> None:
    """``Mr. Bennett`` after ``Jim Bennett`` (introduced with no title and no speech verb) is
    Jim Bennett: one actor, named in full, and the full name is a mention of him."""
    x = extract(text)
    assert [a.id for a in x.actors if a.kind is ActorKind.PERSON] == people
    assert [s.speaker for s in x.statements] == speakers
    full = next(a.name for a in x.actors if a.id == people[0])
    assert full in [m.text for m in x.mentions if m.actor == people[0]] or " " not in full


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Mrs. Clinton said the plan would work.", ["hillary-clinton"]),
        ("Mr. Clinton said the plan would work.", ["bill-clinton"]),
        ("Clinton said the plan would work.", [None]),
        ("Ms. Rice said the plan would work.", [None]),
        ("Bill Clinton spoke. Mrs. Clinton said the plan would work.", ["hillary-clinton"]),
    ],
    ids=["mrs", "mr", "no-title", "two-of-one-gender", "other-full-name"],
)
def test_courtesy_title_gender_picks_among_registry_bearers(
        text: str, speakers: list[str | None]) -> None:
    """A gendered title of courtesy leaves out the registry bearers of the surname who are of
    the other gender; the one left is taken with no full name."""
    assert [s.speaker for s in extract(text).statements] == speakers


def test_british_title_case_acronyms() -> None:
    """British outlets write long acronyms in title case: ``Nato``, ``Opec``, ``Asean``."""
    x = extract("Nato and Opec met Asean and Brics envoys.")
    assert [a.id for a in x.actors] == ["nato", "opec", "asean", "brics"]


def test_based_descriptor_gives_a_country_without_a_mention() -> None:
    """``The Tallinn-based ... Centre`` is an Estonian think tank; Tallinn is no mention."""
    x = extract((SAMPLES / "descriptors.txt").read_text(encoding="utf-8"))
    centre = next(a for a in x.actors if a.id == "baltic-maritime-research-centre")
    assert (centre.name, centre.category, centre.country, centre.descriptors) == (
        "Baltic Maritime Research Centre", "think_tank", "EST", ("Tallinn-based",))
    assert not any(m.text.startswith("Tallinn") for m in x.mentions)
    assert ("Vienna" not in {m.text for m in x.mentions})  # "in Vienna" is a place


def test_unknown_acronym_defined_in_text() -> None:
    """``Name (ACR)`` makes later ``ACR`` a mention of the organization, resolved ``acronym``."""
    x = extract((SAMPLES / "acronyms.txt").read_text(encoding="utf-8"))
    forum = next(a for a in x.actors if a.id == "nordic-grid-security-forum")
    assert (forum.acronym, forum.kind, forum.source) == ("NGSF", ActorKind.ORGANIZATION, "text")
    found = [(m.text, m.resolution) for m in x.mentions if m.actor == forum.id]
    assert found == [("Nordic Grid Security Forum", Resolution.PATTERN),
                     ("NGSF", Resolution.ACRONYM), ("NGSF", Resolution.ACRONYM),
                     ("NGSF", Resolution.ACRONYM)]


def test_own_name_outranks_another_actors_alias() -> None:
    """``CCTV`` is the acronym of ``cctv`` and only an alias of ``cgtn``: it is ``cctv``."""
    assert mentions(extract("CCTV reported the meeting.")) == {("CCTV", "cctv")}


def test_acronym_definition_settles_a_shared_acronym() -> None:
    """``CSIS`` names two registry bodies; the definition in the text picks one."""
    x = extract((SAMPLES / "acronyms.txt").read_text(encoding="utf-8"))
    assert [m.actor for m in x.mentions if m.text == "CSIS"] == ["csis", "csis"]
    assert "canadian-security-intelligence-service" not in {a.id for a in x.actors}
    assert "CSIS" not in {m.text for m in extract("CSIS published a report.").mentions}


def test_registry_acronyms_need_no_definition() -> None:
    """``Eurasian Economic Union (EAEU)`` and later ``EAEU`` are registry mentions."""
    x = extract((SAMPLES / "acronyms.txt").read_text(encoding="utf-8"))
    assert [(m.text, m.resolution) for m in x.mentions if m.actor == "eaeu"] == [
        ("Eurasian Economic Union", Resolution.REGISTRY), ("EAEU", Resolution.REGISTRY),
        ("EAEU", Resolution.REGISTRY)]


def test_unknown_organization_by_shape() -> None:
    """``the Foo Bar Institute`` is an organization found by its pattern."""
    x = extract("Analysts at the Foo Bar Institute disagreed.")
    assert [(a.id, a.name, a.category) for a in x.actors] == [
        ("foo-bar-institute", "Foo Bar Institute", "think_tank")]
    assert x.mentions[0].resolution is Resolution.PATTERN


def test_generic_body_without_owner_is_not_an_actor() -> None:
    """``the Defence Ministry`` alone does not say whose, so it is no actor."""
    assert extract("The Defence Ministry said the drills were over.").actors == ()


def test_national_body_with_possessive_and_lower_case() -> None:
    """``India’s Ministry of External Affairs`` style phrases keep the owner as country."""
    x = extract("India’s Ministry of Ports and Shipping said the Foo Port Authority agreed.")
    by_id = {a.id: a for a in x.actors}
    assert by_id["foo-port-authority"].category == "government_body"
    assert "IND" in by_id


@pytest.mark.parametrize("case", CASES["ambiguity"], ids=lambda c: c["text"][:40])
def test_ambiguity(case: dict[str, Any]) -> None:
    """Ambiguous names resolve by context words or by the other actors the text mentions."""
    x = extract(case["text"])
    ids = {a.id for a in x.actors}
    assert set(case.get("expect", ())) <= ids
    assert not set(case.get("reject", ())) & ids
    assert {tuple(m) for m in case.get("mentions", ())} <= mentions(x)


@pytest.mark.parametrize("case", CASES["possessives"], ids=lambda c: c["text"][:40])
def test_possessives(case: dict[str, Any]) -> None:
    """A possessive ``’s`` or ``'s`` is left out of the mention."""
    assert {tuple(m) for m in case["mentions"]} <= mentions(extract(case["text"]))


def test_demonym_adjective_is_a_mention_of_the_state() -> None:
    """``Russian officials`` mentions Russia, with the demonym as text."""
    x = extract("Russian officials declined to comment.")
    assert [(m.text, m.actor, m.resolution) for m in x.mentions] == [
        ("Russian", "RUS", Resolution.REGISTRY)]


def test_adjectival_alias_before_people_is_the_state() -> None:
    """``Ukrainian military officials`` mentions Ukraine; ``the Ukrainian military`` its army."""
    assert mentions(extract("Ukrainian military officials said so.")) == {("Ukrainian", "UKR")}
    assert mentions(extract("The Ukrainian military said so.")) == {
        ("Ukrainian military", "armed-forces-of-ukraine")}


def test_metonyms_are_actors_only_when_not_places() -> None:
    """Capitals stand for states unless a locative word makes them places."""
    x = extract("Moscow and Beijing signed the pact in Minsk, and Minsk welcomed it.")
    assert [(m.text, m.actor, m.resolution) for m in x.mentions] == [
        ("Moscow", "RUS", Resolution.METONYM), ("Beijing", "CHN", Resolution.METONYM),
        ("Minsk", "BLR", Resolution.METONYM)]
    assert x.mentions[-1].start > x.text.index("and Minsk")


def test_all_caps_headline() -> None:
    """An all-capitals headline is matched without regard to case."""
    article = eurasec.parse_file(SAMPLES / "caps_headline.txt")
    head = [(m.text, m.actor, m.resolution) for m in article.mentions if m.end <= 55]
    assert head == [("PUTIN", "vladimir-putin", Resolution.COREFERENCE),
                    ("XI", "xi-jinping", Resolution.COREFERENCE),
                    ("NATO", "nato", Resolution.REGISTRY),
                    ("BEIJING", "CHN", Resolution.METONYM)]
    assert all(m.paragraph is None for m in article.mentions[:4])


def test_surname_before_full_name_resolves_forward() -> None:
    """A headline surname resolves to the person the body names in full."""
    x = extract("Kim arrives\n\nNorth Korean leader Kim Jong Un arrived on Monday.")
    assert x.mentions[0].text == "Kim"
    assert (x.mentions[0].actor, x.mentions[0].resolution) == (
        "kim-jong-un", Resolution.COREFERENCE)


def test_surname_alone_needs_a_full_name_or_a_unique_leader() -> None:
    """``Kim`` alone is dropped (many Kims); ``Xi`` alone is the only leader named Xi."""
    assert extract("Kim spoke on Monday.").mentions == ()
    x = extract("Xi spoke on Monday.")
    assert [(m.actor, m.resolution) for m in x.mentions] == [
        ("xi-jinping", Resolution.REGISTRY)]


def test_pronoun_gender_and_subject_preference() -> None:
    """``She`` skips a man; a sentence-initial ``He`` goes to the previous subject."""
    x = extract("Maria Zakharova rejected the claim after Putin spoke. She called it absurd.\n\n"
                "Zelensky met Biden in Kyiv. He said afterwards that the talks went well.")
    pron = [(m.text, m.actor) for m in x.mentions if m.resolution is Resolution.COREFERENCE
            and m.text in ("She", "He")]
    assert pron == [("She", "maria-zakharova"), ("He", "volodymyr-zelensky")]


def test_pronoun_outside_quotes_skips_people_inside_them() -> None:
    """After ``“... He is not here,” Lukashenko said.`` a new ``He`` is Lukashenko."""
    x = extract("Yevgeny Prigozhin left.\n\n"
                "“Prigozhin is in St Petersburg. He is not here,” Lukashenko said.\n\n"
                "He added that the fighters had not moved.")
    pron = [(m.text, m.actor) for m in x.mentions if m.text == "He"]
    assert pron == [("He", "yevgeny-prigozhin"), ("He", "alexander-lukashenko")]


def test_pronoun_without_antecedent_is_not_a_mention() -> None:
    """A pronoun with no person before it is dropped."""
    assert extract("He said nothing.").mentions == ()


def test_only_segments_are_read() -> None:
    """Text outside the given segments is never analysed; offsets are into the full text."""
    text = "NATO met. " + "Russia spoke."
    actors, found = find_actors(text, [Segment(start=10, end=len(text), paragraph=3)])
    assert [a.id for a in actors] == ["RUS"]
    assert (found[0].start, found[0].paragraph) == (10, 3)


def test_custom_registry_extends_the_default() -> None:
    """A merged registry's actors are found, through ``parse(..., registry=...)`` too."""
    mine = Registry.from_dict({"organizations": [
        {"id": "quux", "name": "Quux Watch", "aliases": ["QW"], "category": "ngo"}]})
    registry = Registry.default().merge(mine)
    text = "QW and NATO\n\nQuux Watch said NATO was wrong.\n\nJun 1, 2024 - 10:00\n\nBody."
    x = eurasec.extract("Quux Watch said NATO was wrong.", registry=registry)
    assert [a.id for a in x.actors] == ["quux", "nato"]
    article = eurasec.parse(text, registry=registry, strict=False)
    assert "quux" in {a.id for a in article.actors}
    assert "quux" not in {a.id for a in eurasec.parse(text, strict=False).actors}


def test_empty_registry_still_discovers() -> None:
    """With an empty registry only shape-based discovery remains."""
    actors, _ = find_actors("The Foo Bar Institute said so.", [Segment(start=0, end=30)],
                            Registry())
    assert [a.id for a in actors] == ["foo-bar-institute"]


def test_matcher_is_built_once_per_registry() -> None:
    """The compiled matcher is cached with its registry."""
    r = Registry.default()
    assert matcher_for(r) is matcher_for(r)
    assert matcher_for(r.merge()) is not matcher_for(r)


# -- dev corpus -----------------------------------------------------------------------------

def _gold_articles() -> list[Path]:
    return sorted(DEVCORPUS.glob("*.txt"))


@pytest.mark.parametrize("path", _gold_articles(), ids=lambda p: p.stem[:3])
def test_dev_corpus_speakers_are_found(path: Path) -> None:
    """Every gold speaker and reporter is among the article's actors, by the same id."""
    article = eurasec.parse_file(path)
    ids = {a.id for a in article.actors}
    gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    for s in gold["statements"]:
        for who in [s["speaker"], *s["reported_by"]]:
            if who is not None:
                assert who in ids, who
        src = s["source"]
        if src and s["speaker"]:
            inside = {m.actor for m in article.mentions
                      if src["start"] <= m.start and m.end <= src["end"]}
            assert not inside or s["speaker"] in inside, (src["text"], inside)


# -- properties -----------------------------------------------------------------------------

_PIECES = st.sampled_from([
    "Vladimir Putin", "Putin", "Putin’s", "NATO", "the Kremlin", "Moscow", "in Moscow", "Georgia",
    "Congo", "Kinshasa", "the West", "Western", "European and NATO countries", "Russian",
    "US-based", "Foreign Minister", "spokeswoman", "President", "He", "he", "she", "his",
    "Kaarel Tamm", "Foo Bar Institute", "(FBI)", "(NGSF)", "Nordic Grid Security Forum",
    "People’s Republic of China", "PRC", "Xi", "Kim", "Kim Jong Un", "“", "”", "\"", "(", ")",
    ".", ",", "’s", "'s", "-", "\n", "\n\n", "\u00a0", "  ", "GEORGIA", "PUTIN", "the",
    "Türkiye", "Erdogan", "İbrahim", "a", "said", "Ukraine’s foreign ministry",
])
_TEXTS = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=40).map(" ".join)


def _check_extraction(text: str, x: eurasec.Extraction) -> None:
    ids = [a.id for a in x.actors]
    assert len(ids) == len(set(ids))
    last_end = 0
    for m in x.mentions:
        assert text[m.start:m.end] == m.text
        assert m.start >= last_end, "mentions are in order and never overlap"
        last_end = m.end
        assert m.actor in ids


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_every_mention_is_the_text_at_its_offsets(text: str) -> None:
    """On generated text, every mention's text equals ``text[start:end]``."""
    _check_extraction(text, eurasec.extract(text))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_extracts_without_error(text: str) -> None:
    """Arbitrary Unicode never breaks extraction."""
    _check_extraction(text, eurasec.extract(text))


_NAMES = st.lists(st.text(alphabet="ab '", min_size=1, max_size=5).map(str.strip)
                  .filter(lambda s: s[:1].isalpha()), min_size=1, max_size=12, unique=True)


def _alternation(names: list[str]) -> re.Pattern[str]:
    parts = [re.escape(n).replace("\\ ", r"\s+").replace("'", "['’]")
             for n in sorted(set(names), key=len, reverse=True)]
    return re.compile(r"\b(?:" + "|".join(parts) + r")(?!\w)")


@settings(max_examples=300, deadline=None)
@given(_NAMES, st.text(alphabet="ab '’\n", max_size=40))
def test_trie_pattern_matches_like_an_alternation(names: list[str], text: str) -> None:
    """The trie-shaped pattern finds exactly what a longest-first alternation finds."""
    trie = re.compile(r"\b(?:" + trie_pattern(names) + r")(?!\w)")
    alt = _alternation(names)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in alt.finditer(text)]


def test_gazetteer_helpers() -> None:
    """Keys normalise apostrophes and spaces; slugs are ASCII; folding drops diacritics."""
    assert key("People’s\u00a0Republic") == "People's Republic"
    assert slug("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"
    assert slug("İbrahim Kalın") == "ibrahim-kalin"
    assert fold("Orbán") == "Orban"
    assert trie_pattern([]) == "(?!)"


@pytest.mark.parametrize(("text", "expected"), [
    ("He criticised the\nWest for it.", [("West", "the-west")]),
    ("HE CRITICISED THE\nWEST.", [("WEST", "the-west")]),
    ("PUTIN WARNS WEST OVER UKRAINE", [("PUTIN", "vladimir-putin"), ("UKRAINE", "UKR")]),
])
def test_forms_that_need_the_across_lines_and_in_capitals(
        text: str, expected: list[tuple[str, str]]) -> None:
    """``the`` and its name may stand on two lines; in an all-capitals headline a name
    written without its ``the`` is not the group (``WEST`` alone is no ``the West``)."""
    assert [(m.text, m.actor) for m in eurasec.extract(text).mentions] == expected


def test_a_title_before_a_name_in_another_script_is_read_without_error() -> None:
    """A name with no letters to make an id of is not discovered (it used to raise)."""
    text = "Russian President \u0414\u043c\u0438\u0442\u0440\u0438\u0439 " + (
        "\u041f\u0435\u0441\u043a\u043e\u0432 said it.")
    assert [(m.text, m.actor) for m in eurasec.extract(text).mentions] == [("Russian", "RUS")]
