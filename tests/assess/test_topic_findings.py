"""A topic a document raises without a fact opens the rules of its area as insufficient information.

"Relief in three areas: meals, laundry and yard time", "the plaintiffs challenge the conditions
on death row", "su preocupación por las deficientes condiciones de internamiento": the text
raises a condition of detention and gives nothing that can be measured.  Extraction records a
``TopicMention`` (not a fact); the assessment opens the rules of its area as
``insufficient_information``, resting on the mention, with the rule's questions.  A topic word
in a recommendation, a norm, a body's mandate, a citation, a statement of the law or a
supposition stays quiet, and a fact ("the food was adequate") speaks for itself.

The sentences are the project's own, written for these tests.
"""

from __future__ import annotations

import json

import pytest

import dignity
from dignity.model import Assessment, Extraction

#: (language, sentence, expected): a rule id the topic opens as insufficient information; None:
#: no topic finding at all (a trap that must stay quiet); "fact:<rule>": the rule rests on a
#: fact the sentence gives, and no topic finding replaces it
CASES = [
    # English: raised
    ("en", "The consent decree granted the class relief in three areas: meals, laundry and yard time.", "mandela-22"),
    ("en", "The consent decree granted the class relief in three areas: meals, laundry and yard time.", "mandela-23"),
    ("en", "The inmates filed suit alleging that the conditions of confinement in "
           "the county jail were unconstitutional.", "mandela-13"),
    ("en", "The plaintiffs challenge the conditions on death row under the Eighth Amendment.", "mandela-44"),
    ("en", "He complains about the medical care at the jail.", "mandela-24"),
    ("en", "He complains that the medical care at the jail was denied to him for weeks.", "fact:mandela-24"),
    ("en", "The inspectors expressed serious concern about the food served to the "
           "women held in the unit.", "mandela-22"),
    ("en", "The prison was placed on lockdown for most of the spring after a staff strike.", "mandela-23"),
    ("en", "The district court ordered the sheriff to remedy the sanitation in the old wing.", "mandela-15"),
    ("en", "The petition challenges the conditions of administrative segregation at the prison.", "fact:mandela-44"),
    ("en", "The prisoners challenge the conditions on death row as cruel and unusual.", "mandela-44"),
    ("en", "The detainees' grievances about personal hygiene went unanswered for months.", "mandela-18"),
    # (2026-12-07) clothing never washed is now read as a fact (bedding_clothing, alleged)
    ("en", "Plaintiffs claim that the clothing issued to them was never washed.", "fact:mandela-19"),
    # English: quiet
    ("en", "The Committee recommends that the State ensure adequate food and exercise for all detainees.", None),
    ("en", "Every prisoner shall be provided with food of nutritional value adequate for health.", None),
    ("en", "The mandate of the inspectorate covers food, exercise, hygiene and medical care in every prison.", None),
    ("en", "See Smith v. Jones, 501 F.2d 100 (holding that a claim about food stated a violation).", None),
    ("en", "Courts have held that the denial of exercise may violate the Eighth Amendment.", None),
    ("en", "If the food were inadequate, the inmates could complain to the warden.", None),
    ("en", "The food served in the unit was adequate and the inmates ate three meals a day.", None),
    ("en", "The warden described the menu and the kitchen staff at length.", None),
    ("en", "He brought a claim under the free exercise clause about his prayer schedule.", None),
    ("en", "The chaplain held services and the library was open on weekdays.", None),
    # Spanish: raised
    ("es", "La Comisión expresa su preocupación por las deficientes condiciones "
           "de internamiento de los adolescentes.", "mandela-13"),
    ("es", "Los internos presentaron quejas sobre la alimentación en el penal.", "fact:mandela-22"),
    ("es", "La sentencia concedió el amparo en materia de alimentación y visitas.", "mandela-22"),
    ("es", "Los internos presentaron una queja por la mala alimentación que reciben en el penal.", "fact:mandela-22"),
    ("es", "La recomendación versa sobre violaciones al trato digno de las "
           "personas internas en el centro.", "mandela-13"),
    ("es", "El juez ordenó a las autoridades revisar el régimen de recreación de los internos.", "mandela-23"),
    ("es", "Los familiares presentaron una queja sobre la atención médica en el centro.", "mandela-24"),
    ("es", "La Comisión expresó su preocupación por los servicios sanitarios del módulo de mujeres.", "mandela-15"),
    ("es", "Los reclusos alegan que el régimen de aislamiento vulnera sus derechos.", "fact:mandela-44"),
    ("es", "Los condenados impugnan las condiciones del corredor de la muerte.", "mandela-44"),
    ("es", "La suspensión del régimen de visitas y actividades durante la huelga "
           "del personal afectó a todos los internos.", "mandela-23"),
    ("es", "La acción de tutela reclama por la higiene personal de los internos.", "mandela-18"),
    ("es", "Las personas privadas de libertad denunciaron que la ropa de cama nunca se lava.", "mandela-21"),
    # Spanish: quiet
    ("es", "Se recomienda a las autoridades garantizar una alimentación suficiente y el ejercicio diario.", None),
    ("es", "Toda persona privada de libertad tiene derecho a una alimentación adecuada y a atención médica.", None),
    ("es", "El mandato del Mecanismo comprende la alimentación, la higiene personal y la atención médica.", None),
    ("es", "Véase la jurisprudencia sobre condiciones de reclusión deficientes en otros países.", None),
    ("es", "La alimentación que reciben los internos es suficiente y de buena calidad.", None),
    ("es", "El ejercicio de sus derechos fue objeto de queja ante el juez.", None),
    ("es", "La Comisión visitó el centro y entrevistó al director y al personal de cocina.", None),
    ("es", "Si la comida fuera deficiente, los internos podrían presentar una queja.", None),
    ("es", "El ejercicio fiscal de la institución presenta graves deficiencias contables.", None),
    ("es", "Las autoridades deberán garantizar condiciones de internamiento dignas.", None),
    # French: raised
    ("fr", "Le requérant se plaint des conditions de détention dans la maison d'arrêt.", "mandela-13"),
    ("fr", "Le requérant se plaint de la nourriture servie à la maison d'arrêt.", "fact:mandela-22"),
    ("fr", "Le Contrôleur exprime sa préoccupation au sujet des repas.", "mandela-22"),
    ("fr", "Le requérant allègue que la nourriture servie était insuffisante pour sa santé.", "fact:mandela-22"),
    ("fr", "Le juge des référés a ordonné à l'administration d'organiser les promenades des détenus.", "mandela-23"),
    ("fr", "Le Contrôleur exprime sa préoccupation au sujet de l'accès aux soins "
           "des personnes détenues.", "mandela-24"),
    ("fr", "Le requérant dénonce son placement au quartier disciplinaire.", "fact:mandela-44"),
    ("fr", "Le requérant conteste les conditions de sa détention dans le couloir de la mort.", "mandela-44"),
    ("fr", "Un mouvement de grève des surveillants a entraîné la suspension du régime ordinaire.", "mandela-23"),
    ("fr", "Les détenus dénoncent l'état des installations sanitaires de la coursive.", "mandela-15"),
    ("fr", "L'Observatoire dénonce la situation de l'hygiène corporelle des détenus.", "mandela-18"),
    ("fr", "Les détenus se plaignent de la literie.", "mandela-21"),
    ("fr", "Le requérant se plaint de conditions matérielles indignes.", "mandela-13"),
    # French: quiet
    ("fr", "Le Comité recommande que les autorités veillent à une alimentation suffisante pour tous.", None),
    ("fr", "Toute personne détenue a droit à des soins médicaux et à une promenade quotidienne.", None),
    ("fr", "Le mandat du Contrôleur couvre les conditions de détention, l'alimentation et les soins.", None),
    ("fr", "Voir Cour EDH, arrêt sur les conditions de détention indignes, 2016.", None),
    ("fr", "La nourriture servie aux détenus est suffisante et variée.", None),
    ("fr", "Il a ordonné le nettoyage des cours de promenade.", None),
    ("fr", "La directrice a présenté l'établissement et son personnel aux contrôleurs.", None),
    ("fr", "Si la nourriture était insuffisante, les détenus pourraient saisir le juge.", None),
    ("fr", "Le juge a ordonné des mesures pour l'hygiène des cuisines.", None),
    ("fr", "La jurisprudence rappelle que des conditions de détention indignes violent l'article 3.", None),
]



