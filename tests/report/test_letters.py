"""Golden structure of the three letters on the seed article: their headings, one
measure per finding that is violation_likely or concern, [TO CONFIRM: ...] where the
documents are silent, no placeholder left; DOCX with real headings; PDF text."""

from __future__ import annotations

import io
import re

import pytest
from report_poppler import pdf_text

from dignity.report import LetterOptions, render_letter, render_letter_markdown
from dignity.report.letters import CONFIRM_RE, load_measures

KINDS = ("visit", "rapporteur", "authorities")

HEADINGS = {
    "visit": ["# Request for a monitoring visit to Metropolitan Correctional Center", "## Why we ask to visit",
              "## What we ask", "## Our undertakings", "## Sources"],
    "rapporteur": ["# Communication concerning Joaquin Guzman Loera", "## 1. The alleged victim",
                   "## 2. The place of detention", "## 3. Dates",
                   "## 4. The authorities involved and the alleged perpetrators", "## 5. What happened",
                   "## 6. Steps already taken", "## 7. The submitting organisation", "## 8. Consent", "## Sources"],
    "authorities": ["# Request for measures concerning the detention of Joaquin Guzman Loera",
                    "## Measures requested", "## Information requested", "## Reply", "## Sources"],
}


@pytest.fixture(scope="module")
def letters(seed_data):
    return {k: render_letter_markdown(k, seed_data) for k in KINDS}


@pytest.mark.parametrize("kind", KINDS)
def test_headings_in_order(letters, kind):
    lines = [line for line in letters[kind].splitlines() if line.startswith("#")]
    positions = [lines.index(h) for h in HEADINGS[kind]]
    assert positions == sorted(positions), lines


@pytest.mark.parametrize("kind", KINDS)
def test_no_placeholder_left(letters, kind):
    md = letters[kind]
    assert "{{" not in md and "}}" not in md and "{%" not in md
    assert "None" not in md and "Undefined" not in md
    # an empty value left behind: a label with nothing after it, empty brackets, "Dear ,", "at ."
    assert not re.search(r"\*\*[^*\n]+:\*\*\s*$|\(\s*\)|\[\s*\]|Dear\s*,|\b(at|of|to|by)\s*[.,;]", md, re.M)


@pytest.mark.parametrize("kind", KINDS)
def test_unknowns_marked_to_confirm(letters, kind):
    md = letters[kind]
    markers = CONFIRM_RE.findall(md)
    assert "[TO CONFIRM: your name]" in markers  # no --sender given
    assert all(len(m) > len("[TO CONFIRM: ]") for m in markers)
    if kind == "rapporteur":
        for what in ("date of birth or age", "nationality", "sex", "yes or no"):
            assert f"[TO CONFIRM: {what}]" in md
        assert "[TO CONFIRM: court applications or other remedies tried" in md  # steps taken domestically
        assert "[TO CONFIRM: whether the alleged victim or the family consents" in md


def test_authorities_one_measure_per_serious_finding(letters, seed_data):
    md = letters["authorities"]
    serious = [f for f in seed_data.ordered_findings() if str(f.status) in ("violation_likely", "concern")]
    assert len(serious) >= 3  # the seed article: constant light, family contact, lawyer ...
    measures = re.findall(r"^### Measure (\d+): (.+)$", md, re.M)
    assert [int(n) for n, _ in measures] == list(range(1, len(serious) + 1))
    # a Mandela rule by its number ("rule 43(1)(c)"), another standard's by its citation
    # ("ICCPR art. 14(3)(b), (d)"); binding treaties before soft law within a status
    expected = [f"{f.citation}, " if f.standard_id != "mandela" else f"rule {f.number}, " for f in serious]
    assert all(head.startswith(want) for (_, head), want in zip(measures, expected)), measures
    assert md.count("**We ask that you**") == len(serious)
    for f in serious:
        rule = f.citation if f.standard_id != "mandela" else f"rule {f.number}"
        said = f"**What {rule} requires.**"
        assert said in md
    lights = md.split(": rule 43(1)(c), ")[1].split("### Measure")[0]
    assert "lights are on 24 hours" in lights and "dimmed or switched off at night" in lights


