"""Attribution frames at span level, and their PolNeAR-style extents.

Every sentence here is written for the test; none comes from a corpus.
"""

from __future__ import annotations

import pytest

from eurasec.evaluate.polnear import frame_spans, line_segments
from eurasec.extraction.frame_types import Frame
from eurasec.extraction.pipeline import Segment
from eurasec.extraction.quotes import find_quotes
from eurasec.extraction.statements import find_frames_in


def _frames(text: str) -> list[Frame]:
    seg = [Segment(start=0, end=len(text), paragraph=0)]
    return [f for f in find_frames_in(text, seg, stance=True) if f.parent is None]


def _spans(text: str) -> list[tuple[str, str | None, str]]:
    """``(cue, source, content)`` of each outermost frame, as the PolNeAR evaluator sees it
    (stance cues included)."""
    out = []
    for f in _frames(text):
        cue, source, content = frame_spans(text, f)
        out.append((" | ".join(text[s:e] for s, e in cue),
                    None if source is None else " | ".join(text[s:e] for s, e in source),
                    " | ".join(text[s:e] for s, e in content)))
    return out


def test_leftmost_appositive_source() -> None:
    text = "Ann Lee, a nurse from Dayton, Ohio, said the clinic had closed."
    f, = _frames(text)
    assert f.source is not None
    assert text[f.source[0]:f.source[1]] == "Ann Lee"
    assert _spans(text) == [("said", "Ann Lee, a nurse from Dayton, Ohio,",
                             "the clinic had closed")]


def test_appositive_with_relative_clause() -> None:
    text = "Bo Chen, an economist who studies trade, said tariffs would rise."
    assert _spans(text) == [("said", "Bo Chen, an economist who studies trade,",
                             "tariffs would rise")]


def test_cue_extent_takes_the_verb_group() -> None:
    text = "The mayor has also said that the budget is tight."
    f, = _frames(text)
    assert text[f.cue[0]:f.cue[1]] == "said"
    assert _spans(text)[0][0] == "has also said"


def test_cue_extent_takes_a_colon_and_of() -> None:
    assert _spans("The mayor said: “We are broke.”")[0][0] == "said:"
    assert _spans("The mayor said of the budget that it was spent.")[0][0] == "said of"


def test_inverted_source_with_long_appositive() -> None:
    text = ("“Rents keep rising,” said Dana Cole, the director of a housing group "
            "that works in three counties.")
    cue, source, _ = _spans(text)[0]
    assert cue == "said"
    assert source == ("Dana Cole, the director of a housing group that works in three "
                      "counties")


def test_inverted_source_takes_a_who_clause_unless_it_reports_speech() -> None:
    text = "“Rents keep rising,” said Dana Cole, a tenant organizer, who lives nearby."
    assert _spans(text)[0][1] == "Dana Cole, a tenant organizer, who lives nearby"
    text = "“Rents keep rising,” said Dana Cole, a tenant organizer, who said more."
    assert _spans(text)[0][1] == "Dana Cole, a tenant organizer"
    text = "“Rents keep rising,” said the agency, which runs the survey."
    assert _spans(text)[0][1] == "the agency"


def test_quote_with_comma_then_source_and_adjuncts_is_postposed() -> None:
    text = "“We will win,” Lena Park said in her speech that night."
    cue, source, content = _spans(text)[0]
    assert (cue, source) == ("said", "Lena Park")
    assert content == "“We will win,”"


def test_according_to_a_long_source() -> None:
    text = "Sales fell in May, according to figures released Monday by the trade board."
    assert _spans(text) == [("according to", "figures released Monday by the trade board",
                             "Sales fell in May")]


def test_according_to_after_a_long_clause_closes_it() -> None:
    text = "The plant closed last year, according to the union, which opposed the move."
    cue, source, content = _spans(text)[0]
    assert (cue, source, content) == ("according to", "the union", "The plant closed last year")


