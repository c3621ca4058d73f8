"""The Spanish language pack (``resources/es/``): every fact type read from Spanish
sentences in more than one construction, negation, hypotheticals and general
statements, attribution ("según", "denunciaron"), values in words and figures,
sentence splitting around Spanish abbreviations, and titles that are no facts.

Every sentence here is written for this suite; none is taken from a real document.
"""

from __future__ import annotations

import pytest

from dignity import ingest
from dignity.extract.engine import Extractor, default_extractor
from dignity.model import Fact


@pytest.fixture(scope="module")
def es() -> Extractor:
    return default_extractor("es")


def _facts(es: Extractor, text: str, date: str | None = None) -> list[Fact]:
    return es.extract_document(ingest.from_text(text, date=date)).facts


def _live(facts: list[Fact], type_: str) -> list[Fact]:
    """Facts of a type that count: about someone, not hypothetical."""
    return [f for f in facts if f.type == type_ and f.subject_kind != "general" and f.certainty != "hypothetical"]


# (fact type, sentence): each states the condition, positively (not negated)
STATED = [
    ("confinement_hours", "El señor Ortega permanece encerrado en su celda veintidós horas al día."),
    ("confinement_hours", "Los internos del ala norte pasan 23 horas diarias dentro de sus estancias."),
    ("confinement_hours", "Solo salen de sus celdas una hora al día."),
    ("solitary", "Desde su llegada fue aislado en una celda de castigo."),
    ("solitary", "La joven permaneció en régimen de aislamiento tras la riña."),
    ("solitary", "Los reclusos castigados son enviados al apando sin colchoneta."),
    ("solitary", "Lo tienen incomunicado en el área de segregación."),
    ("isolation_duration", "Estuvo en aislamiento durante cuarenta y cinco días."),
    ("isolation_duration", "Lleva dos años en una celda de aislamiento."),
    ("indefinite_isolation", "Lo mantienen aislado por tiempo indefinido, sin fecha de término."),
    ("special_regime", "Fue trasladado al Centro Penitenciario de Máxima Seguridad de la capital."),
    ("special_regime", "Desde 2019 está sometido a un régimen especial de seguridad."),
    ("no_meaningful_contact", "Pasó meses sin contacto humano con otras personas."),
    ("no_meaningful_contact", "Los guardias tienen prohibido hablarle, y solo recibe la comida a través de la puerta."),
    ("constant_light", "La luz de la celda permanece encendida día y noche."),
    ("darkness", "Durante tres días lo dejaron a oscuras en el calabozo."),
    ("no_natural_light", "Las estancias no tienen ventanas ni reciben luz natural."),
    ("cell_space", "Comparten una celda de seis metros cuadrados."),
    ("cell_space", "La estancia mide 2 por 3 metros."),
    ("overcrowding", "El dormitorio presenta un grave hacinamiento."),
    ("overcrowding", "Muchos detenidos duermen en el piso de los pasillos."),
    ("overcrowding", "En la estación hay 90 detenidos cuando su capacidad es para 30 personas."),
    ("overcrowding", "El penal, diseñado para albergar a 400 internos, alojaba a más de 1.100."),
    ("ventilation", "Los calabozos carecen de ventilación."),
    ("ventilation", "La ventilación de las celdas es deficiente."),
    ("temperature", "En verano las celdas son extremadamente calurosas."),
    ("temperature", "Los detenidos sufren un frío intenso por las noches."),
    ("sanitation", "Las celdas no cuentan con sanitarios y usan cubetas."),
    ("sanitation", "Los inodoros están rotos y sin agua."),
    ("hygiene", "No se les proporcionan artículos de higiene personal."),
    ("hygiene", "Las regaderas no funcionan desde hace meses."),
    ("bedding_clothing", "Duermen sobre planchas de concreto sin colchón."),
    ("bedding_clothing", "No se les entregan cobijas en invierno."),
    ("food_water", "La comida que reciben es insuficiente y de mala calidad."),
    ("food_water", "No hay agua potable en el módulo."),
    ("sleep_noise", "No pueden dormir por el ruido constante durante la noche."),
    ("exercise_time", "Tiene una hora de patio al día."),
    ("exercise_outdoor", "Los aislados no salen al patio nunca."),
    ("reading_news", "Se le negó el acceso a libros y periódicos."),
    ("work_programmes", "En el centro no hay actividades laborales ni educativas."),
    ("work_programmes", "Desde el traslado no ha podido continuar con sus estudios."),
    ("religion", "Se le prohibió asistir a los servicios religiosos."),
    ("family_visits", "Desde marzo no se le permiten visitas de su familia."),
    ("family_visits", "Las visitas familiares fueron suspendidas sin explicación."),
    ("family_visits", "Se le negó la visita íntima con su esposa."),
    ("family_visits", "Solo puede ver a su madre a través de un cristal."),
    ("family_calls", "No se le permite realizar llamadas telefónicas a sus familiares."),
    ("family_calls", "Las llamadas con su familia están restringidas."),
    ("correspondence", "Su correspondencia fue retenida por la dirección."),
    ("legal_access", "No pudo entrevistarse con su defensor antes de la audiencia."),
    ("legal_access", "A su abogado se le negó el acceso al penal."),
    ("legal_confidentiality", "Las entrevistas con su abogada son grabadas por el personal."),
    ("consular_access", "Nunca se notificó a su consulado de la detención."),
    ("language_interpreter", "El detenido no habla español y no contó con un intérprete."),
    ("language_interpreter", "Los custodios no hablan su idioma."),
    ("monitoring_access", "El Mecanismo Nacional realizó una visita sin previo aviso al centro."),
    ("monitoring_access", "A los visitadores de la Comisión se les negó el acceso al área de aislamiento."),
    ("complaints", "Fue castigado por presentar una queja ante el juez."),
    ("complaints", "Los internos no denuncian por temor a represalias."),
    ("physical_health", "Varios internos padecen tuberculosis y diabetes."),
    ("physical_health", "El interno presenta lesiones en la espalda."),
    ("mental_health", "Ha intentado suicidarse dos veces y sufre depresión."),
    ("mental_health", "Se observaron autolesiones en los brazos de varios adolescentes."),
    ("medical_care", "No recibió atención médica pese a sus heridas."),
    ("medical_care", "Los internos denuncian la falta de medicamentos."),
    ("vulnerable_person", "Entre los detenidos había dos adolescentes de quince años."),
    ("vulnerable_person", "En la celda se encontraba una mujer embarazada."),
    ("restraints", "Fue sujetado a la cama con correas durante toda la noche."),
    ("restraints", "Lo trasladaron esposado de pies y manos."),
    ("strip_search", "Los obligaron a desnudarse y hacer sentadillas."),
    ("strip_search", "A las internas se les practican revisiones corporales invasivas."),
    ("use_of_force", "Los custodios lo golpearon con toletes."),
    ("use_of_force", "La policía usó gas lacrimógeno dentro de las celdas."),
    ("collective_punishment", "Aplicaron un castigo colectivo a todo el pabellón."),
    ("pretrial_status", "Lleva cuatro años en prisión preventiva sin sentencia."),
    ("pretrial_status", "Cumple una condena de veinte años de prisión."),
    ("pretrial_status", "Permaneció detenido en una estación migratoria durante semanas."),
    ("separation", "Las mujeres comparten celdas con hombres procesados."),
    ("separation", "No existe separación entre procesados y sentenciados."),
    ("justification_security", "Lo trasladaron por razones de seguridad, alegando riesgo de fuga."),
    ("justification_security", "La dirección explicó que el aislamiento obedece a razones de seguridad."),
    ("confinement_hours", "Se les aplica un régimen de encierro de 22 horas en celda individual."),
    ("strip_search", "Denunciaron requisas vejatorias con desnudo total."),
    ("temperature", "En invierno las temperaturas en los pabellones descienden bajo cero."),
    ("reading_news", "No se le permitía leer ni escribir."),
    ("consular_access", "Los detenidos extranjeros no fueron informados de su derecho a la asistencia consular."),
    ("family_visits", "Solo tenía derecho a una visita al mes."),
    ("use_of_force", "Fue sometido a tortura durante el interrogatorio."),
    ("medical_care", "La atención en salud es deficiente y tardía."),
    ("special_regime", "Fue sometido a un régimen de internamiento especial."),
    ("overcrowding", "Se encontraban 40 personas en una celda destinada para 10."),
    ("solitary", "Los custodios lo aislaron del resto de la población."),
    ("family_visits", "Se decretó la suspensión del régimen de visitas."),
    ("medical_care", "Hay desabasto de medicamentos en el centro."),
    ("monitoring_access", "Personal de esta Comisión Nacional se constituyó en el centro penitenciario."),
    ("pretrial_status", "Se encuentra procesado por el delito de robo."),
    ("use_of_force", "Fue agredido por dos custodios durante el traslado."),
    ("food_water", "Sus familiares deben llevarles comida porque la del penal no alcanza."),
    ("hygiene", "Las internas deben comprar sus artículos de higiene."),
    ("legal_access", "No ha tenido contacto con su abogado desde su detención."),
    ("family_visits", "El interno, que tiene derecho a recibir visitas, no ha podido ver a su familia desde enero."),
    ("family_visits", "Pasó tres meses sin que se le permitiera recibir visitas."),
    ("cell_space", "Las celdas son de reducidas dimensiones."),
    ("work_programmes", "Se constató la inexistencia de actividades educativas."),
    ("overcrowding", "Por lo general, los internos duermen en el suelo."),
    ("sanitation", "No tenía acceso a servicios sanitarios y hacía sus necesidades en una bolsa."),
    ("food_water", "Recibía alimentos una sola vez al día."),
    ("family_visits", "Las visitas eran una vez al mes y sin contacto físico."),
    ("ventilation", "La celda carecía de ventilación."),
    ("temperature", "Las temperaturas eran extremas en el pabellón."),
    ("pretrial_status", "La mayoría de las personas detenidas no había sido condenada."),
    ("separation", "Los centros de detención no cuentan con áreas separadas para mujeres."),
    ("mental_health", "El joven se ahorcó en su celda."),
    ("sanitation", "Las celdas estaban infestadas de chinches y cucarachas."),
    ("medical_care", "El director no le ha suministrado los medicamentos que requiere."),
    ("family_visits", "Nunca se le ha permitido recibir visitas de su esposa."),
    ("bedding_clothing", "No se les han entregado colchones."),
    ("complaints", "No existe un libro de registro de quejas."),
    ("family_calls", "Los internos sancionados no tienen acceso al teléfono."),
    ("restraints", "Se utilizaron medios coercitivos en doce ocasiones durante el último año."),
    ("use_of_force", "Su madre refirió que presenta golpes en el rostro."),
    ("physical_health", "El interno presentaba huellas de violencia en los brazos."),
    ("solitary", "El interno se encuentra en el área de tratamientos especiales."),
    ("solitary", "Estuvo confinado en una celda de manera solitaria."),
    ("family_visits", "Sus familiares no pueden ingresar al centro."),
    ("family_visits", "La visita de sus familiares se limita a una hora cada quince días."),
    ("medical_care", "La atención médica se brinda de manera irregular."),
]


