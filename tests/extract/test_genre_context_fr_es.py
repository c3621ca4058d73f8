"""French and Spanish context in the manner of whole genres (issue 12): what a sentence's
frame does to the facts in it, not new condition words.

- a PDF's layout: a word cut by a hyphen at the end of a line ("iso-\\nlement") is read
  whole, a compound keeps its hyphen ("vingt-\\ndeux"), a hard-wrapped line goes on;
- a judgment's part on the general principles is about people in general, every
  sentence of it, until the judgment turns to the case ("En l'espèce", "el caso concreto");
- a conceding "si" ("si la cellule disposait d'une fenêtre, celle-ci était obstruée")
  grants a fact; a "si" with a conditional in its sentence stays a hypothesis;
- "il convient de relever que", "debe señalarse que": the writer's observation, not a norm;
- no complaint about care, care that "doit être améliorée": no fact of a lack of care;
- an exception ends a denial ("aucune activité, à l'exception d'une heure de promenade"),
  and "aucune activité n'est proposée au quartier d'isolement" denies the activities, not
  the isolation.

Every sentence is written for this suite (no document's text); each construction comes
with its trap beside it.
"""

from __future__ import annotations


import pytest

from dignity.model import Fact

from extract_helpers import counted, describe, reader


def _has(facts: list[Fact], type_: str, negated: bool | None = None) -> bool:
    return any(negated is None or f.negated == negated for f in counted(facts, type_))