def test_stance_cues_with_a_bare_complement() -> None:
    text = "The senator criticized the plan."
    seg = [Segment(start=0, end=len(text), paragraph=0)]
    assert find_frames_in(text, seg) == []
    f, = find_frames_in(text, seg, stance=True)
    assert text[f.content[0]:f.content[1]] == "the plan"


def test_aside_between_commas_before_the_cue() -> None:
    text = "Supporters of the bill, however, say it will pass."
    assert _spans(text)[0][:2] == ("say", "Supporters of the bill")


def test_base_form_after_a_plural_subject() -> None:
    assert _spans("Sixty percent say the war is lost.")[0][:2] == ("say", "Sixty percent")
    assert _spans("Smith and Jones say the war is lost.")[0][:2] == ("say", "Smith and Jones")


def test_parenthetical_source_splits_the_content() -> None:
    text = "The real problem, she added, was the budget."
    assert _spans(text) == [("added", "she", "The real problem | was the budget")]


def test_continued_after_a_quotation() -> None:
    text = "“And we will not stop,” the coach continued."
    assert _spans(text) == [("continued", "the coach", "“And we will not stop,”")]


def test_middle_initial_in_an_inverted_source() -> None:
    text = "“Nothing moves,” said Roger C. Altman, a banker."
    assert _spans(text)[0][1] == "Roger C. Altman, a banker"


def test_party_and_state_in_brackets_belong_to_the_source() -> None:
    text = "Sen. Ann Lee (D-Ohio) told reporters that the bill was dead."
    assert _spans(text)[0][:2] == ("told", "Sen. Ann Lee (D-Ohio)")


def test_raising_verb_has_no_source_and_a_two_part_content() -> None:
    text = "The new mayor seemed ready for the job."
    assert _spans(text) == [("seemed", None, "The new mayor | ready for the job")]


def test_passive_expectation() -> None:
    text = "But the council is expected to vote on Monday."
    assert _spans(text) == [("is expected", None, "the council | to vote on Monday")]


def test_passive_question_with_its_asker() -> None:
    text = "Lee was asked by a reporter whether she would run."
    assert _spans(text) == [("was asked", "a reporter", "Lee | whether she would run")]


def test_question_put_before_the_answer() -> None:
    text = "Asked whether she would run, Lee said she had not decided."
    cues = {(cue, source, content) for cue, source, content in _spans(text)}
    assert ("Asked", None, "whether she would run") in cues
    assert ("said", "Lee", "she had not decided") in cues


def test_frame_in_a_relative_clause_ends_with_the_source() -> None:
    text = "Lee, who said the deal was dead, told reporters that talks would resume."
    spans = _spans(text)
    assert ("told", "Lee, who said the deal was dead,", "that talks would resume") in spans
    assert ("said", "who", "the deal was dead") in spans


def test_while_starts_a_second_attribution() -> None:
    text = "Most women preferred Ames while most men supported Reyes."
    assert [s[0] for s in _spans(text)] == ["preferred", "supported"]


def test_medial_according_to_before_the_verb_keeps_one_content() -> None:
    text = "The new treaty with the three states, according to the ministry, suggests a shift."
    assert _spans(text) == [("according to", "the ministry",
                             "The new treaty with the three states | suggests a shift")]


def test_cue_extent_takes_a_bare_weekday_and_in_a_statement() -> None:
    assert _spans("The mayor said Tuesday that the budget is tight.")[0][0] == "said Tuesday"
    text = "The mayor said in a statement that the budget is tight."
    assert _spans(text)[0][0] == "said in a statement"


def test_question_mark_quote_then_a_capitalised_tag() -> None:
    text = "“Are we broke?” Mayor Lee asked. Nobody answered."
    assert _spans(text)[0][:2] == ("asked", "Mayor Lee")