# words that look like a condition and are not one
@pytest.mark.parametrize(("type_", "sentence"), [
    ("family_visits", "La persona privada de la libertad recibe visitas de su esposa cada domingo."),
    ("physical_health", "Fue procesado por el delito de lesiones y robo."),
    ("solitary", "Los internos con síntomas fueron puestos en aislamiento por covid."),
    ("monitoring_access", "De conformidad con la ley, la Comisión solicitó información a la dirección."),
    ("reading_news", "No existe un libro de registro de quejas."),
    ("monitoring_access", "Durante las visitas familiares los custodios revisan las bolsas."),
])
def test_lookalikes_are_no_facts(es: Extractor, type_: str, sentence: str) -> None:
    assert not _live(_facts(es, sentence), type_)


@pytest.mark.parametrize(("type_", "sentence"), STATED, ids=[f"{t}-{i}" for i, (t, _s) in enumerate(STATED)])
def test_each_type_is_read(es: Extractor, type_: str, sentence: str) -> None:
    facts = _live(_facts(es, sentence), type_)
    assert facts, f"no {type_} in {sentence!r}: {[(f.type, f.negated) for f in _facts(es, sentence)]}"
    assert any(not f.negated for f in facts)


# (fact type, sentence): the condition is said NOT to hold
NEGATED = [
    ("solitary", "El interno no está aislado."),
    ("solitary", "Nunca fue enviado a una celda de castigo."),
    ("overcrowding", "No se observó hacinamiento en el centro."),
    ("overcrowding", "El área tiene capacidad para 96 menores y en la visita se encontró una población de 57."),
    ("use_of_force", "Nunca fue golpeado por los custodios."),
    ("restraints", "En ese centro no se utiliza la sujeción mecánica."),
    ("justification_security", "Fue trasladado de módulo sin ninguna justificación."),
]