def _assess(lang: str, text: str) -> Assessment:
    doc = dignity.load_document(text).model_copy(update={"language": lang})
    return dignity.assess(doc)


def _ids(case: tuple[str, str, str | None]) -> str:
    return f"{case[0]}-{case[2] or 'quiet'}-{case[1][:40]}"


@pytest.mark.parametrize("lang,text,expected", CASES, ids=[_ids(c) for c in CASES])
def test_topic_table(lang: str, text: str, expected: str | None) -> None:
    a = _assess(lang, text)
    from_topics = {x.rule: x for x in a.findings if x.topics}
    if expected is None:
        assert not from_topics, [(x.rule, x.basis) for x in from_topics.values()]
    elif expected.startswith("fact:"):
        rule = expected[5:]
        assert rule in {x.rule for x in a.findings if not x.topics}
        assert rule not in from_topics
    else:
        assert expected in from_topics, (sorted(from_topics), [(t.topic, t.context) for t in a.topics])
        x = from_topics[expected]
        assert x.status == "insufficient_information"
        assert not x.facts and not x.counter_facts
        assert x.questions
        assert "without a fact that can be measured" in x.basis
        assert any(s.startswith("topic mention ") for s in x.trace)
        assert x.trace[-1] == "status: insufficient_information"
        assert set(x.topics) <= {t.id for t in a.topics}