def test_gerund_after_by_is_a_participle() -> None:
    text = "The mayor angered voters by saying that taxes would rise."
    assert _spans(text) == [("saying", "The mayor", "that taxes would rise")]


def test_participial_phrase_cue() -> None:
    text = "The mayor spoke for an hour, referring to the budget as a disaster."
    assert _spans(text)[0][0] == "referring to"


def test_gerund_after_by_stays_inside_an_earlier_content() -> None:
    text = "Lee said that Ames had found a new attack by mocking his height."
    assert _spans(text) == [("said", "Lee", "that Ames had found a new attack by mocking his "
                                            "height")]


def test_participle_shares_the_source_of_the_clause() -> None:
    text = "In May, the union went to court, saying the rules were unfair."
    assert _spans(text) == [("saying", "the union", "the rules were unfair")]
    text = "Lee told reporters the plan was dead, adding that talks would resume."
    assert [s[1] for s in _spans(text)] == ["Lee", "Lee"]


def test_noun_phrase_with_predeterminer_and_joined_adjectives() -> None:
    assert _spans("All three candidates said the vote was fair.")[0][1] == "All three candidates"
    text = "Two current and former officials said the vote was fair."
    assert _spans(text)[0][1] == "Two current and former officials"


def test_quotation_resumed_after_the_tag() -> None:
    text = "“The plan,” she said, “is dead.”"
    assert _spans(text) == [("said", "she", "“The plan,” | “is dead.”")]


def test_a_full_sentence_after_a_quotation_is_not_its_tag() -> None:
    text = "Lee wanted “peace.” He later said the talks had failed, TASS reported."
    assert ("reported", "TASS", "He later said the talks had failed") in _spans(text)


def test_inverted_source_between_commas_inside_the_content() -> None:
    text = "The risk, said Ann Lee, an economist, is that wages fall."
    assert _spans(text) == [("said", "Ann Lee, an economist,", "The risk | is that wages fall")]


def test_inverted_source_with_a_restrictive_who_or_a_when_clause() -> None:
    text = "“It is over,” said Sen. Ann Lee who represents the city."
    assert _spans(text)[0][1] == "Sen. Ann Lee who represents the city"
    text = "“It is over,” said Ann Lee when asked about the vote."
    assert _spans(text)[0][:2] == ("said", "Ann Lee")


def test_bracket_inside_a_noun_phrase() -> None:
    text = "“It is over,” said the Vox Populi (Voice of the People) column."
    assert _spans(text)[0][1] == "the Vox Populi (Voice of the People) column"


def test_appositive_source_after_a_quotation() -> None:
    text = "“The bridge will reopen in May,” Tom Reyes, the mayor of the town, told reporters."
    assert _spans(text) == [("told", "Tom Reyes, the mayor of the town,",
                             "“The bridge will reopen in May,”")]


def test_coordinated_stance_cue_with_a_noun_phrase() -> None:
    text = "The two leaders met in Rome and praised the new treaty."
    assert _spans(text) == [("praised", "The two leaders", "the new treaty")]


def test_clause_break_ends_the_content_extent() -> None:
    text = "Lee said that the plant would close in June, while the mill would stay open."
    f, = _frames(text)
    assert text[f.content[0]:f.content[1]].endswith("stay open")
    assert _spans(text) == [("said", "Lee", "that the plant would close in June")]


def test_a_cue_word_inside_a_quotation_does_not_cut_the_content() -> None:
    text = "Kim said the plan met “new goals and challenges” set by the board."
    assert _spans(text) == [("said", "Kim", "the plan met “new goals and challenges” set by "
                                            "the board")]


def test_quotation_continued_in_the_next_paragraph() -> None:
    text = "Title\n\n“We are ready,” Lee said.\n“The rest is up to them.”\n\nThe end."
    segs = line_segments(text)
    frames = [f for f in find_frames_in(text, segs, stance=True) if f.parent is None]
    assert [[text[s:e] for s, e in frame_spans(text, f)[2]] for f in frames] == [
        ["“We are ready,”", "“The rest is up to them.”"]]