@pytest.mark.parametrize(("type_", "sentence"), NEGATED)
def test_negation(es: Extractor, type_: str, sentence: str) -> None:
    facts = _live(_facts(es, sentence), type_)
    assert facts and all(f.negated for f in facts), [(f.type, f.negated) for f in facts]


# a deprivation's own "no" is no negation: the fact holds
@pytest.mark.parametrize("sentence", [
    "No se le permiten visitas.",
    "No tienen acceso a agua potable.",
    "Nunca recibió atención médica.",
])
def test_deprivation_words_are_not_negation(es: Extractor, sentence: str) -> None:
    facts = [f for f in _facts(es, sentence) if f.subject_kind != "general"]
    assert facts and all(not f.negated for f in facts), [(f.type, f.negated) for f in facts]


# requests, recommendations and conditions: the words are found, but no fact counts
HYPOTHETICAL = [
    ("family_visits", "La Comisión recomienda que no se restrinjan las visitas familiares."),
    ("solitary", "Si lo mantienen aislado, su salud empeorará."),
    ("legal_access", "Su madre pidió que no se le impida entrevistarse con su defensor."),
    ("medical_care", "Las autoridades deberían evitar la falta de medicamentos."),
    ("use_of_force", "Se recomienda vigilar los pasillos para evitar posibles golpizas."),
]


@pytest.mark.parametrize(("type_", "sentence"), HYPOTHETICAL)
def test_hypothetical(es: Extractor, type_: str, sentence: str) -> None:
    facts = [f for f in _facts(es, sentence) if f.type == type_]
    assert facts, f"no {type_} words found in {sentence!r}"
    assert not _live(facts, type_), [(f.type, f.certainty, f.subject_kind) for f in facts]


GENERAL = [
    ("solitary", "El aislamiento prolongado puede causar graves daños psicológicos."),
    ("family_visits", "Toda persona privada de libertad tiene derecho a que no se le nieguen las visitas."),
    ("solitary", "Las Reglas Mandela prohíben el aislamiento indefinido."),
    ("solitary", "La Corte ha señalado que el aislamiento prolongado constituye un trato cruel."),
    ("overcrowding", "Las condiciones de hacinamiento pueden constituir un trato inhumano."),
    ("restraints", "El Mecanismo recuerda que la sujeción mecánica es una medida de último recurso."),
    ("overcrowding", "El capítulo aborda temas como el hacinamiento y la alimentación."),
]


@pytest.mark.parametrize(("type_", "sentence"), GENERAL)
def test_general_statements(es: Extractor, type_: str, sentence: str) -> None:
    facts = [f for f in _facts(es, sentence) if f.type == type_]
    assert facts, f"no {type_} words found in {sentence!r}"
    assert not _live(facts, type_), [(f.type, f.certainty, f.subject_kind) for f in facts]


# titles, index lines and thematic descriptors name conditions without stating them
@pytest.mark.parametrize("text", [
    "Índice\nA.Hacinamiento y situación de la infraestructura12\nB.Aislamiento14\nC.Prisión preventiva15",
    "DERECHOS DEL INTERNO-Suministro de elementos de aseo\nESTABLECIMIENTO CARCELARIO-Hacinamiento",
    "IV. Celdas de castigo y régimen de aislamiento",
])
def test_titles_are_no_facts(es: Extractor, text: str) -> None:
    assert [f.type for f in _live(_facts(es, text), "overcrowding") + _live(_facts(es, text), "solitary")
            + _live(_facts(es, text), "hygiene") + _live(_facts(es, text), "pretrial_status")] == []


def test_attribution_segun(es: Extractor) -> None:
    f = _live(_facts(es, "Según su madre, no se le permiten visitas familiares."), "family_visits")[0]
    assert f.certainty == "alleged"
    assert "madre" in f.attributed_to


def test_attribution_segun_relato(es: Extractor) -> None:
    """'Según relató X': the speaker follows the verb of the according-to cue."""
    f = _live(_facts(es, "Según relató su hermano, el interno permanece aislado desde agosto."), "solitary")[0]
    assert f.certainty == "alleged"
    assert f.attributed_to == "su hermano"


def test_attribution_denunciaron(es: Extractor) -> None:
    f = _live(_facts(es, "Los abogados denunciaron que la visita íntima fue suspendida."), "family_visits")[0]
    assert f.certainty == "alleged"
    assert "abogados" in f.attributed_to.lower()


def test_attribution_senalo(es: Extractor) -> None:
    f = _live(_facts(es, "La defensora señaló que las celdas carecen de ventilación."), "ventilation")[0]
    assert f.certainty == "alleged"
    assert "defensora" in f.attributed_to.lower()


def test_finding_of_a_monitor_is_asserted(es: Extractor) -> None:
    f = _live(_facts(es, "La Comisión constató que los internos no tienen acceso a agua potable."), "food_water")[0]
    assert f.certainty == "asserted"
    assert "Comisión" in f.attributed_to


def test_hearsay_is_alleged(es: Extractor) -> None:
    f = _live(_facts(es, "El interno habría sido golpeado por los custodios."), "use_of_force")[0]
    assert f.certainty == "alleged"


