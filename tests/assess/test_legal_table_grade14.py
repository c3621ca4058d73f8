"""The legal test table, round grade14 (issue 11): sentences of our own, one row per rule of the trade.

Each row is a short text written for the test (names, places and numbers invented), the finding it
must give (rule, status; None: no finding for that rule) and a one-line reason.  The rows come from
the causes of disagreement found on fresh real text (court opinions at every stage, findings letters,
country reports, ombudsman case notes, UN reports) read as a detention-monitoring lawyer would:
the law's own name of ill-treatment ("treatment or punishment", "cruel and unusual punishment") read
as a sanction; a party's "contentions" not read as its claim; a lower court's dismissal on the merits
that the writing court affirms; a reporting clause closing a sentence after a list ("..., dirty, and
infested, the charity reported"); a body named after the verb ("..., said Amnesty International");
a cell's name ("an isolation cell") read as isolation described; filth in the clause read as how far
the space falls short; a restraint a monitor calls cruel and degrading not read under rule 1; a bare
floor and the food families must bring not read as facts; food cut "to discipline him" not read as a
sanction; a party's argument ("arguing that ... do not constitute cruel and unusual punishment") read as
the court's lawful holding; a claim named by its cause of action ("his conditions claim") read as a
claim made.
"""

from __future__ import annotations

import pytest
from assess_helpers import assess_text, check_finding

V, C, I, OK = "violation_likely", "concern", "insufficient_information", "compliant"