def test_line_segments() -> None:
    segs = line_segments("Title\n\nOne.\nTwo.\n")
    assert [(s.start, s.end, s.paragraph) for s in segs] == [(0, 5, None), (7, 11, 0),
                                                             (12, 16, 1)]


def test_noun_cue_in_s_before_its_object() -> None:
    assert _spans("A new survey shows Lee with a wide lead.") == [
        ("shows", "A new survey", "Lee with a wide lead")]
    assert _spans("The TV shows are popular.") == []


def test_appositive_source_after_a_capitalised_conjunction() -> None:
    text = "But Tom Reyes, the group’s deputy director, said that the plan had failed."
    assert _spans(text) == [("said", "Tom Reyes, the group’s deputy director,",
                             "that the plan had failed")]


def test_inverted_source_with_a_phrase_then_a_who_clause() -> None:
    text = "“It is over,” said an adviser to the mayor, who was at the dinner."
    assert _spans(text) == [("said", "an adviser to the mayor, who was at the dinner",
                             "“It is over,”")]


def test_a_frame_after_a_clause_break_is_not_nested() -> None:
    text = "Lee said that the plant would close, though Kim believes it will stay open."
    assert _spans(text) == [("said", "Lee", "that the plant would close"),
                            ("believes", "Kim", "it will stay open")]


def test_participle_content_after_a_comma() -> None:
    text = "Lee left the stage, saying, “We will be back.”"
    assert _spans(text)[-1][2] == "“We will be back.”"


def test_the_one_asked_is_not_part_of_the_content() -> None:
    # ``about`` is the cue's (``was asked about``), not the content's
    assert _spans("The mayor was asked about the budget.")[0] == (
        "was asked about", None, "the budget")


def test_quotation_after_a_tag_continues_a_mixed_content() -> None:
    text = "The plan is “reckless,” Lee said. “It cannot work.”"
    assert _spans(text) == [("said", "Lee", "The plan is “reckless,” | “It cannot work.”")]


def test_quotation_after_a_tag_and_a_participle_continues_the_quotation() -> None:
    text = "“We lost,” Lee said, noting that the count was close. “We will be back.”"
    assert _spans(text)[0] == ("said", "Lee", "“We lost,” | “We will be back.”")


def test_relative_pronoun_before_the_source_is_part_of_the_content() -> None:
    text = "The plan, which Lee said would fail, was dropped."
    assert _spans(text) == [("said", "Lee", "which | would fail")]


def test_quotation_opened_curly_and_closed_straight() -> None:
    text = "“We will go,” Lee said. “We will stay.\""
    assert _spans(text) == [("said", "Lee", "“We will go,” | “We will stay.\"")]


def test_straight_marks_inside_a_curly_quotation_do_not_close_it() -> None:
    text = "“He said \"no\" today,” Lee said."
    assert [text[s:e] for s, e in find_quotes(text)] == ["He said \"no\" today,"]


def test_a_straight_mark_where_only_a_closer_stands_closes_a_curly_quotation() -> None:
    text = "“Our roads are crumbling,\" she said. \"Families wait.” “It is odd,“ Lee said."
    assert [text[s:e] for s, e in find_quotes(text)] == [
        "Our roads are crumbling,", "Families wait.", "It is odd,"]
    assert _spans(text)[0] == ("said", "she", "“Our roads are crumbling,\" | \"Families wait.”")


def test_no_relative_lead_when_the_content_has_its_own_subject() -> None:
    text = "The deal, which Lee said he would sign, was delayed."
    assert _spans(text) == [("said", "Lee", "he would sign")]