# values: numbers in words and figures, units, per day and per week
VALUES = [
    ("confinement_hours", "Permanece encerrado en su celda veintitrés horas al día.", 23),
    ("confinement_hours", "Solo sale de su estancia una hora al día.", 23),
    ("confinement_hours", "Los internos pasan 22 horas diarias en sus celdas.", 22),
    ("exercise_time", "Tiene una hora y media de patio al día.", 1.5),
    ("exercise_time", "Salen al patio treinta minutos al día.", 0.5),
    ("exercise_time", "Le dan dos horas de patio a la semana.", 0.29),
    ("isolation_duration", "Permaneció en aislamiento durante cuarenta y cinco días.", 45),
    ("isolation_duration", "Estuvo aislado durante tres meses.", 91),
    ("cell_space", "La celda mide nueve metros cuadrados.", 9),
    ("cell_space", "Viven en una celda de 3 x 4 metros.", 12),
    ("cell_space", "Una estancia de 7,5 m2 para cuatro personas.", 7.5),
]


@pytest.mark.parametrize(("type_", "sentence", "value"), VALUES)
def test_values(es: Extractor, type_: str, sentence: str, value: float) -> None:
    facts = [f for f in _live(_facts(es, sentence), type_) if isinstance(f.value, (int, float))]
    assert facts, f"no valued {type_} in {sentence!r}"
    assert any(abs(float(f.value) - value) <= max(0.02, 0.03 * value) for f in facts), [f.value for f in facts]


def test_headcount_over_capacity_is_the_value(es: Extractor) -> None:
    f = _live(_facts(es, "El centro tiene capacidad para 1.200 internos y alberga a 3.450."), "overcrowding")[0]
    assert not f.negated
    assert f.qualifiers["headcount"] == 3450 and f.qualifiers["capacity"] == 1200


def test_cell_space_counts_who_shares_it(es: Extractor) -> None:
    f = _live(_facts(es, "La celda mide nueve metros cuadrados y la comparten cuatro internos."), "cell_space")[0]
    assert f.value == 9 and f.qualifiers["occupants"] == 4


def test_space_per_person_is_not_the_cell(es: Extractor) -> None:
    f = _live(_facts(es, "En la celda hay menos de dos metros cuadrados por persona."), "cell_space")[0]
    assert f.qualifiers.get("area_is_per_person") is True


def test_prefilter_never_changes_a_spanish_result() -> None:
    """The cheap word test before each regex (prefilter.py) skips only what cannot match."""
    fast, slow = Extractor("es"), Extractor("es")
    slow.prefilter = False
    text = "\n\n".join(sentence for _t, sentence in STATED + NEGATED + HYPOTHETICAL + GENERAL)
    key = [(f.type, f.negated, f.certainty, f.evidence[0].start) for f in _facts(fast, text)]
    assert key == [(f.type, f.negated, f.certainty, f.evidence[0].start) for f in _facts(slow, text)]


def test_sentences_split_around_spanish_abbreviations(es: Extractor) -> None:
    text = ("El Lic. Gómez visitó el penal de Puebla, Pue. el día 3. Los internos, según el Art. 5 de la Ley, "
            "no reciben visitas. La estancia núm. 4 está sucia.")
    spans = es.sentence_spans(text)
    assert len(spans) == 3
    assert text[spans[1][0]:spans[1][1]].startswith("Los internos")


def _pattern_examples() -> list[tuple[str, str, str, str]]:
    from dignity.extract.recognizer import load_recognizers

    rs = load_recognizers("es")
    return [(rid, rec.type, p.name, p.example) for rid, rec in rs.recognizers.items() for p in rec.patterns]


@pytest.mark.parametrize(("rid", "type_", "name", "example"), _pattern_examples(),
                         ids=[f"{r}.{n}" for r, _t, n, _e in _pattern_examples()])
def test_every_pattern_has_an_example_that_gives_its_fact(es: Extractor, rid: str, type_: str, name: str,
                                                          example: str | None) -> None:
    assert example, f"{rid}.{name} has no example"
    cp = next(c for c in es.recognizers.patterns(rid) if c.pattern.name == name)
    assert cp.regex.search(example), f"{rid}.{name} does not match its example {example!r}"
    assert any(f.type == type_ for f in _facts(es, example)), f"{rid}.{name}: no {type_} from {example!r}"


def test_spanish_example_ships(es: Extractor) -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "examples" / "carta-visita.txt"
    doc = ingest.load(path)
    types = {f.type for f in es.extract_document(doc).facts if f.subject_kind != "general"}
    assert {"solitary", "confinement_hours", "family_visits", "cell_space", "legal_access"} <= types