# (id, text, lang, finding id, expected status, reason)
ROWS = [
    # --- the law's name of ill-treatment is no sanction -----------------------------------------------------
    ("cidt-formula-restraint-self-harm", "Inspection report. Staff kept a man at Norwood prison in waist "
     "restraints for nineteen hours a day for six weeks to stop him harming himself. The Ombudsman found that "
     "this prolonged use of handcuffs amounts to cruel, inhuman or degrading treatment or punishment.", None,
     "mandela-43-2", None,
     "'treatment or punishment' names ill-treatment; the restraint was for self-harm, not a sanction"),
    ("eighth-amendment-formula-restraint", "FINDINGS OF FACT. The court finds that officers kept Tomas Reyes "
     "chained to his bunk for two days after he cut his arm, and holds that this was cruel and unusual "
     "punishment.", None, "mandela-43-2", None,
     "the Eighth Amendment's 'cruel and unusual punishment' is the test applied, not a sanction imposed"),
    ("restraint-as-punishment-stays", "Inspection report. Staff kept prisoners who had refused orders in leg "
     "irons for three days as a punishment.", None, "mandela-43-2", V,
     "counter-example: a restraint imposed as a punishment is the sanction rule 43(2) forbids"),
    # --- a party's contentions are its claim ------------------------------------------------------------------
    ("plaintiffs-contentions-list", "MEMORANDUM OPINION. The plaintiffs made the following contentions about the "
     "east wing: (1) that the showers are slick, moldy and grimy; (2) that the toilets back up into the cells.",
     None, "mandela-15", C, "a list of the plaintiffs' contentions is their word, not the court's finding"),
    ("petitioner-contention-that", "OPINION. Petitioner's contention is that the cell was filthy and smeared "
     "with excrement for a month.", None, "mandela-15", C,
     "'contention' is a claim as much as 'contends': one allegation"),
    # --- a dismissal on the merits, affirmed -------------------------------------------------------------------
    ("affirmed-dismissal-as-frivolous", "PER CURIAM. Omar Keel appeals the district court's dismissal of his "
     "complaint alleging that he lived for twenty days in a cell without a mattress. The district court "
     "dismissed the complaint as frivolous. After review of the record, we AFFIRM.", None, "mandela-21", I,
     "the claim the lower court dismissed on the merits, affirmed: rejected, no breach finding"),
    ("reversed-dismissal-stays-claim", "PER CURIAM. Omar Keel appeals the district court's dismissal of his "
     "complaint alleging that he lived for twenty days in a cell without a mattress. The district court "
     "dismissed the complaint as frivolous. We reverse and remand.", None, "mandela-21", C,
     "counter-example: a dismissal reversed on appeal leaves the claim a claim, a concern"),
    # --- a closing reporting clause frames the whole sentence ---------------------------------------------------
    ("closing-clause-after-list", "Country report. The cells of the Barrow remand centre are overcrowded, dirty, "
     "and infested with rats, the charity reported.", None, "mandela-15", C,
     "the charity's report, list and all: one NGO's allegation, a concern"),
    ("closing-clause-inverted-name", "Country report. The cells of the Barrow remand centre are filthy, and "
     "infested with rats, said Amnesty International.", None, "mandela-15", C,
     "the speaker named after 'said' is Amnesty International, not a word before the comma"),
    ("closing-clause-inspectors-stays", "The cells of the Barrow remand centre are filthy, dirty, and infested "
     "with rats, the inspectors reported.", None, "mandela-15", V,
     "counter-example: the same sentence closed by the inspectors is their finding"),
    ("new-clause-own-speaker-stays", "Inspection report. The cells of the Barrow remand centre were filthy and "
     "infested with rats, and a detainee said that the food was cold.", None, "mandela-15", V,
     "counter-example: a new clause with its own speaker does not take the report's own sentence from it"),
    # --- a cell's name is not isolation described ---------------------------------------------------------------
    ("isolation-cell-name-prolonged", "OPINION. After a fight, prison officials placed Lee Harlan in an isolation "
     "cell for 30 days as a punishment.", None, "mandela-43-1-b", C,
     "'an isolation cell' names the place, like 'a segregation cell': prolonged, contact not shown, a concern"),
    ("held-in-isolation-described-stays", "OPINION. After a fight, prison officials held Lee Harlan alone in "
     "isolation, without contact with anyone, for 30 days as a punishment.", None, "mandela-43-1-b", V,
     "counter-example: isolation described (alone, no contact) for 30 days is prolonged solitary confinement"),
    # --- filth in overcrowded cells ------------------------------------------------------------------------------
    ("filth-beside-overcrowded", "Visit report. We found detainees held for weeks in overcrowded, dark and filthy "
     "police cells.", None, "mandela-13", V,
     "a monitor's own finding of overcrowded, dark and filthy cells: the accommodation fails rule 13's health "
     "requirements, and the filth says how far"),
    ("filth-still-grades-hygiene", "Visit report. We found detainees held for weeks in overcrowded, dark and "
     "filthy police cells.", None, "mandela-15", V,
     "counter-example: the filth is established and says how far hygiene falls short"),
    ("overcrowded-severely-stays", "Visit report. We found detainees held for weeks in severely overcrowded "
     "police cells.", None, "mandela-13", V,
     "counter-example: 'severely' overcrowded says how far the space falls short"),
    # --- facts a monitor states that were not read ----------------------------------------------------------------
    ("nothing-but-concrete-floor", "Visit report. We found detainees held for weeks in police cells with nothing "
     "but a concrete floor to lie on.", None, "mandela-21", V,
     "a monitor's own finding that there is nothing to lie on but the floor: no bed at all, how far is said"),
    ("families-task-to-bring-food", "Visit report. We found that it is the task of their families to bring them "
     "food.", None, "mandela-22", C,
     "food the families must bring is food the prison does not give; how far it falls short is not said"),
    ("families-allowed-to-bring-food-stays", "Visit report. Families were allowed to bring them food on Sundays.",
     None, "mandela-22", None, "counter-example: a permission to bring food is no shortfall"),
    # --- a restraint a body calls ill-treatment is rule 1's ----------------------------------------------------------
    ("restraint-called-degrading-by-ombudsman", "Inspection report. Staff kept a man at Norwood prison in waist "
     "restraints for nineteen hours a day for six weeks. The Ombudsman described this use of restraints as cruel "
     "and degrading.", None, "mandela-1", V,
     "the Ombudsman's own word that the restraint was cruel and degrading: established ill-treatment"),
    ("restraint-not-degrading-stays", "FINDINGS OF FACT. The court finds that officers kept Dan Hale in leg "
     "restraints during his transport to the hospital, and that this use of restraints was not cruel or degrading.",
     None, "mandela-1", None, "counter-example: a restraint found not degrading is no ill-treatment"),
    ("restraint-called-degrading-by-plaintiff", "COMPLAINT. Plaintiff Ivo Brandt alleges that guards kept him "
     "shackled to a bed for three days, which he says was cruel and degrading.", None, "mandela-1", C,
     "the same words in the plaintiff's mouth: one allegation, a concern"),
    # --- food cut to discipline is a sanction ---------------------------------------------------------------------
    ("diet-cut-to-discipline-alleged", "MEMORANDUM OPINION. Ray Colt alleges that the warden restricted his diet to "
     "nutri-loaf for thirty days to discipline him.", None, "mandela-43-1-d", C,
     "food cut 'to discipline him' is a sanction; alleged on the pleadings, a concern"),
    ("diet-cut-to-discipline-found", "FINDINGS OF FACT. The court finds that the warden restricted Ray Colt's diet "
     "to bread and water for ten days to discipline him.", None, "mandela-43-1-d", V,
     "the court's own finding that food was cut to discipline him: an absolute prohibition, established"),
    # --- a claim named by its cause of action is a noun ------------------------------------------------------------
    ("conditions-claim-noun", "OPINION. On these fact findings we hold that Abel Kray's sleeping for a year on the "
     "floor of a flooded cell established his unsanitary-conditions claim.", None, "mandela-21", V,
     "'conditions claim' is the claim's name, no one claiming: the court's own holding on the facts it found"),
    ("inmates-claim-verb-stays", "OPINION. Abel Kray and other inmates claim that they slept on the floor of a "
     "flooded cell for a year.", None, "mandela-21", C,
     "counter-example: 'inmates claim that' is their claim, a concern"),
]