#: One sentence per shape: what the PolNeAR evaluator sees, ``(cue, source, content)``.
_SHAPES = [
    pytest.param("The rebels, armed by one neighbour and opposed by another, held on.",
                 [],
                 id="coordinated_stance_cue_is_not_a_passive"),
    pytest.param("The senator thanked the volunteers.",
                 [("thanked", "The senator", "the volunteers")],
                 id="new_stance_cue_words"),
    pytest.param("The mayor barely mentioned the budget.",
                 [("barely mentioned", "The mayor", "the budget")],
                 id="adverb_in_ly_between_source_and_cue"),
    pytest.param("His family said the loss was hard.",
                 [("said", "His family", "the loss was hard")],
                 id="a_noun_in_ly_after_a_determiner_is_a_source"),
    pytest.param("The board doesn’t want the merger.",
                 [("doesn’t want", "The board", "the merger")],
                 id="contracted_negation_before_a_cue"),
    pytest.param("The senator will not support the cuts.",
                 [("will not support", "The senator", "the cuts")],
                 id="noun_cue_after_an_auxiliary_is_a_verb"),
    pytest.param("Recent surveys show Lee with a wide lead.",
                 [("show", "Recent surveys", "Lee with a wide lead")],
                 id="noun_cue_in_base_form_after_a_plural_subject_before_its_object"),
    pytest.param("Lee warned against the deal.",
                 [("warned against", "Lee", "the deal")],
                 id="preposition_before_the_content_goes_with_the_cue"),
    pytest.param("Carter however said the talks would go on.",
                 [("however said", "Carter", "the talks would go on")],
                 id="however_between_source_and_cue"),
    pytest.param("It seems likely that the vote will pass.",
                 [("seems", None, "likely that the vote will pass")],
                 id="it_seems_has_no_subject_part"),
    pytest.param("“It will not pass,” Lee said of the plan.",
                 [("said", "Lee", "“It will not pass,”")],
                 id="of_after_a_quotation_tag_is_not_part_of_the_cue"),
    pytest.param("A city paper published Monday said the mayor had resigned.",
                 [("said", "A city paper published Monday", "the mayor had resigned")],
                 id="source_with_a_participle_and_a_date_after_its_noun"),
    pytest.param("Exit polls conducted by a local firm show the mayor ahead.",
                 [("show", "Exit polls conducted by a local firm", "the mayor ahead")],
                 id="source_with_a_participle_and_its_agent"),
    pytest.param("He said the new rule was fair.",
                 [("said", "He", "the new rule was fair")],
                 id="a_pronoun_before_a_participle_is_no_modified_source"),
    pytest.param("Six in 10 say the mayor is honest.",
                 [("say", "Six in 10", "the mayor is honest")],
                 id="n_in_10_is_a_plural_subject"),
    pytest.param("The mayor now says the budget is too small.",
                 [("now says", "The mayor", "the budget is too small")],
                 id="time_adverb_between_source_and_cue"),
    pytest.param("Residents met the council and say the road is unsafe.",
                 [("say", "Residents", "the road is unsafe")],
                 id="coordinated_base_form_cue"),
    pytest.param("The council says little, but she notes the budget is late.",
                 [("says", "The council", "little"),
                  ("notes", "she", "the budget is late")],
                 id="a_subject_pronoun_makes_a_noun_cue_a_verb"),
    pytest.param("The mayor is seeking a third term.",
                 [("is seeking", "The mayor", "a third term")],
                 id="progressive_gerund_cue_is_a_finite_verb"),
    pytest.param("The union agreed to end the strike.",
                 [("agreed", "The union", "to end the strike")],
                 id="agree_with_a_bare_complement_is_a_stance"),
    pytest.param("When asked by a reporter on Monday whether she would run, Lee smiled.",
                 [("asked", "a reporter", "whether she would run")],
                 id="asked_with_phrases_before_the_question"),
    pytest.param("The group, which said the plan would fail, sued the city.",
                 [("said", "which", "the plan would fail")],
                 id="which_after_a_comma_is_a_source"),
    pytest.param("The plan was said to be dead.",
                 [("was said", None, "The plan | to be dead")],
                 id="sourceless_passive_report_verb"),
    pytest.param('" The plan is dead, " said Ann Lee, then a nurse at the clinic.',
                 [("said", "Ann Lee, then a nurse at the clinic", '" The plan is dead, "')],
                 id="quotation_tag_with_spaced_quotes_and_a_long_appositive"),
    pytest.param("“We will win,” Lee said confidently.",
                 [("said confidently", "Lee", "“We will win,”")],
                 id="adverb_that_ends_the_clause_goes_with_the_cue"),
    pytest.param("Many fear the worst, but most said the plan would work.",
                 [("fear", "Many", "the worst"), ("said", "most", "the plan would work")],
                 id="quantifier_opening_a_clause_is_a_subject"),
    pytest.param("Some reports say the plan failed.",
                 [("say", "Some reports", "the plan failed")],
                 id="quantifier_before_a_noun_is_a_determiner"),
    pytest.param("“The budget is late,” Lee notes.",
                 [("notes", "Lee", "“The budget is late,”")],
                 id="noun_like_cue_in_a_quotation_tag_is_a_verb"),
    pytest.param("Recent polls show he leads the race.",
                 [("show", "Recent polls", "he leads the race")],
                 id="subject_pronoun_opens_the_clause_after_a_noun_like_cue"),
    pytest.param("The mayor then went on to say the budget was late.",
                 [("then went on to say", "The mayor", "the budget was late")],
                 id="went_on_to_before_a_cue_is_part_of_it"),
    pytest.param("ANN LEE: We will cut the budget, and she said so.",
                 [(":", "ANN LEE", "We will cut the budget, and she said so.")],
                 id="transcript_speaker_label"),
    pytest.param("UPDATE: The council met on Friday.",
                 [],
                 id="a_paragraph_label_that_names_no_speaker"),
    pytest.param('Lee said that " the plan works. " Kim doubted that it would last.',
                 [("said", "Lee", 'that " the plan works. "'),
                  ("doubted", "Kim", "that it would last")],
                 id="closing_mark_set_apart_ends_the_sentence_before_it"),
    pytest.param("Lee told her aides that the plan works.",
                 [("told", "Lee", "that the plan works")],
                 id="recipient_her_and_noun_before_that"),
    pytest.param("Lee told her the plan works.",
                 [("told", "Lee", "the plan works")],
                 id="recipient_her_alone"),
    pytest.param("“The plan works,” said Ann Lee, whose group does not endorse candidates. “It "
                 "will pass.”",
                 [("said", "Ann Lee", "“The plan works,” | “It will pass.”"),
                  ("does not endorse", "group", "candidates")],
                 id="quotation_after_a_relative_clause_continues_the_tag"),
    pytest.param("Lee criticized the mayor at a crowded news conference.",
                 [("criticized", "Lee", "the mayor")],
                 id="stance_content_ends_before_the_setting_of_the_act"),
    pytest.param("Lee said the plan failed in a speech.",
                 [("said", "Lee", "the plan failed in a speech")],
                 id="reported_clause_keeps_a_setting"),
    pytest.param("Lee said “We will see,” when asked about the vote.",
                 [("said", "Lee", "“We will see,”"), ("asked about", None, "the vote")],
                 id="content_ends_before_when_asked"),
    pytest.param("Lee said that while polls showed a lead, the race was close.",
                 [("said", "Lee", "that while polls showed a lead, the race was close")],
                 id="frame_right_after_that_opens_a_clause_inside_the_content"),
    pytest.param("Lee pointed out that if the mayor backed him, he would back the mayor.",
                 [("pointed out", "Lee", "that if the mayor backed him, he would back the mayor")],
                 id="frame_after_a_conditional_clause_inside_the_content"),
    pytest.param("Another delegate, Ann Lee, said the plan fails.",
                 [("said", "Another delegate, Ann Lee,", "the plan fails")],
                 id="opening_appositive_source_is_not_read_as_content"),
    pytest.param("The plan fails, said the mayor.",
                 [("said", "the mayor", "The plan fails")],
                 id="inverted_source_after_a_clause"),
    pytest.param("Two in three said they would vote.",
                 [("said", "Two in three", "they would vote")],
                 id="number_in_number_is_a_subject"),
    pytest.param("Two said they would vote.",
                 [("said", "Two", "they would vote")],
                 id="number_opening_a_clause_is_a_subject"),
]


