"""French and Spanish grading from a monitor's or a court's own finding (fr16, issues 10/11): a court that
"conclut à la violation de l'article 3" after the facts has found them to break the law; force that a
body finds kept neither necessity nor proportionality is outside what rule 82 allows; a monitor's
finding of people kept "a oscuras", of toilets "obstruidos"/"bouchées", of access "not allowed" ("no se
permite") fixes how far the minimum is missed.  The same conditions alleged by the detainees, or named
without the court's conclusion, stay a concern.

Every passage is written for this suite.  Rows: (id, language, text, finding id, expected status, reason).
"""

from __future__ import annotations

import pytest

from assess_helpers import assess_text, check_finding

V, C = "violation_likely", "concern"

ROWS = [
    # ------------------------------------------------------------------ French
    ("echr-concludes-article-3", "fr",
     "La Cour relève que le requérant Paul Varin n'a pas disposé de l'intimité nécessaire dans l'utilisation "
     "des toilettes. Partant, elle conclut à la violation de l'article 3 de la Convention.",
     "mandela-15", V, "the Court's conclusion that the conditions before it violate Article 3"),
    ("trap-echr-complaint-only", "fr",
     "Le requérant Paul Varin se plaint de ne pas avoir disposé de l'intimité nécessaire dans l'utilisation "
     "des toilettes.",
     "mandela-15", C, "the applicant's complaint alone: an allegation"),
    ("ddd-force-not-proportionate", "fr",
     "La Défenseure des droits constate que l'usage de la force à l'encontre de Monsieur Z n'a respecté ni le "
     "principe de nécessité ni celui de proportionnalité.",
     "mandela-82", V, "force found to keep neither necessity nor proportionality: outside rule 82"),
    ("trap-ddd-force-kept-limits", "fr",
     "La Défenseure des droits constate que l'usage de la force à l'encontre de Monsieur Z était nécessaire.",
     "mandela-82", C, "force found, but nothing says it went beyond what the rule allows"),
    ("cglpl-toilets-blocked", "fr",
     "Les contrôleurs ont constaté que les toilettes des cellules du quartier B sont bouchées.",
     "mandela-15", V, "the controllers' own finding of blocked toilets: specific"),
    ("court-air-window-rule-14", "fr",
     "La cour relève que les cellules de Pontval n'ont qu'une ouverture étroite ne permettant pas un "
     "renouvellement convenable de l'air.",
     "mandela-14", C, "rule 14 read in French (the window and its air); no conclusion of the court: a concern"),
    ("court-concludes-dignity", "fr",
     "La cour relève le cloisonnement incomplet des lieux d'aisance. Les juges concluent que l'état des locaux "
     "de Pontval, aggravé par la promiscuité, révèle une atteinte à la dignité humaine.",
     "mandela-15", V, "the judges' conclusion that the premises they describe violate dignity"),
    ("trap-dignity-asked-not-found", "fr",
     "Le requérant se plaint du cloisonnement incomplet des lieux d'aisance, qui porterait atteinte à sa dignité.",
     "mandela-15", C, "the applicant's complaint, in the conditional: no conclusion of the court"),
    # ------------------------------------------------------------------ Spanish
    ("ppn-kept-in-the-dark", "es",
     "La Procuración verificó que en las celdas de castigo los detenidos permanecen a oscuras durante horas.",
     "mandela-14", V, "the body's own finding that they are kept in the dark"),
    ("trap-dark-alleged", "es",
     "Según los detenidos, en las celdas de castigo permanecen a oscuras durante horas.",
     "mandela-14", C, "the detainees' word: an allegation"),
    ("mnp-toilets-blocked", "es",
     "Durante la inspección se constató que los inodoros de las celdas están obstruidos.",
     "mandela-15", V, "the inspection's own finding of blocked toilets"),
    ("trap-toilets-alleged", "es",
     "Los internos refieren que los inodoros de las celdas están obstruidos.",
     "mandela-15", C, "the detainees' word: an allegation"),
    ("ppn-capacity-doubled", "es",
     "La Procuración constató que en el complejo de Villa Norte se duplicó la capacidad colocando camas dobles "
     "en las celdas individuales.",
     "mandela-13", V, "a prison filled to twice its capacity, found by the body: specific"),
    ("cndh-news-not-allowed", "es",
     "El Mecanismo constató que no se permite a los internos el acceso a periódicos ni a la radio.",
     "mandela-63", V, "the mechanism's own finding of news withheld: a denial is specific"),
]


@pytest.mark.parametrize("row_id,lang,text,rule,expected,reason", ROWS, ids=[r[0] for r in ROWS])
def test_fr16_grading(row_id: str, lang: str, text: str, rule: str, expected: str, reason: str) -> None:
    check_finding(assess_text(text, lang).findings, rule, expected, reason, "reasoning")