# Paraphrases (issue 12): the constructions of the labelled Spanish passages and the
# kinds of issue 10 (passive, coordination, statements about a group, durations, monitoring
# access, hypotheticals), each in words of our own and in more than one wording.  A list
# holds one fact per item; several types in one sentence are all read.
PARAPHRASES = [
    (['sanitation'], 'Los baños estaban sucios y malolientes.'),
    (['sanitation'], 'El estado de las letrinas era deplorable.'),
    (['sanitation'], 'Se constató que los sanitarios del módulo se encontraban tapados.'),
    (['sanitation', 'ventilation', 'food_water'],
     'El centro carecía de ventilación adecuada, agua potable y sanitarios.'),
    (['food_water'], 'La alimentación que se sirve a los internos es escasa y de mala calidad.'),
    (['food_water'], 'Los alimentos llegaban en mal estado.'),
    (['food_water'], 'Los reclusos reciben una sola comida al día.'),
    (['food_water'], 'El agua que beben los internos no es potable.'),
    (['hygiene'], 'Las internas no reciben toallas sanitarias ni jabón.'),
    (['hygiene'], 'Las duchas carecen de agua caliente.'),
    (['bedding_clothing'], 'Muchos internos duermen sin colchón sobre el concreto.'),
    (['bedding_clothing'], 'Los colchones estaban rotos y sucios.'),
    (['bedding_clothing'], 'No se les entregaba ropa de cama.'),
    (['ventilation'], 'Las celdas son calurosas y sin ventilación.'),
    (['ventilation'], 'En las estancias falta aire y ventilación.'),
    (['temperature'], 'Los internos padecen frío porque no tienen cobijas.'),
    (['overcrowding'], 'Las celdas, pensadas para cuatro personas, alojan a doce internos.'),
    (['overcrowding'], 'El penal opera al 180 por ciento de su capacidad.'),
    (['overcrowding'], 'La sobrepoblación en el centro alcanza el 60 %.'),
    (['overcrowding'], 'Los dormitorios están sobrepoblados.'),
    (['physical_health'], 'Los internos reportaron frecuentes enfermedades respiratorias.'),
    (['physical_health'], 'Muchos detenidos presentaban infecciones en la piel.'),
    (['medical_care'], 'Los internos enfermos no son atendidos por ningún médico.'),
    (['medical_care'], 'El centro no cuenta con personal médico.'),
    (['medical_care'], 'La atención médica es prácticamente inexistente.'),
    (['medical_care'], 'No hay médico en el penal por las noches.'),
    (['mental_health'], 'Varios internos presentaban signos de ansiedad y depresión.'),
    (['use_of_force'], 'Los internos más fuertes golpean y extorsionan a los más débiles.'),
    (['use_of_force'], 'Los guardias golpearon a varios internos durante la requisa.'),
    (['use_of_force'], 'Los detenidos fueron golpeados por los agentes.'),
    (['separation'], 'Los menores comparten celdas con presos adultos.'),
    (['separation'], 'Los procesados y los sentenciados están mezclados en los mismos pabellones.'),
    (['separation'], 'Las mujeres están recluidas junto a los hombres.'),
    (['monitoring_access'], 'Los visitadores pudieron recorrer libremente todas las áreas del centro.'),
    (['monitoring_access'], 'Se negó el ingreso al personal de la Comisión.'),
    (['monitoring_access'], 'La Cruz Roja no ha podido entrar a la prisión.'),
    (['monitoring_access'], 'La delegación visitó el centro de detención en marzo de 2019.'),
    (['monitoring_access'], 'El Mecanismo realizó una inspección al reclusorio.'),
    (['family_visits'], 'Las visitas familiares están prohibidas desde hace dos meses.'),
    (['family_visits'], 'Sus familiares no han podido visitarlo.'),
    (['family_visits'], 'La familia no puede visitarlo desde su traslado.'),
    (['family_calls'], 'No puede llamar por teléfono a su familia.'),
    (['family_calls'], 'Las llamadas a sus familiares le fueron negadas.'),
    (['legal_access'], 'No ha podido hablar con su abogado.'),
    (['legal_access'], 'Se le negó la asistencia de un defensor.'),
    (['legal_access'], 'Estuvo detenido sin acceso a un abogado durante tres días.'),
    (['solitary'], 'Lo mantuvieron aislado del resto de los internos.'),
    (['solitary'], 'Fue recluido en una celda de castigo durante quince días.'),
    (['solitary'], 'Lo colocaron en aislamiento tras la pelea.'),
    (['isolation_duration'], 'Lleva más de cuatro años en aislamiento.'),
    (['isolation_duration'], 'Ha permanecido aislado durante casi dos años.'),
    (['confinement_hours'], 'Solo sale de su celda tres horas a la semana.'),
    (['confinement_hours'], 'Pasan encerrados veintidós horas al día.'),
    (['confinement_hours'], 'Están encerrados en sus celdas 23 horas diarias.'),
    (['exercise_outdoor'], 'No ha salido al patio desde hace meses.'),
    (['work_programmes'], 'Los internos no tienen acceso a actividades educativas ni laborales.'),
    (['work_programmes'], 'No existen programas de trabajo ni de educación en el centro.'),
    (['complaints'], 'Los internos temen presentar quejas por miedo a represalias.'),
    (['complaints'], 'No existe un mecanismo para presentar quejas.'),
    (['vulnerable_person'], 'En el centro había niños de 12 años.'),
    (['pretrial_status'], 'La mayoría de los internos están en prisión preventiva.'),
    (['restraints'], 'Los internos fueron esposados a las camas.'),
    (['cell_space'], 'Cada interno dispone de menos de dos metros cuadrados.'),
    (['no_natural_light'], 'Las celdas carecen de luz natural.'),
    (['constant_light'], 'La luz permanece encendida toda la noche.'),
    (['reading_news'], 'No se le permite recibir periódicos.'),
    (['medical_care'], 'El centro no cuenta con área médica ni con medicamentos suficientes.'),
    (['medical_care'], 'Los internos manifestaron que el servicio médico no los atiende.'),
    (['medical_care'], 'La atención de salud resulta insuficiente.'),
    (['medical_care'], 'Se observó la carencia de personal de enfermería.'),
    (['sanitation'], 'En los dormitorios se observó fauna nociva.'),
    (['sanitation'], 'Las instalaciones sanitarias se encontraban en condiciones deplorables.'),
    (['food_water'], 'Los internos señalaron que la comida es insuficiente.'),
    (['food_water'], 'El suministro de agua es irregular.'),
    (['food_water'], 'No se garantiza el acceso a agua potable.'),
    (['bedding_clothing'], 'Los internos duermen en el piso por falta de camas.'),
    (['overcrowding'], 'Los internos duermen en el piso por falta de camas.'),
    (['overcrowding'], 'La población rebasa en más del doble la capacidad del centro.'),
    (['overcrowding'], 'En una celda para seis personas se alojaba a dieciocho.'),
    (['overcrowding'], 'Existe una sobrepoblación del 40 por ciento.'),
    (['hygiene'], 'No se les proporcionan artículos de aseo personal.'),
    (['hygiene'], 'Las regaderas carecen de agua.'),
    (['ventilation'], 'La celda no tiene ventilación ni iluminación natural.'),
    (['no_natural_light'], 'La celda no tiene ventilación ni iluminación natural.'),
    (['temperature'], 'Las celdas carecen de calefacción y en invierno hace mucho frío.'),
    (['solitary'], 'Los sancionados son ubicados en celdas de aislamiento.'),
    (['solitary'], 'Fue segregado en el módulo de máxima seguridad.'),
    (['isolation_duration'], 'Estuvo en la celda de castigo por quince días.'),
    (['isolation_duration'], 'Pasó seis meses aislado.'),
    (['confinement_hours'], 'Solo se les permite salir de la celda una hora diaria.'),
    (['exercise_time'], 'Tienen dos horas de patio a la semana.'),
    (['exercise_outdoor'], 'No tienen acceso al patio.'),
    (['family_visits'], 'Se suspendieron las visitas familiares.'),
    (['family_visits'], 'Las visitas de los familiares han sido restringidas.'),
    (['family_visits'], 'No ha recibido visitas de su familia desde hace un año.'),
    (['family_calls'], 'Se le negó el derecho a realizar llamadas telefónicas.'),
    (['legal_access'], 'No se le permitió comunicarse con su defensor.'),
    (['legal_access'], 'Su defensa no tuvo acceso al expediente.'),
    (['consular_access'], 'No se notificó al consulado.'),
    (['use_of_force'], 'Los custodios utilizaron gas pimienta contra los internos.'),
    (['use_of_force'], 'Denunció haber recibido golpes por parte de los custodios.'),
    (['use_of_force'], 'Los elementos de seguridad golpeaban a los internos.'),
    (['restraints'], 'Permaneció esposado durante todo el traslado.'),
    (['mental_health'], 'Los internos presentan trastornos mentales sin tratamiento.'),
    (['mental_health'], 'Se registraron tres suicidios en el último año.'),
    (['physical_health'], 'Varios internos presentan enfermedades de la piel.'),
    (['physical_health'], 'Se detectaron casos de tuberculosis entre los internos.'),
    (['vulnerable_person'], 'En el centro se encontraban recluidas mujeres embarazadas.'),
    (['vulnerable_person'], 'Había adultos mayores entre la población.'),
    (['separation'], 'No existe separación entre hombres y mujeres.'),
    (['separation'], 'Los adolescentes conviven con adultos.'),
    (['pretrial_status'], 'El 60 % de la población se encuentra sin sentencia.'),
    (['monitoring_access'], 'Visitadores adjuntos de la Comisión acudieron al centro.'),
    (['monitoring_access'], 'El Subcomité visitó cinco cárceles.'),
    (['monitoring_access'], 'Personal del Mecanismo realizó un recorrido por las instalaciones.'),
    (['complaints'], 'Los internos no presentan quejas por miedo a represalias.'),
    (['complaints'], 'Fue trasladado como represalia por denunciar los hechos.'),
    (['work_programmes'], 'No se ofrecen actividades educativas ni laborales.'),
    (['work_programmes'], 'La oferta educativa es escasa.'),
    (['collective_punishment'], 'Se castigó a todo el módulo por la fuga de un interno.'),
    (['cell_space'], 'Las celdas miden dos metros por tres.'),
    (['cell_space'], 'En una celda de 12 metros cuadrados viven ocho internos.'),
    (['special_regime'], 'Fue trasladado a un penal de máxima seguridad.'),
    # the style of court rulings, monitoring reports and injunction requests
    (['solitary'], 'El interno permaneció en régimen de sectorización durante meses.'),
    (['confinement_hours'], 'Bajo el régimen de sectorización los detenidos permanecen 23 horas encerrados.'),
    (['confinement_hours'], 'Los alojados en el pabellón pasan entre 22 y 23 horas diarias en su celda.'),
    (['solitary'], 'Se verificó la aplicación de sanciones de aislamiento en celdas individuales.'),
    (['restraints'], 'En el centro se aplican contenciones mecánicas en la cama.'),
    (['restraints'], 'El interno fue inmovilizado con correas durante 14 horas.'),
    (['sanitation'], 'Se observó que los baños se encontraban en pésimas condiciones de higiene.'),
    (['overcrowding'], 'Los internos duermen en los pasillos por falta de espacio.'),
    (['overcrowding'], 'El establecimiento tiene una capacidad para 1.200 personas y alberga a 2.800.'),
    (['overcrowding'], 'La tasa de hacinamiento supera el 150 %.'),
    (['food_water'], 'Los internos denunciaron que los alimentos se sirven crudos o descompuestos.'),
    (['food_water'], 'El agua potable se suministra solo dos horas al día.'),
    (['physical_health'],
     'Las condiciones de detención provocaron que los internos contrajeran enfermedades de la piel.'),
    (['medical_care'], 'No existe un servicio médico permanente en el establecimiento.'),
    (['medical_care'], 'Los internos no reciben los medicamentos prescritos.'),
    (['mental_health'], 'Se registraron numerosos intentos de suicidio.'),
    (['use_of_force'], 'Los agentes penitenciarios golpearon a los internos con palos.'),
    (['use_of_force'], 'La Corte consideró probado que los internos fueron sometidos a golpizas.'),
    (['use_of_force'], 'Durante la requisa los custodios dispararon balas de goma contra los internos.'),
    (['family_visits'], 'Las autoridades restringieron las visitas familiares a una vez al mes.'),
    (['family_visits'], 'Las visitas íntimas fueron suspendidas indefinidamente.'),
    (['legal_access'], 'Los internos no pueden comunicarse en privado con sus abogados.'),
    (['legal_confidentiality'], 'Los internos no pueden comunicarse en privado con sus abogados.'),
    (['consular_access'], 'No se le informó de su derecho a comunicarse con el consulado de su país.'),
    (['language_interpreter'], 'Los migrantes no contaron con un traductor.'),
    (['monitoring_access'], 'El Subcomité visitó centros penitenciarios, estaciones migratorias y comisarías.'),
    (['monitoring_access'], 'Durante la visita, el MNP se entrevistó con internos y funcionarios.'),
    (['monitoring_access'], 'Se impidió a la delegación el acceso al módulo de aislamiento.'),
    (['pretrial_status'], 'El 40 por ciento de las personas privadas de libertad se encuentra en prisión preventiva.'),
    (['vulnerable_person'], 'En las celdas se encontraron menores de edad junto a adultos.'),
    (['separation'], 'En las celdas se encontraron menores de edad junto a adultos.'),
    (['separation'], 'No existe separación entre procesados y condenados.'),
    (['work_programmes'], 'La mayoría de los internos pasa el día en el ocio, sin actividades.'),
    (['complaints'], 'Los internos no tienen forma de presentar quejas sin temor a represalias.'),
    (['ventilation'], 'Las celdas no cuentan con ventilación natural ni artificial.'),
    (['temperature'], 'Las temperaturas en el interior de las celdas superan los 40 grados.'),
    (['no_natural_light'], 'Las celdas de castigo no tienen luz natural.'),
    (['bedding_clothing'], 'Los internos duermen sobre cartones en el suelo.'),
    (['hygiene'], 'No se les entregan artículos de limpieza.'),
    (['exercise_time'], 'Los internos aislados salen al patio una hora al día.'),
    (['isolation_duration'], 'Permaneció aislado 45 días consecutivos.'),
    (['family_calls'], 'No se les permite comunicarse telefónicamente con sus familias.'),
    (['cell_space'], 'Las celdas tienen una superficie de seis metros cuadrados.'),
    (['strip_search'], 'A los internos se les obliga a desnudarse durante las requisas.'),
    # police custody, inspection findings, court facts, other words for the same things
    (['overcrowding'], 'El penal presenta una sobrepoblación de más del 200 por ciento.'),
    (['overcrowding'], 'En el dormitorio conviven 80 internos en un espacio para 20.'),
    (['overcrowding'], 'Los internos tienen que dormir por turnos.'),
    (['overcrowding'], 'El centro alberga al doble de personas de su capacidad.'),
    (['sanitation'], 'Los internos deben hacer sus necesidades en bolsas de plástico.'),
    (['sanitation'], 'El área carece de drenaje y las aguas negras corren por el patio.'),
    (['sanitation'], 'En las celdas se observaron ratas y cucarachas.'),
    (['food_water'], 'La comida se sirve en cantidades insuficientes.'),
    (['food_water'], 'Los familiares deben llevarles alimentos.'),
    (['food_water'], 'Los internos no reciben alimentación adecuada.'),
    (['hygiene'], 'Las internas no cuentan con toallas sanitarias.'),
    (['bedding_clothing'], 'Los internos no cuentan con colchones ni cobijas.'),
    (['medical_care'], 'El área médica carece de medicamentos e instrumental.'),
    (['medical_care'], 'Los internos enfermos no reciben atención médica oportuna.'),
    (['medical_care'], 'No hay médico de guardia por las noches ni los fines de semana.'),
    (['medical_care'], 'La atención médica se presta con retraso.'),
    (['mental_health'], 'Se documentaron casos de autolesiones entre los internos aislados.'),
    (['mental_health'], 'Varios internos sufren trastornos psiquiátricos sin recibir tratamiento.'),
    (['physical_health'], 'Se detectaron brotes de sarna en los dormitorios.'),
    (['use_of_force'], 'Los internos denunciaron malos tratos por parte del personal de custodia.'),
    (['use_of_force'], 'Fue golpeado en reiteradas ocasiones por los guardias.'),
    (['use_of_force'], 'Los custodios utilizaron gases lacrimógenos dentro de los pabellones.'),
    (['use_of_force'], 'Lo sometieron a asfixia con una bolsa de plástico.'),
    (['restraints'], 'Los internos eran esposados a las rejas durante horas.'),
    (['solitary'], 'Lo trasladaron al área de máxima seguridad, donde permanece aislado.'),
    (['solitary'], 'Las personas sancionadas permanecen en celdas de aislamiento sin contacto con nadie.'),
    (['solitary'], 'Cumplió una sanción en el módulo de aislamiento.'),
    (['isolation_duration'], 'Permaneció más de seis meses en régimen de aislamiento.'),
    (['isolation_duration'], 'Estuvo incomunicado durante diez días.'),
    (['confinement_hours'], 'Permanecen encerrados veinticuatro horas al día.'),
    (['confinement_hours'], 'Solo salen de sus celdas treinta minutos diarios.'),
    (['family_visits'], 'Desde su traslado no ha recibido ninguna visita.'),
    (['family_visits'], 'La visita familiar se redujo a una vez al mes.'),
    (['family_calls'], 'Las llamadas telefónicas están limitadas a cinco minutos por semana.'),
    (['legal_access'], 'El interno no ha podido entrevistarse con su defensor público.'),
    (['legal_access'], 'Su abogado no pudo ingresar al centro.'),
    (['separation'], 'Los menores de edad se encuentran recluidos con adultos.'),
    (['pretrial_status'], 'La mayoría de las personas detenidas no han sido juzgadas.'),
    (['complaints'], 'Los internos manifestaron temor a sufrir represalias si denunciaban.'),
    (['complaints'], 'Las quejas presentadas no fueron atendidas.'),
    (['work_programmes'], 'El centro no ofrece actividades de reinserción social.'),
    (['work_programmes'], 'Los internos no tienen acceso a la educación.'),
    (['monitoring_access'], 'Personal de la CNDH realizó visitas de supervisión a 15 centros.'),
    (['monitoring_access'], 'El Mecanismo Nacional de Prevención de la Tortura visitó el centro penitenciario.'),
    (['monitoring_access'], 'Se negó a los representantes de la Procuración el ingreso a los pabellones.'),
    (['ventilation'], 'Las celdas carecen de ventanas y de ventilación.'),
    (['temperature'], 'En verano las temperaturas en el pabellón son insoportables.'),
    (['no_natural_light'], 'Las celdas de aislamiento no tienen acceso a luz natural.'),
    (['cell_space'], 'Cada celda mide aproximadamente cuatro metros cuadrados.'),
    (['vulnerable_person'], 'Entre los internos había personas con discapacidad psicosocial.'),
    (['strip_search'], 'Las mujeres fueron obligadas a desnudarse frente a los custodios.'),
    # a regional court's facts, an inspectorate's findings
    (['cell_space'], 'La víctima fue recluida en una celda de dos metros por un metro y medio.'),
    (['sanitation'], 'La celda no contaba con servicio sanitario, por lo que debía orinar en una botella.'),
    (['no_natural_light'], 'La celda carecía de iluminación natural.'),
    (['food_water'], 'Durante su detención recibió alimentación insuficiente.'),
    (['solitary'], 'Fue mantenido en régimen de incomunicación durante su detención.'),
    (['isolation_duration'], 'Permaneció incomunicado durante 36 días.'),
    (['use_of_force'], 'La Corte consideró probado que fue golpeado durante su detención.'),
    (['use_of_force'], 'Los agentes le propinaron golpes y patadas.'),
    (['medical_care'], 'No recibió atención médica adecuada para sus lesiones.'),
    (['legal_access'], 'No contó con asistencia letrada durante el interrogatorio.'),
    (['consular_access'], 'No se le informó de su derecho a la asistencia consular.'),
    (['family_calls'], 'No se le permitió comunicarse con su familia tras su detención.'),
    (['family_visits'], 'Su familia no pudo visitarlo durante los primeros meses.'),
    (['solitary'], 'La Procuración constató la aplicación de la sanción de aislamiento en celda propia.'),
    (['confinement_hours'], 'Las personas sancionadas permanecen encerradas en su celda durante 23 horas diarias.'),
    (['solitary'], 'Los detenidos alojados bajo resguardo permanecen aislados del resto de la población.'),
    (['vulnerable_person'], 'Se trata de personas en situación de especial vulnerabilidad.'),
    (['restraints'], 'Se utilizó la sujeción mecánica en cinco ocasiones durante el último mes.'),
    (['restraints'], 'El interno permaneció inmovilizado en la cama durante toda la noche.'),
    (['mental_health'], 'El interno presentaba ideación suicida.'),
    (['use_of_force'], 'Varios internos relataron haber sido golpeados por funcionarios.'),
    (['strip_search'], 'Se practican cacheos con desnudo integral.'),
    (['monitoring_access'], 'El Defensor del Pueblo visitó el centro penitenciario sin previo aviso.'),
    (['monitoring_access'], 'Técnicos del MNP se entrevistaron con los internos.'),
    (['ventilation'], 'Los calabozos no disponen de ventilación natural.'),
    (['hygiene'], 'Los detenidos no tienen acceso a duchas.'),
    (['bedding_clothing'], 'Los calabozos no disponen de mantas limpias.'),
    (['sanitation'], 'Las celdas de los calabozos carecen de inodoro.'),
]