def test_counts_per_language() -> None:
    for lang in ("en", "es", "fr"):
        raised = [c for c in CASES if c[0] == lang and c[2] and not c[2].startswith("fact:")]
        quiet = [c for c in CASES if c[0] == lang and c[2] is None]
        assert len(raised) >= 10 and len(quiet) >= 8, lang


def test_mentions_are_not_facts() -> None:
    """The same facts with and without the topic layer: mentions never become facts."""
    from dignity.extract.engine import default_extractor

    for lang, text, _ in CASES:
        doc = dignity.load_document(text).model_copy(update={"language": lang})
        ex = default_extractor(lang)
        got = ex.extract_document(doc)
        assert [f.model_dump() for f in got.facts] == [f.model_dump() for f in ex.facts(doc)]


def test_relief_list_names_each_area() -> None:
    a = _assess("en", "The judgment granted the class relief in four areas: cell time, food, laundry and exercise.")
    topics = {t.topic: t for t in a.topics}
    assert {"food", "clothing", "exercise"} <= set(topics)
    assert all(t.context == "relief" for t in topics.values())
    t = topics["food"]
    ev = t.evidence[0]
    assert a.documents[0].text[ev.start:ev.end] == ev.text == "food"
    assert "food_water" in t.types


def test_a_fact_is_never_overridden() -> None:
    """A rule that rests on a fact keeps its finding; the topic adds none beside it."""
    a = _assess("en", "The plaintiffs complain about the food. They received one meal a day, which was spoiled.")
    r22 = [x for x in a.findings if x.rule == "mandela-22"]
    assert r22 and all(not x.topics for x in r22)
    assert r22[0].status in ("violation_likely", "concern")


def test_specific_topic_outranks_conditions_in_general() -> None:
    a = _assess("en", "Plaintiffs argue that the conditions of confinement on death row violate the Eighth Amendment.")
    assert [t.topic for t in a.topics] == ["isolation"]
    assert "mandela-13" not in {x.rule for x in a.findings}


def test_no_fact_at_all_names_the_detainees() -> None:
    a = _assess("es", "La Comisión expresa su preocupación por las deficientes condiciones de internamiento.")
    x = next(x for x in a.findings if x.rule == "mandela-13")
    assert x.topics and x.subject == "las personas privadas de libertad de las que habla el documento"


def test_json_round_trip_and_empty_topics_left_out() -> None:
    a = _assess("en", "The inmates filed suit alleging that the conditions of "
                      "confinement in the jail were unconstitutional.")
    data = json.loads(a.model_dump_json())
    assert data["topics"] and data["topics"][0]["topic"] == "conditions"
    assert Assessment.model_validate(data).topics == a.topics
    x = next(f for f in data["findings"] if f["rule"] == "mandela-13")
    assert x["topics"] == [a.topics[0].id]
    quiet = json.loads(_assess("en", "The library was open on weekdays.").model_dump_json())
    assert "topics" not in quiet
    assert all("topics" not in f for f in quiet["findings"])
    assert "topics" not in json.loads(Extraction().model_dump_json())


def test_lexicons_load_and_name_known_topics() -> None:
    from dignity.extract.topics import load_topics, topic_specs

    specs = topic_specs()
    for lang in ("en", "es", "fr"):
        finder = load_topics(lang)
        assert finder is not None
        assert set(finder.terms) | set(finder.alone) <= set(specs)
        assert {"claim", "relief", "concern"} <= set(finder.cues)
        assert {"recommendation", "norm", "mandate", "citation"} <= set(finder.quiet)


def test_unknown_topic_is_a_config_error() -> None:
    from dignity.errors import ConfigError
    from dignity.extract.topics import TopicFinder

    data = {"cues": {"claim": ["x"]}, "terms": {"no_such_topic": ["food"]}}
    with pytest.raises(ConfigError):
        TopicFinder(data, "test")