@pytest.mark.parametrize(("text", "expected"), _SHAPES)
def test_frame_shape(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _spans(text) == expected


def test_noun_in_ly_after_a_name_is_part_of_an_inverted_source() -> None:
    """``ally`` after a name is a noun, not an adverb: the source runs through it."""
    assert _spans("“The mayor is a friend,” said Kim ally Ann Lee.") == [
        ("said", "Kim ally Ann Lee", "“The mayor is a friend,”")]


def test_a_poll_or_study_finds_a_bare_complement() -> None:
    """``find`` takes a bare complement (stance option) when a poll or study finds."""
    assert _spans("A poll taken by the paper found Lee leading Kim.") == [
        ("found", "A poll taken by the paper", "Lee leading Kim")]
    assert _spans("Lee found the hall welcoming.") == []


def test_call_with_a_person_and_a_description_needs_no_quotation() -> None:
    """``called him a liar`` (stance option) names; ``called her to the stage`` does not."""
    assert _spans("The mayor called him a liar.") == [("called", "The mayor", "him a liar")]
    assert _spans("The mayor called her to the stage.") == []


def test_adjective_in_ly_opens_a_noun_phrase() -> None:
    """``early results``, ``likely voters``: an adjective in ``-ly`` before a lower-case
    noun opens the source of ``according to``."""
    assert _spans("According to early results of a poll taken for the paper, most voters "
                  "want change.")[0] == (
        "According to", "early results of a poll taken for the paper", "most voters want change")


def test_according_to_before_a_colon() -> None:
    """``According to the report: “...”``: the colon ends the source."""
    assert _spans("According to the report: “Most voters want change.”") == [
        ("According to", "the report", "“Most voters want change.”")]


def test_asked_with_which_or_an_infinitive() -> None:
    """``Asked which ...`` and ``Asked to ...`` put a question too (stance option)."""
    assert _spans("Asked which county she liked best, the mayor smiled.") == [
        ("Asked", None, "which county she liked best")]
    assert _spans("Asked to name a rival, the mayor smiled.") == [
        ("Asked", None, "to name a rival")]


def test_headline_kicker_names_no_source() -> None:
    """``Breaking: ...`` and ``The Latest: ...`` label a headline; ``ISW: ...`` is a source."""
    from eurasec.extraction.frames import headline_frame
    assert headline_frame("Breaking: Lee wins the vote", 0, 27) is None
    assert headline_frame("The Latest: Lee wins the vote", 0, 29) is None
    assert headline_frame("ISW: Lee wins the vote", 0, 22) is not None


def test_maintain_needs_a_complement_clause() -> None:
    """``maintain`` is weak: ``maintained that ...`` attributes, ``maintained a lead`` not."""
    assert _spans("The mayor maintained a narrow lead.") == []
    assert _spans("The mayor maintained that the count was fair.") == [
        ("maintained", "The mayor", "that the count was fair")]


def test_to_after_respond_belongs_to_the_cue() -> None:
    """``did not respond to`` ends with its preposition; an infinitive's ``to`` stays."""
    assert _spans("The mayor did not respond to requests for comment.") == [
        ("did not respond to", "The mayor", "requests for comment")]
    assert _spans("The mayor vowed to stay.") == [("vowed", "The mayor", "to stay")]