@pytest.mark.parametrize(("types", "sentence"), PARAPHRASES,
                         ids=[f"{'+'.join(t)}-{i}" for i, (t, _s) in enumerate(PARAPHRASES)])
def test_paraphrases_are_read(es: Extractor, types: list[str], sentence: str) -> None:
    facts = _facts(es, sentence)
    for type_ in types:
        live = [f for f in _live(facts, type_) if not f.negated]
        assert live, f"no {type_} in {sentence!r}: {[(f.type, f.negated, f.certainty) for f in facts]}"


# requests, recommendations, norms and adequate provision: words of a condition, no fact that counts
QUIET = [
    'Su abogado solicitó que se le permitiera llamar a sus hijos una vez a la semana.',
    'La Comisión recomienda garantizar el acceso al agua potable.',
    'El Estado debe asegurar que las celdas tengan ventilación adecuada.',
    'Toda persona privada de libertad tiene derecho a recibir atención médica.',
    'La Comisión recomienda mejorar la alimentación de los internos.',
    'Se solicitó que se autorizaran las visitas familiares.',
    'El centro cuenta con atención médica las 24 horas.',
    'Las Reglas Mandela establecen que el aislamiento no debe superar 15 días.',
    'El MNP recomienda que se dote a las celdas de ventilación adecuada.',
    'Se sugiere que se garantice la atención médica a los internos.',
    'La Comisión solicitó información sobre las condiciones de alimentación.',
    'El Estado informó que todos los internos reciben tres comidas al día.',
    'El MNP sugiere que se revise el protocolo de sujeción mecánica.',
    'La Corte recuerda que el Estado es garante de los derechos de las personas privadas de libertad.',
    'Se recomienda dotar a los calabozos de ventilación natural.',
]


