"""The directional benchmark's rewrite: every sentence put in one voice, what lies between kept."""

from __future__ import annotations

from benchmark_modules import load_benchmark

directional = load_benchmark("directional")


def test_every_sentence_gets_the_lead_and_a_common_first_word_is_lowered():
    text = "The cell was dark.\n\nMr. Ortega had no mattress for a week."
    spans = [(0, 18), (20, len(text))]
    out = directional.voiced(text, "It is possible that", spans)
    assert out == "It is possible that the cell was dark.\n\nIt is possible that Mr. Ortega had no mattress for a week."


def test_a_heading_or_a_two_word_line_is_left_alone():
    text = "II. Facts\nHe was beaten twice."
    out = directional.voiced(text, "The plaintiff claims that", [(0, 9), (10, len(text))])
    assert out == "II. Facts\nThe plaintiff claims that he was beaten twice."


def test_the_voices_forbid_what_their_direction_forbids():
    assert directional._broken("alleged", {}, {"mandela-13": "violation_likely", "mandela-12": "concern"}) == [
        ("mandela-13", "none", "violation_likely")]
    assert directional._broken("rejected", {"mandela-1": "concern"}, {"mandela-1": "concern"}) == [
        ("mandela-1", "concern", "concern")]
    assert directional._broken("observed", {"mandela-45-1": "violation_likely"}, {"mandela-45-1": "concern"}) == [
        ("mandela-45-1", "violation_likely", "concern")]
    assert set(directional.WORK) == set(directional.CHECK) == {"en", "es", "fr"}
    for lang in directional.WORK:
        assert set(directional.WORK[lang]) == set(directional.CHECK[lang]) == set(directional.FORBIDDEN)
        for voice, leads in directional.CHECK[lang].items():
            assert not set(leads) & set(directional.WORK[lang][voice])


def test_a_list_items_marker_and_a_bracketed_letter_stay_before_the_lead():
    lead = directional._lead
    assert lead("(b) The cells had no light.", "It may be that") == "(b) It may be that the cells had no light."
    assert lead("2. Ordena la liberación del interno.", "Quizás") == "2. Quizás Ordena la liberación del interno."
    assert directional._lead("“[W]e find that the cells were dark.", "The plaintiff claims that") == \
        "“The plaintiff claims that [w]e find that the cells were dark."
    assert directional._lead("12 guards beat him.", "It may be that") == "12 guards beat him."
