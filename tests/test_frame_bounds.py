"""Content boundaries as the PolNeAR evaluator sees them: where a content starts and ends,
and which further parts it has.

Every sentence here is written for the test; none comes from a corpus.
"""

from __future__ import annotations

import pytest

from eurasec.evaluate.polnear import frame_spans, line_segments
from eurasec.extraction.statements import find_frames_in
from test_frames import _spans

#: One sentence per rule: ``(cue, source, content)`` of each outermost frame.
_BOUNDS = [
    pytest.param("“We won,” said Ann Lee, a mayor who had backed Ames. “It was hard.”",
                 [("said", "Ann Lee, a mayor who had backed Ames", "“We won,” | “It was hard.”"),
                  ("had backed", "who", "Ames")],
                 id="quotation_continues_the_tag_not_a_frame_in_its_source"),
    pytest.param("The plan fails, Lee said. “It is over.”",
                 [("said", "Lee", "The plan fails | “It is over.”")],
                 id="quotation_continues_an_indirect_content"),
    pytest.param("“We lost,” Lee said. Now, “the party must change.”",
                 [("said", "Lee", "“We lost,” | Now, “the party must change.”")],
                 id="sentence_ending_in_a_quotation_continues_the_tag"),
    pytest.param("While Lee said the plan works, Kim thinks it fails.",
                 [("said", "Lee", "the plan works"), ("thinks", "Kim", "it fails")],
                 id="subordinate_clause_ends_at_its_comma"),
    pytest.param("The vote was close, although Lee said the count was fair, so it stood.",
                 [("said", "Lee", "the count was fair")],
                 id="subordinate_clause_after_a_comma_ends_at_its_comma"),
    pytest.param("The bill is expected to pass, giving the mayor a win.",
                 [("is expected", None, "The bill | to pass")],
                 id="sourceless_content_ends_before_a_clause"),
    pytest.param("The bill is expected to pass, a win for the mayor.",
                 [("is expected", None, "The bill | to pass, a win for the mayor")],
                 id="sourceless_content_keeps_an_appositive"),
    pytest.param("In a speech that night, Lee said, “We won the vote.”",
                 [("said", "Lee", "“We won the vote.”")],
                 id="aside_before_a_quotation_has_no_first_part"),
    pytest.param("The vote, Lee said, “was a disaster.”",
                 [("said", "Lee", "The vote | “was a disaster.”")],
                 id="aside_before_a_quotation_keeps_a_subject_that_is_quoted_on"),
    pytest.param("Lee said the plant moved to the U.S.",
                 [("said", "Lee", "the plant moved to the U.S.")],
                 id="content_ending_with_an_abbreviation_keeps_its_stop"),
    pytest.param("“We won,” Lee said at the rally in March, “and we will win again.”",
                 [("said", "Lee", "“We won,” | “and we will win again.”")],
                 id="quotation_resumed_after_the_tag_and_its_adjuncts"),
    pytest.param("The council backed the plan; the mayor kept quiet.",
                 [("backed", "The council", "the plan")],
                 id="stance_content_ends_at_a_semicolon"),
    pytest.param("In fact, the plan works well, Lee said.",
                 [("said", "Lee", "the plan works well")],
                 id="content_before_a_tag_starts_after_an_opening_adverbial"),
    pytest.param("Reporters asked the mayor if the plant would close.",
                 [("asked", "Reporters", "if the plant would close")],
                 id="the_one_asked_is_not_part_of_the_question"),
    pytest.param("The vote was close. (Lee said the count was fair.)",
                 [("said", "Lee", "the count was fair")],
                 id="content_of_a_sentence_in_brackets_ends_before_the_bracket"),
    pytest.param("Lee said the count (and the recount) was fair.",
                 [("said", "Lee", "the count (and the recount) was fair")],
                 id="brackets_inside_the_content_stay"),
    pytest.param("While no candidate seems ready to quit, the race goes on.",
                 [("seems", None, "no candidate | ready to quit")],
                 id="sourceless_subject_leaves_out_a_subordinating_conjunction"),
    pytest.param("Their choice now seems clear.",
                 [("now seems", None, "Their choice | clear")],  # the adverb joins the cue
                 id="sourceless_subject_leaves_out_an_adverb_before_the_cue"),
    pytest.param("Turnout in the city fell sharply, according to Ann Lee, a pollster.",
                 [("according to", "Ann Lee", "Turnout in the city fell sharply")],
                 id="appositive_after_a_medial_according_to_is_not_content"),
    pytest.param("Lee said the plan is “out of control.” Kim says the report found nothing.",
                 [("said", "Lee", "the plan is “out of control.”"),
                  ("says", "Kim", "the report found nothing")],
                 id="sentence_after_a_quotation_ending_a_content_is_not_its_tag"),
    pytest.param("The plan is “reckless.” Lee said.",
                 [("said", "Lee", "The plan is “reckless.”")],
                 id="short_tag_after_a_mixed_content"),
    pytest.param("The mayor was blunt about the plan: “It fails,” she said.",
                 [("said", "she", "“It fails,”")],
                 id="content_before_a_tag_starts_after_a_colon_before_its_quotation"),
    pytest.param("Asked about the budget, the mayor said nothing.",
                 [("Asked about", None, "the budget"), ("said", "the mayor", "nothing")],
                 id="content_starts_after_a_preposition_of_the_cue"),
    pytest.param("The mayor replied evenly, “The plan stands.”",
                 [("replied evenly", "The mayor", "“The plan stands.”")],
                 id="content_starts_after_an_adverb_of_the_cue"),
    pytest.param("The mayor seemed to blame the council for the delay.",
                 [("seemed to blame", "The mayor", "the council for the delay")],
                 id="raising_verb_before_a_cue_joins_the_cue"),
    pytest.param("The mayor seemed to enjoy the parade.",
                 [("seemed", None, "The mayor | to enjoy the parade")],
                 id="raising_verb_before_another_verb_stays_a_raising_frame"),
    pytest.param("Since the spring, according to the council, rents have doubled.",
                 [("according to", "the council", "Since the spring | rents have doubled")],
                 id="opening_phrase_before_a_medial_according_to_is_a_first_part"),
    pytest.param("But in May, according to the council, rents doubled.",
                 [("according to", "the council", "in May | rents doubled")],
                 id="first_part_before_according_to_leaves_out_an_opening_conjunction"),
    pytest.param("But, according to the council, rents doubled.",
                 [("according to", "the council", "rents doubled")],
                 id="lone_conjunction_before_according_to_is_no_part"),
    pytest.param("Asked whether the plant would close, the mayor shook her head.",
                 [("Asked", None, "whether the plant would close")],
                 id="question_after_asked_ends_at_its_comma"),
    pytest.param("The mayor, who backed the plan in May, is now against it.",
                 [("backed", "who", "the plan in May")],
                 id="content_in_a_relative_clause_ends_before_the_main_verb"),
    pytest.param("The mayor, who backed the plan, the budget and the tax, is now against it.",
                 [("backed", "who", "the plan, the budget and the tax")],
                 id="content_in_a_relative_clause_keeps_a_list"),
    pytest.param("After praising the plan in a speech, the mayor left the hall.",
                 [("praising", None, "the plan in a speech")],
                 id="opening_participle_ends_at_its_comma"),
    pytest.param("The vote was close, and while Lee said the count was fair, Kim did not.",
                 [("said", "Lee", "the count was fair")],
                 id="subordinate_clause_after_and_ends_at_its_comma"),
    pytest.param("Though the mayor and her aides said the plan works, the council voted no.",
                 [("said", "her aides", "the plan works")],
                 id="subordinate_clause_with_a_long_subject_ends_at_its_comma"),
    pytest.param("The mayor, who praised the plan, and who backed it in May, is now against it.",
                 [("praised", "who", "the plan"), ("backed", "who", "it in May")],
                 id="second_relative_clause_after_and_ends_before_the_main_verb"),
    pytest.param("“We will win,” Lee said when asked about the plan. “The race is close.”",
                 [("said", "Lee", "“We will win,” | “The race is close.”"),
                  ("asked about", None, "the plan")],
                 id="quotation_continues_the_tag_not_a_frame_in_its_adjuncts"),
    pytest.param("The race is “close,” Lee said, hours after outlets named her the winner. “We "
                 "will work.”",
                 [("said", "Lee", "The race is “close,” | “We will work.”"),
                  ("named", "outlets", "her the winner")],
                 id="quotation_continues_a_mixed_tag_not_a_frame_in_its_adjuncts"),
    pytest.param("Lee said the plan works, despite the cost.",
                 [("said", "Lee", "the plan works, despite the cost")],
                 id="despite_after_a_comma_stays_in_the_content"),
    pytest.param("Lee told a crowd in Dayton on Monday that the plan works.",
                 [("told", "Lee", "that the plan works")],
                 id="content_of_tell_starts_at_that_after_the_hearers"),
    pytest.param("Lee told us she believed that the plan works.",
                 [("told", "Lee", "she believed that the plan works")],
                 id="that_inside_the_content_of_tell_is_not_its_start"),
    pytest.param("Lee told a crowd in Dayton, “The plan works.”",
                 [("told", "Lee", "“The plan works.”")],
                 id="content_of_tell_starts_at_a_quotation_after_the_hearers"),
    pytest.param("Lee spoke for an hour, referring to the convention, where delegates vote.",
                 [("referring to", "Lee", "the convention")],
                 id="noun_phrase_of_a_stance_participle_ends_at_a_comma"),
    pytest.param("Lee spoke for an hour and praised the budget, a rare move for her.",
                 [("praised", "Lee", "the budget")],
                 id="noun_phrase_of_a_coordinated_stance_cue_ends_at_a_comma"),
]


@pytest.mark.parametrize(("text", "expected"), _BOUNDS)
def test_content_bounds(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _spans(text) == expected


def test_paragraph_quotation_continues_a_mixed_content() -> None:
    text = "Title\n\nThe plan is “a mess,” said Lee, who backed Ames.\n“It must go.”"
    frames = [f for f in find_frames_in(text, line_segments(text), stance=True)
              if f.parent is None]
    assert [text[s:e] for s, e in frame_spans(text, frames[0])[2]] == [
        "The plan is “a mess,”", "“It must go.”"]


def test_participle_content_ends_before_a_second_participle() -> None:
    text = "Lee left the hall, saying the plan was a mess and waving to the crowd."
    assert [c for _, _, c in _spans(text)] == ["the plan was a mess"]