@pytest.mark.parametrize("sentence", QUIET)
def test_requests_and_norms_state_no_condition(es: Extractor, sentence: str) -> None:
    facts = [f for f in _facts(es, sentence) if f.subject_kind != "general" and f.certainty != "hypothetical"
             and not f.negated]
    assert not facts, [(f.type, f.certainty, f.subject_kind) for f in facts]


# durations of an isolation: dates, "desde hace", and lengths with no number
DURATIONS = [
    ("Está en aislamiento desde 2015.", 3257, "2015"),
    ("Permanece aislado desde marzo de 2019.", 1889, "2019-03"),
    ("Desde hace ocho meses permanece en el área de segregación.", 244, None),
    ("Fue mantenido en aislamiento durante semanas.", None, None),
    ("Los internos permanecen aislados por periodos prolongados.", None, None),
    ("Estuvo en régimen de aislamiento por meses e incluso años.", None, None),
]


@pytest.mark.parametrize(("sentence", "days", "since"), DURATIONS)
def test_isolation_durations(es: Extractor, sentence: str, days: int | None, since: str | None) -> None:
    facts = _live(_facts(es, sentence, date="2024-06-01"), "isolation_duration")
    assert facts, sentence
    f = facts[0]
    if days is None:
        assert f.value is None and f.qualifiers.get("qualitative")
    else:
        assert f.value == days and f.qualifiers.get("since") == since


@pytest.mark.parametrize("sentence", ["Recibe visitas dos veces al mes.", "Sale al patio todos los días de la semana."])
def test_a_frequency_is_no_isolation(es: Extractor, sentence: str) -> None:
    assert not _live(_facts(es, sentence), "isolation_duration")


# "no ... X ni Y": both items are what the "no" denies the person; a negated list stays negated
@pytest.mark.parametrize(("sentence", "type_", "negated"), [
    ("La celda no tiene ventana ni luz natural.", "no_natural_light", False),
    ("No hay agua ni comida en el módulo.", "food_water", False),
    ("No se les da jabón ni papel higiénico.", "hygiene", False),
    ("No se observó hacinamiento ni falta de higiene.", "hygiene", True),
    ("No fue golpeado ni torturado.", "use_of_force", True),
    ("No tiene lesiones ni fracturas.", "physical_health", True),
])
def test_ni_lists(es: Extractor, sentence: str, type_: str, negated: bool) -> None:
    facts = _live(_facts(es, sentence), type_)
    assert facts and all(f.negated is negated for f in facts), [(f.type, f.negated) for f in facts]