# (lang, type, negated, text): a fact the evaluation counts, with that negation
COUNTED = [
    # ---- a word cut at the end of a line, read whole
    ("fr", "solitary", False, "M. Lemoine a été placé à l'iso-\nlement dès son arrivée."),
    ("fr", "sanitation", False, "Les matelas sont infestés de punai-\nses de lit selon les contrôleurs."),
    ("fr", "no_natural_light", False, "La cellule de M. Vidal ne comporte aucune fe-\nnêtre."),
    ("fr", "food_water", False, "Plusieurs détenus se plaignent de sous-\nalimentation depuis l'été."),
    ("es", "confinement_hours", False, "El señor Ruiz permanecía encerrado en su ce-\nlda veintiún horas al día."),
    ("es", "bedding_clothing", False, "Las internas duermen en el suelo por falta de colcho-\nnes."),
    # ---- after the general principles, the case
    ("fr", "cell_space", False,
     "b) Principes généraux\n90. La Cour rappelle que l'espace personnel est un facteur important.\n"
     "c) Application de ces principes au cas d'espèce\n91. Le requérant a disposé de 2,4 m² pendant "
     "neuf mois à la prison de Montclair."),
    ("fr", "confinement_hours", False,
     "a) Principes applicables\n70. Des détenus restant enfermés vingt-trois heures par jour peuvent être "
     "soumis à une épreuve excessive.\n71. En l'espèce, le requérant restait enfermé vingt-deux heures par "
     "jour dans sa cellule."),
    ("es", "overcrowding", False,
     "Principios generales\n40. La Corte reitera que el Estado es garante de las personas privadas de libertad.\n"
     "El caso concreto\n41. El señor Torres fue recluido en una celda hacinada con otros nueve internos."),
    # ---- a conceding "si"
    ("fr", "no_natural_light", False,
     "Si la cellule de M. Perret disposait d'une fenêtre, celle-ci était obstruée par un caillebotis."),
    ("fr", "confinement_hours", False,
     "S'il bénéficiait d'une promenade quotidienne, le requérant restait enfermé vingt-deux heures par jour."),
    ("fr", "bedding_clothing", False,
     "Même s'il disposait d'un lit, M. Garnier dormait sur un matelas posé au sol."),
    ("es", "confinement_hours", False,
     "Si el interno salía al patio, permanecía encerrado en su celda veintidós horas al día."),
    ("es", "sanitation", False,
     "Si la celda contaba con un inodoro, este no funcionaba desde hacía meses."),
    # ---- the writer's observation
    ("fr", "bedding_clothing", False,
     "Il convient de relever que les femmes détenues dorment sur des matelas posés à même le sol."),
    ("fr", "exercise_outdoor", False,
     "Il convient également de noter que M. Brun n'a bénéficié d'aucune promenade pendant un mois."),
    ("es", "bedding_clothing", False,
     "Debe señalarse que los internos del pabellón duermen en el piso sin colchón."),
    ("es", "sanitation", False,
     "Cabe destacar que las celdas carecen de sanitarios y los internos usan bolsas."),
    # ---- a lack of care stays one beside a complaint
    ("fr", "medical_care", False,
     "Les plaintes des détenus concernant l'absence de soins dentaires restent sans réponse."),
    ("es", "medical_care", False, "El interno no recibió atención médica durante tres semanas."),
    # ---- an exception is asserted; a denial of activities leaves the isolation asserted
    ("fr", "exercise_time", False,
     "M. Picard ne bénéficiait d'aucune activité à l'exception d'une heure de promenade par jour."),
    ("fr", "exercise_time", False,
     "Les détenus du quartier n'ont aucune activité si ce n'est une promenade d'une heure par jour."),
    ("fr", "solitary", False, "Aucune activité n'est proposée aux personnes placées au quartier d'isolement."),
    ("fr", "solitary", False, "Aucune activité ne leur était offerte au quartier disciplinaire."),
    ("es", "exercise_time", False,
     "Los internos no tienen ninguna actividad con excepción de una hora diaria de patio."),
    ("es", "exercise_time", False,
     "Las internas no realizan actividad alguna fuera de una hora de patio al día."),
    # a second "que" clause is not under the first one's denial
    ("fr", "solitary", False,
     "M. Aubert soutient que les fouilles n'étaient pas motivées et qu'il était placé à l'isolement."),
    ("es", "solitary", False,
     "La interna afirma que no fue informada de la sanción y que permaneció en aislamiento veinte días."),
    # what a detainee says of not having seen anyone
    ("fr", "medical_care", False, "Plusieurs femmes ont indiqué ne pas avoir vu de médecin depuis leur arrivée."),
    ("fr", "bedding_clothing", False, "Les détenus déclarent ne pas avoir eu de couverture pendant l'hiver."),
    # the items after "ni" are deprived as the first one is, not denied
    ("fr", "work_programmes", False,
     "Mme Petit n'a pas eu la possibilité de travailler ni de suivre une formation durant sa détention."),
    ("es", "work_programmes", False, "El interno no tuvo la posibilidad de trabajar ni de estudiar en el penal."),
    ("es", "family_calls", False, "No se permite a las internas comunicarse por teléfono con sus familiares."),
    # a remedy that failed leaves the wrong in place
    ("fr", "overcrowding", False, "Les mesures prises n'ont pas permis de remédier à la surpopulation du quartier."),
    ("fr", "sanitation", False,
     "La campagne de désinsectisation n'a pas suffi à mettre fin à la prolifération des cafards."),
    ("es", "overcrowding", False, "Las medidas adoptadas no han permitido superar el hacinamiento del penal."),
    ("es", "sanitation", False, "La fumigación no logró poner fin a la plaga de chinches en las celdas."),
    # Spanish reports: a place without what separation needs, a cell for two where eight live
    ("es", "separation", False, "El penal no cuenta con áreas para la separación de procesados y sentenciados."),
    ("es", "overcrowding", False,
     "Las internas están recluidas en celdas con capacidad para dos personas, en las que habitan hasta siete."),
    # a report's count of the people in a unit; a delay to see a psychiatrist
    ("fr", "solitary", False, "Le jour du contrôle, le quartier d'isolement hébergeait cinq personnes."),
    ("fr", "medical_care", False, "Le délai pour obtenir un rendez-vous avec un psychiatre dépasse quatre mois."),
    ("fr", "cell_space", False, "Il ne bénéficiait que de 2 m² dans une cellule partagée avec deux codétenus."),
    # traps of the negation: a person denied as the subject still denies the clause
    ("fr", "solitary", True, "Aucun détenu n'a été placé à l'isolement au cours de l'année."),
    ("es", "solitary", True, "El interno no fue aislado en ningún momento de su reclusión."),
    ("fr", "medical_care", True, "M. Fabre n'a jamais été privé de soins durant sa détention."),
    # "aucune séparation entre les prévenus et ...": the status of those held is not denied
    ("fr", "pretrial_status", False, "Il n'existe aucune séparation entre les prévenus et les condamnés."),
]