@pytest.mark.parametrize("text, lang, finding_id, expected, reason",
                         [pytest.param(t, lang, i, s, r, id=n) for n, t, lang, i, s, r in ROWS])
def test_legal_table_grade14(text, lang, finding_id, expected, reason):
    check_finding(assess_text(text, lang).findings, finding_id, expected, reason, "basis")


def test_rows_have_reasons_and_unique_ids():
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids))
    assert all(r[5] and r[4] in (V, C, I, OK, None) for r in ROWS)


def test_a_partys_argument_is_no_lawful_holding():
    """'Moved to dismiss, arguing that the restrictions do not constitute cruel and unusual punishment' is the
    defendant's argument: the finding does not say the court held the conditions lawful."""
    text = ("MEMORANDUM OPINION. Ray Colt alleges that the warden restricted his diet to nutri-loaf for thirty days to "
            "discipline him. The warden has moved to dismiss the complaint, arguing that dietary restrictions do not "
            "constitute cruel and unusual punishment.")
    got = check_finding(assess_text(text).findings, "mandela-43-1-d", C, "an allegation on the pleadings")
    assert "held the conditions lawful" not in got.reasoning, got.reasoning


def test_the_courts_own_lawful_holding_stays_noted():
    """Counter-example: the court's own holding that the diet was not cruel and unusual is noted."""
    text = ("OPINION. The court finds that the warden restricted Ray Colt's diet to nutri-loaf for thirty days to "
            "discipline him. The court holds that this restriction was not cruel and unusual punishment.")
    got = check_finding(assess_text(text).findings, "mandela-43-1-d", V, "the court's finding of the sanction")
    assert "held the conditions lawful" in got.reasoning, got.reasoning
