"""A court's or body's conclusion on the conditions it has described (round 7).

A judgment often describes the conditions in one sentence and concludes in another: "Elle estime que
les conditions de détention du requérant ont constitué un traitement dégradant", "These conditions
violate the Eighth Amendment". The established facts the conclusion follows are found to break the law,
as they are where the same words stand in the fact's own sentence; an allegation it does not credit
stays a concern, and a conclusion that the conditions do not break the law changes nothing.
"""

from __future__ import annotations

import pytest
from assess_helpers import assess_text, check_finding

_ECHR = "AFFAIRE MOREAU c. FRANCE. ARRÊT. STRASBOURG. "
_US = ("UNITED STATES DISTRICT COURT FOR THE DISTRICT OF NEVADA. FINDINGS OF FACT AND CONCLUSIONS OF LAW. "
       "Plaintiff Dale Rourke brings this action under 42 U.S.C. § 1983. ")


@pytest.mark.parametrize("text,lang,rule,status,reason", [
    (_ECHR + "Le requérant se plaint des conditions de sa détention à la maison d'arrêt de Rouen. Il soutient que les "
     "toilettes n'étaient pas séparées du reste de la cellule. La Cour observe que le Gouvernement ne conteste pas "
     "ces allégations. Elle estime que les conditions de détention du requérant ont constitué un traitement "
     "dégradant.", "fr", "mandela-15", "violation_likely",
     "an uncontested claim the Court credits, then its conclusion: found, and found to break the law"),
    (_ECHR + "Le requérant soutient que les toilettes n'étaient pas séparées du reste de la cellule. La Cour observe "
     "que le Gouvernement ne conteste pas ces allégations.", "fr", "mandela-15", "concern",
     "credited, but no conclusion and words too general to fix the shortfall: a concern"),
    ("Prisoners' relatives say that the cells of Block C had no windows. These conditions violate international "
     "standards.", "en", "mandela-14", "concern",
     "an allegation, then the author's view of it: no court or body found it, a concern"),
    (_US + "The Court finds that the cells in Unit 4 were poorly ventilated. These conditions violate the Eighth "
     "Amendment.", "en", "mandela-13", "violation_likely",
     "the court's own finding, then its conclusion that the conditions break the law"),
    (_US + "The Court finds that the cells in Unit 4 were poorly ventilated. These conditions do not violate the "
     "Eighth Amendment.", "en", "mandela-13", "concern",
     "a conclusion that the conditions do not break the law adds nothing"),
    (_US + "The Court finds that the cells in Unit 4 were poorly ventilated. Such conditions, if proven, would "
     "violate the Eighth Amendment.", "en", "mandela-13", "concern",
     "a conditional conclusion adds nothing"),
    ("SALA DE LO CONSTITUCIONAL. SENTENCIA. La Sala constató que las celdas carecían de ventilación adecuada. "
     "Tales condiciones constituyen un trato cruel, inhumano y degradante.", "es", "mandela-13", "violation_likely",
     "the court's own finding, then its conclusion"),
])
def test_a_conclusion_on_the_conditions(text: str, lang: str, rule: str, status: str, reason: str) -> None:
    check_finding(assess_text(text, lang).findings, rule, status, reason, "basis")