# (lang, type, text): no fact of that type that the evaluation counts
NOT_COUNTED = [
    # the general principles: general, however concrete
    ("fr", "cell_space",
     "a) Principes généraux\n88. La Cour rappelle que l'article 3 consacre une valeur fondamentale.\n"
     "89. Lorsque les détenus disposent de moins de 3 m² d'espace personnel, le manque d'espace est "
     "considéré comme si grave qu'une forte présomption de violation se fait jour."),
    ("fr", "confinement_hours",
     "Principes applicables\n59. La Cour rappelle sa jurisprudence sur l'article 3 de la Convention.\n"
     "60. Dans l'affaire Durand, les détenus "
     "restaient enfermés vingt-trois heures par jour sans activité."),
    ("es", "confinement_hours",
     "Principios generales\n29. La Corte reitera su jurisprudencia sobre el hábeas corpus.\n"
     "30. En casos anteriores, los internos "
     "permanecían encerrados veintitrés horas al día sin actividad alguna."),
    # a monitor's reminder of the law, a numbered recommendation, a norm on people "placed" somewhere
    ("fr", "solitary", "Le CGLPL rappelle que le placement à l'isolement ne doit pas devenir une sanction déguisée."),
    ("fr", "solitary", "RECOMMANDATION 7 : Les personnes placées au quartier disciplinaire doivent avoir accès au "
                       "téléphone."),
    ("fr", "solitary", "Les personnes placées au quartier d'isolement doivent bénéficier d'une promenade quotidienne."),
    ("es", "solitary", "Esta Comisión Nacional recuerda que el aislamiento no debe utilizarse como castigo."),
    ("es", "solitary", "RECOMENDACIÓN 4: Los internos sancionados con aislamiento deben tener acceso al teléfono."),
    ("es", "exercise_time", "Los internos en aislamiento deben poder salir al patio una hora al día."),
    # a unit's capacity is no one held there
    ("fr", "solitary", "Le quartier d'isolement peut accueillir douze personnes."),
    ("fr", "cell_space", "Les détenus disposent d'une cour de promenade de 40 m²."),
    # a room lacking is no temperature
    ("es", "temperature", "Las mujeres no cuentan con dormitorios separados de los hombres."),
    # a "si" with a conditional stays a hypothesis
    ("fr", "overcrowding", "Si le requérant était détenu dans une cellule surpeuplée, il aurait droit à réparation."),
    ("es", "overcrowding", "Si el interno estuviera en una celda hacinada, tendría derecho a una indemnización."),
    # and so does a rule in the present: "si un détenu est placé ..., il conserve ..."
    ("fr", "solitary", "Si une personne est placée au quartier disciplinaire, elle conserve le droit de téléphoner."),
    ("fr", "exercise_outdoor", "S'ils sont privés de promenade, les détenus peuvent saisir le juge."),
    # a norm stays a norm
    ("fr", "exercise_time", "Il convient que chaque détenu puisse bénéficier d'une heure de promenade par jour."),
    ("fr", "exercise_time",
     "Les personnes placées à l'isolement doivent pouvoir bénéficier d'une promenade d'une heure par jour."),
    # no complaint, a waiting time to shorten
    ("fr", "medical_care", "Aucune plainte relative à l'accès aux soins n'a été enregistrée cette année."),
    ("fr", "medical_care", "Les détenus n'ont formulé aucune plainte concernant la prise en charge médicale."),
    ("fr", "medical_care", "Les délais d'attente pour une consultation dentaire doivent être réduits."),
    ("fr", "medical_care", "Les délais de prise en charge psychiatrique doivent être sensiblement raccourcis."),
    ("es", "medical_care", "No hubo quejas respecto del acceso a los servicios médicos."),
    ("es", "medical_care", "No se recibió ninguna queja sobre la atención médica del penal."),
    ("es", "complaints", "No hubo quejas de los internos durante la visita."),
]


@pytest.mark.parametrize("lang,type_,negated,text", COUNTED)
def test_counted(read, lang, type_, negated, text):
    facts = read[lang](text)
    assert _has(facts, type_, negated), f"{type_} (negated={negated}) in {text!r}: {describe(facts)}"
    # and never the other way as well (a type counts once per passage and negation)
    assert not _has(facts, type_, not negated), f"{type_} also negated={not negated}: {describe(facts)}"


@pytest.mark.parametrize("lang,type_,text", NOT_COUNTED)
def test_not_counted(read, lang, type_, text):
    facts = read[lang](text)
    assert not counted(facts, type_), f"no counted {type_} in {text!r}: {describe(facts)}"