def test_rapporteur_fields_from_the_documents(letters, seed_data):
    md = letters["rapporteur"]
    victim = md.split("## 1. The alleged victim")[1].split("## 2.")[0]
    assert "**Name:** Joaquin Guzman Loera" in victim
    assert "awaiting trial" in victim
    assert "**Name of the place:** Metropolitan Correctional Center" in md
    authorities = md.split("## 4.")[1].split("## 5.")[0]
    assert "The government" in authorities and "stated reason" in authorities
    happened = md.split("## 5. What happened")[1].split("## 6.")[0]
    # binding treaties are cited first, so the Mandela rule need not be 5.1
    assert re.search(r"^### 5\.\d+ Rule 43\(1\)\(c\)", happened, re.M) and "lights are on 24 hours" in happened
    for f in seed_data.actionable():
        if f.counter_facts:  # the evidence that cuts the other way
            block = happened.split(f"Rule {f.number}: ")[1].split("\n### ")[0]
            assert "Against this, the documents also say:" in block, f.id
    steps = md.split("## 6. Steps already taken")[1].split("## 7.")[0]
    assert "seeking permission to visit the federal jail" in steps  # Amnesty's request, from the article


def test_visit_names_the_conditions_and_the_monitor(letters):
    md = letters["visit"]
    why = md.split("## Why we ask to visit")[1].split("## What we ask")[0]
    assert "Rule 43(1)(c), No dark or permanently lit cell" in why
    assert "Amnesty International" in why
    assert "[TO CONFIRM: proposed date or dates of the visit]" in md


def test_sender_and_organisation_fill_the_markers(seed_data):
    md = render_letter_markdown("visit", seed_data, LetterOptions(sender="Maria Chen", organisation="Watch Group",
                                                                  recipient="The Warden"))
    assert "[TO CONFIRM: your name]" not in md and "[TO CONFIRM: your organisation]" not in md
    assert "**Maria Chen**" in md and "Watch Group" in md and "Dear The Warden," in md


@pytest.mark.parametrize("kind", KINDS)
def test_docx_opens_with_headings(seed_data, kind):
    import docx

    d = docx.Document(io.BytesIO(render_letter(kind, seed_data, "docx", LetterOptions(sender="Maria Chen"))))
    headings = [(p.style.name, p.text) for p in d.paragraphs if p.style.name.startswith("Heading")]
    expected = [(f"Heading {h.count('#', 0, 4)}", h.lstrip("# ")) for h in HEADINGS[kind]]
    for item in expected:
        assert item in headings, (item, headings)
    assert d.core_properties.author == "Maria Chen"
    text = "\n".join(p.text for p in d.paragraphs)
    assert "**" not in text and "\\" not in text  # Markdown does not leak into Word
    marked = [r for p in d.paragraphs for r in p.runs if r.text.startswith("[TO CONFIRM:")]
    assert marked and all(r.font.highlight_color is not None for r in marked)


def test_authorities_docx_has_one_heading_per_measure(seed_data):
    import docx

    d = docx.Document(io.BytesIO(render_letter("authorities", seed_data, "docx")))
    measures = [p.text for p in d.paragraphs if p.style.name == "Heading 3" and p.text.startswith("Measure ")]
    assert len(measures) == len(seed_data.actionable()) >= 3


def test_letter_pdf_text(seed_data, tmp_path):
    pdf = render_letter("authorities", seed_data, "pdf")
    assert pdf.startswith(b"%PDF-")
    text = " ".join(pdf_text(pdf, tmp_path).split())
    assert "Request for measures concerning the detention of Joaquin Guzman Loera" in text
    assert re.search(r"Measure \d+: rule 119", text)  # rule 44 (a definition) asks for no measure
    assert "[TO CONFIRM: your name]" in text


def test_every_rule_has_a_measure():
    from dignity.assess.registry import rule_index

    measures = load_measures()
    rules = set(rule_index())  # every installed standard's rules
    assert rules <= set(measures), sorted(rules - set(measures))
    unknown = {k for k in measures if k not in rules and k.rsplit("-", 1)[0] not in rules
               and not any(k.startswith(r + "-") for r in rules)}
    assert not unknown
    for text in measures.values():
        assert text[0].islower() and not text.endswith(".")  # reads after "We ask that you "


def test_letter_on_documents_without_findings():
    import dignity
    from dignity.report import ReportData

    data = ReportData.from_assessment(dignity.assess("The weather was fine on Tuesday."), date="2026-01-01")
    md = render_letter_markdown("authorities", data)
    assert "[TO CONFIRM: the measures to ask for" in md
    assert "[TO CONFIRM: the detainee's full name]" in md
    assert "[TO CONFIRM: the place of detention]" in md