def test_principles_run_into_the_text(read):
    """A judgment's headings run into one paragraph: the principles stay general up to the
    case, the last principle too, though the splitter joins it to the heading after it."""
    facts = read["fr"](
        "B. Appréciation de la Cour a) Principes généraux 70. La Cour rappelle que l ' article 3 de la "
        "Convention consacre une valeur fondamentale. 71. Lorsque des détenus restent enfermés vingt-trois "
        "heures par jour, la situation est préoccupante. b) Application de ces principes au cas d ' espèce "
        "72. Or, en l ' espèce, M. Royer restait enfermé vingt et une heures par jour.")
    hours = {f.value for f in counted(facts, "confinement_hours")}
    assert hours == {21}, describe(facts)


def test_principles_in_english(read):
    """The same parts in an English judgment (the pack's sections)."""
    facts = reader("en")(
        "CASE OF BROWN v. THE UNITED KINGDOM\n(a) General principles\n50. The Court reiterates that "
        "Article 3 of the Convention enshrines a fundamental value.\n51. Where prisoners are confined to "
        "their cells for twenty-three hours a day, the situation raises concern.\n(b) Application of these "
        "principles to the present case\n52. In the present case, the applicant was confined to his cell "
        "for twenty-two hours a day.")
    hours = {f.value for f in counted(facts, "confinement_hours")}
    assert hours == {22}, describe(facts)


def test_domestic_law_part_is_general(read):
    """"II. LE DROIT ET LA PRATIQUE INTERNES PERTINENTS": what the law provides, up to the next part."""
    facts = read["fr"](
        "AFFAIRE LAMBERT c. FRANCE\nEN FAIT\nI. LES CIRCONSTANCES DE L'ESPÈCE\n10. Le requérant a été placé "
        "au quartier disciplinaire.\nII. LE DROIT ET LA PRATIQUE INTERNES PERTINENTS\n20. Le code prévoit que "
        "les détenus placés à l'isolement disposent d'une heure de promenade par jour.\nEN DROIT\n30. Le "
        "requérant se plaint d'avoir dormi sur un matelas posé au sol.")
    assert counted(facts, "solitary") and counted(facts, "bedding_clothing"), describe(facts)
    assert not counted(facts, "exercise_time"), describe(facts)


def test_exception_is_not_denied(read):
    """The exception to "aucune activité" is asserted, not denied."""
    facts = read["fr"]("Aucune activité n'était organisée, à l'exception d'une heure de promenade par jour.")
    assert not any(f.negated for f in counted(facts, "exercise_time")), describe(facts)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les détenus ne bénéficiaient d'aucune activité hors cellule, à l'exception d'une heure de "
           "promenade par jour."),
    ("fr", "M. Colin ne quittait jamais sa cellule, sauf pour une promenade d'une heure par jour."),
    ("es", "Los internos no tienen ninguna actividad fuera de la celda, salvo una hora de patio al día."),
])
def test_exception_says_only(read, lang, text):
    """A denial with its exception says "only": nothing of the sentence is denied."""
    facts = read[lang](text)
    assert not any(f.negated for t in ("confinement_hours", "exercise_time") for f in counted(facts, t)), \
        describe(facts)
    assert counted(facts, "confinement_hours") or counted(facts, "exercise_time"), describe(facts)


def test_compound_keeps_its_hyphen(read):
    """"vingt-\\ndeux" is twenty-two hours, not a word "vingtdeux"."""
    facts = read["fr"]("Le requérant restait enfermé en cellule vingt-\ndeux heures par jour.")
    hours = [f.value for f in counted(facts, "confinement_hours")]
    assert 22 in hours, describe(facts)


def test_unwrap_keeps_length_and_offsets():
    from dignity.extract import guard

    text = "placé à l'iso-\nlement. Vingt-\ndeux heures, la suite\ndu texte."
    out = guard.unwrap(text, None)
    assert len(out) == len(text)
    assert "isolement." in out and out.endswith("du texte.")
    assert out.index("Vingt") == text.index("Vingt")
    soft = "l'encel\u00adlulement individuel"
    assert guard.unwrap(soft, None).split() == ["l'encellulement", "individuel"]


def test_report_principles_stay_the_reports(read):
    """A visit report's own heading "Principes généraux" opens no general part: only a
    judgment's does."""
    facts = read["fr"]("Principes généraux\nLes contrôleurs ont constaté que trois détenus partagent "
                       "une cellule de 9 m² et dorment sur des matelas posés au sol.")
    assert counted(facts, "bedding_clothing"), describe(facts)
