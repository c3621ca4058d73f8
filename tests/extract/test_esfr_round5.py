"""French and Spanish, round five (esfr5): the sentences of national preventive mechanisms, ombudsmen,
human-rights commissions (CNDH/CEDH recomendaciones, Defensoría informes), CGLPL avis and rapports, Conseil
d'État and tribunal administratif référés, for every fact type, in constructions earlier rounds did not
write: clauses joined by a comma ("solo pueden salir una hora, el resto del día están encerrados" = 23
hours), the passive and reflexive passive ("se constató", "il a été constaté"), nominalised deprivations
("la falta de", "l'absence de", "le défaut de"), lists, numbers in words, hedges ("presuntamente", "selon
les témoignages"), space per person ("9 m² pour trois détenus"), the body's own finding ("constató",
"observó", "a relevé", "a constaté", asserted) against what is relayed ("refieren los internos", "selon
les détenus", alleged); and, per language, about eighty traps: a recommendation (hypothetical), a norm,
a general statement, the body's mandate or visit, the opposite condition, a word used in another sense.

Every sentence is written for this suite, not taken from a document. Rows: (language, type, sentence,
expected, certainty): expected is True for a counted, not negated fact of that type, False for none, a
number for the value one such fact must carry, a string for its label value; certainty, where given, is
what one of them must have.
"""

from __future__ import annotations

from typing import Callable

import pytest

from dignity.model import Fact

from extract_helpers import counted, describe, reader

Row = tuple[str, str, str, "bool | float | str", "str | None"]


@pytest.fixture(scope="module")
def read() -> dict[str, Callable[[str], list[Fact]]]:
    return {"fr": reader("fr"), "es": reader("es")}


ES: list[Row] = [
    # ---------------------------------------------------------------- confinement_hours
    ('es', 'confinement_hours', 'Solo pueden salir una hora, el resto del día están encerrados.', 23.0, 'asserted'),
    ('es', 'confinement_hours',
     'Se constató que los internos permanecen veintidós horas diarias en sus celdas.', 22.0, 'asserted'),
    ('es', 'confinement_hours',
     'Según refieren los internos, pasan veintitrés horas encerrados cada día.', 23.0, 'alleged'),
    ('es', 'confinement_hours',
     'Los internos salen dos horas al patio, el resto del día permanecen en la estancia.', 22.0, None),
    ('es', 'confinement_hours', 'El encierro en celda se prolonga durante 23 horas diarias.', 23.0, None),
    ('es', 'confinement_hours',
     'Se observó que las personas del área de observación permanecen encerradas todo el día.', True, None),
    # ---------------------------------------------------------------- solitary
    ('es', 'solitary',
     'Se constató que el interno se encontraba aislado en una celda del área de segregación.', True, 'asserted'),
    ('es', 'solitary', 'Presuntamente, la interna fue aislada durante su embarazo.', True, 'alleged'),
    ('es', 'solitary', 'El personal de este Organismo observó a tres internos en aislamiento.', True, 'asserted'),
    ('es', 'solitary', 'Refieren los internos que son enviados a celdas de castigo en solitario.', True, 'alleged'),
    ('es', 'solitary', 'Permanece recluido en régimen de aislamiento desde su ingreso.', True, None),
    # ---------------------------------------------------------------- isolation_duration
    ('es', 'isolation_duration', 'Permanece en aislamiento desde hace cuatro meses.', 121.0, None),
    ('es', 'isolation_duration',
     'Se constató que un interno llevaba cuarenta y cinco días en la celda de aislamiento.', 45.0, 'asserted'),
    ('es', 'isolation_duration', 'Estuvo aislado durante dos años, según su defensa.', 730.0, 'alleged'),
    ('es', 'isolation_duration', 'El aislamiento se prolongó por noventa días.', 90.0, None),
    # ---------------------------------------------------------------- indefinite_isolation
    ('es', 'indefinite_isolation', 'Fue aislado por tiempo indefinido.', True, None),
    ('es', 'indefinite_isolation', 'La medida de aislamiento no tiene fecha de término.', True, None),
    ('es', 'indefinite_isolation',
     'Se constató que el aislamiento se mantiene sin plazo determinado.', True, 'asserted'),
    # ---------------------------------------------------------------- special_regime
    ('es', 'special_regime', 'Se encuentra recluido en el módulo de máxima seguridad.', True, None),
    ('es', 'special_regime', 'Fue trasladado a un centro federal de alta seguridad.', True, None),
    ('es', 'special_regime', 'Está sujeto a un régimen de seguridad especial.', True, None),
    # ---------------------------------------------------------------- no_meaningful_contact
    ('es', 'no_meaningful_contact',
     'No tiene contacto con ninguna otra persona, salvo con los custodios que le pasan la comida por una ranura.',
     True, None),
    ('es', 'no_meaningful_contact',
     'La comunicación con el personal se realiza únicamente a través de la puerta.', True, None),
    ('es', 'no_meaningful_contact', 'Se constató la falta de contacto humano significativo.', True, 'asserted'),
    # ---------------------------------------------------------------- constant_light
    ('es', 'constant_light', 'La luz de la celda permanece encendida día y noche.', True, None),
    ('es', 'constant_light',
     'Se observó que la iluminación artificial se mantiene encendida las veinticuatro horas.', True, 'asserted'),
    ('es', 'constant_light', 'Refieren los internos que las luces nunca se apagan.', True, 'alleged'),
    # ---------------------------------------------------------------- darkness
    ('es', 'darkness',
     'La celda de castigo carece de iluminación, los internos permanecen en total oscuridad.', True, None),
    ('es', 'darkness', 'Se constató que la estancia se encontraba a oscuras.', True, 'asserted'),
    ('es', 'darkness', 'Fue encerrado en una celda sin luz.', True, None),
    # ---------------------------------------------------------------- no_natural_light
    ('es', 'no_natural_light', 'Las celdas no tienen ventanas.', True, None),
    ('es', 'no_natural_light', 'Se constató la falta de luz natural en las estancias.', True, 'asserted'),
    ('es', 'no_natural_light', 'No entra luz del día en el dormitorio.', True, None),
    # ---------------------------------------------------------------- cell_space
    ('es', 'cell_space', 'La celda mide nueve metros cuadrados y la ocupan cuatro internos.', 9.0, None),
    ('es', 'cell_space', 'Se constató que en una estancia de 12 m² conviven seis personas.', 12.0, 'asserted'),
    ('es', 'cell_space', 'Cada interno dispone de menos de dos metros cuadrados.', 2.0, None),
    ('es', 'cell_space', 'Las celdas, de 6 m², alojan a tres internos.', 6.0, None),
    ('es', 'cell_space', 'Nueve metros cuadrados para tres personas, refieren los internos.', 9.0, 'alleged'),
    # ---------------------------------------------------------------- overcrowding
    ('es', 'overcrowding', 'Se constató una sobrepoblación del 140 por ciento.', True, 'asserted'),
    ('es', 'overcrowding', 'Los internos duermen en el piso por falta de camas.', True, None),
    ('es', 'overcrowding', 'El centro, con capacidad para 300 personas, alberga a 612.', True, None),
    ('es', 'overcrowding', 'El hacinamiento es evidente: en celdas para cuatro viven doce.', True, None),
    ('es', 'overcrowding', 'Varios internos duermen en los pasillos, según refieren.', True, 'alleged'),
    # ---------------------------------------------------------------- ventilation
    ('es', 'ventilation', 'Las celdas carecen de ventilación.', True, None),
    ('es', 'ventilation', 'Se observó la falta de ventilación en los dormitorios.', True, 'asserted'),
    ('es', 'ventilation', 'El aire es irrespirable en el área de castigo, refieren los internos.', True, 'alleged'),
    # ---------------------------------------------------------------- temperature
    ('es', 'temperature', 'En verano la temperatura en las celdas supera los 40 grados.', True, None),
    ('es', 'temperature', 'Los internos refieren que pasan frío por la noche.', True, 'alleged'),
    ('es', 'temperature', 'Se constató un calor excesivo en los dormitorios.', True, 'asserted'),
    # ---------------------------------------------------------------- sanitation
    ('es', 'sanitation', 'Los sanitarios no funcionan y no hay agua corriente.', True, None),
    ('es', 'sanitation', 'Se constató la falta de servicio sanitario en las celdas.', True, 'asserted'),
    ('es', 'sanitation', 'El inodoro se encuentra dentro de la celda, a la vista de los demás.', True, None),
    ('es', 'sanitation', 'Las personas deben hacer sus necesidades en una cubeta.', True, None),
    # ---------------------------------------------------------------- hygiene
    ('es', 'hygiene', 'No se les proporcionan artículos de aseo personal.', True, None),
    ('es', 'hygiene', 'La falta de regaderas obliga a los internos a bañarse con cubetas.', True, None),
    ('es', 'hygiene', 'Solo pueden ducharse una vez por semana.', True, None),
    # ---------------------------------------------------------------- bedding_clothing
    ('es', 'bedding_clothing', 'Los internos duermen sobre planchas de concreto, sin colchón.', True, None),
    ('es', 'bedding_clothing', 'Se constató la carencia de colchones y cobijas.', True, 'asserted'),
    ('es', 'bedding_clothing', 'No se les entrega ropa de abrigo.', True, None),
    # ---------------------------------------------------------------- food_water
    ('es', 'food_water', 'La comida se sirve una sola vez al día.', True, None),
    ('es', 'food_water', 'Se constató la falta de agua potable.', True, 'asserted'),
    ('es', 'food_water', 'Refieren los internos que los alimentos llegan en mal estado.', True, 'alleged'),
    # ---------------------------------------------------------------- sleep_noise
    ('es', 'sleep_noise', 'El ruido constante impide dormir a los internos.', True, None),
    ('es', 'sleep_noise',
     'Los custodios pasan lista durante la noche, lo que interrumpe el sueño de los internos.', True, None),
    ('es', 'sleep_noise', 'Se despierta a los internos cada dos horas durante la noche.', True, None),
    # ---------------------------------------------------------------- exercise_time
    ('es', 'exercise_time', 'Salen al patio una hora diaria.', 1.0, None),
    ('es', 'exercise_time', 'Disponen de dos horas de patio al día.', 2.0, None),
    ('es', 'exercise_time', 'Se constató que solo tienen treinta minutos de patio al día.', 0.5, 'asserted'),
    # ---------------------------------------------------------------- exercise_outdoor
    ('es', 'exercise_outdoor', 'No cuentan con un espacio para realizar actividades al aire libre.', True, None),
    ('es', 'exercise_outdoor', 'El patio es un espacio techado y enrejado, sin acceso al aire libre.', True, None),
    ('es', 'exercise_outdoor', 'Salen a un patio cubierto con malla.', True, None),
    # ---------------------------------------------------------------- reading_news
    ('es', 'reading_news', 'No tienen acceso a libros, periódicos ni televisión.', True, None),
    ('es', 'reading_news', 'Se constató la falta de acceso a medios de información.', True, 'asserted'),
    ('es', 'reading_news', 'No se les permite tener radio ni leer el periódico.', True, None),
    # ---------------------------------------------------------------- work_programmes
    ('es', 'work_programmes', 'No hay actividades laborales ni educativas.', True, None),
    ('es', 'work_programmes', 'Se constató la falta de programas de reinserción social.', True, 'asserted'),
    ('es', 'work_programmes', 'Los internos pasan el día sin ninguna actividad, refieren.', True, 'alleged'),
    # ---------------------------------------------------------------- religion
    ('es', 'religion', 'No se les permite practicar su religión.', True, None),
    ('es', 'religion', 'Se impide el ingreso de ministros de culto.', True, None),
    ('es', 'religion', 'Los internos musulmanes no pueden rezar en grupo.', True, None),
    # ---------------------------------------------------------------- family_visits
    ('es', 'family_visits', 'Las visitas familiares fueron suspendidas hace tres meses.', True, None),
    ('es', 'family_visits', 'Solo puede recibir visita una vez al mes, a través de un cristal.', True, None),
    ('es', 'family_visits',
     'Refiere la interna que no ha podido recibir visitas de sus hijos desde su ingreso.', True, 'alleged'),
    ('es', 'family_visits', 'Se constató la restricción de las visitas familiares.', True, 'asserted'),
    # ---------------------------------------------------------------- family_calls
    ('es', 'family_calls', 'No se le permite llamar por teléfono a su familia.', True, None),
    ('es', 'family_calls', 'Solo tiene derecho a una llamada de diez minutos a la semana.', True, None),
    ('es', 'family_calls', 'Las llamadas telefónicas están prohibidas en el área de segregación.', True, None),
    # ---------------------------------------------------------------- correspondence
    ('es', 'correspondence', 'Su correspondencia es retenida por la dirección.', True, None),
    ('es', 'correspondence', 'Las cartas de los internos son abiertas y leídas por el personal.', True, None),
    ('es', 'correspondence', 'No se le entregan las cartas de su familia.', True, None),
    # ---------------------------------------------------------------- legal_access
    ('es', 'legal_access', 'No ha podido entrevistarse con su abogado desde hace dos meses.', True, None),
    ('es', 'legal_access', 'Se le negó el acceso a su defensor.', True, None),
    ('es', 'legal_access', 'Se constató la falta de asistencia de un defensor.', True, 'asserted'),
    # ---------------------------------------------------------------- legal_confidentiality
    ('es', 'legal_confidentiality',
     'Las entrevistas con su abogado se realizan en presencia de custodios.', True, None),
    ('es', 'legal_confidentiality', 'Las llamadas con su defensor son grabadas.', True, None),
    ('es', 'legal_confidentiality', 'No existe un espacio privado para hablar con su abogado.', True, None),
    # ---------------------------------------------------------------- consular_access
    ('es', 'consular_access', 'No se notificó al consulado de su detención.', True, None),
    ('es', 'consular_access',
     'Al ser extranjero, no se le informó de su derecho a la asistencia consular.', True, None),
    ('es', 'consular_access', 'Se le negó el contacto con el cónsul de su país.', True, None),
    # ---------------------------------------------------------------- language_interpreter
    ('es', 'language_interpreter',
     'No se le proporcionó un intérprete durante el procedimiento disciplinario.', True, None),
    ('es', 'language_interpreter', 'El personal no habla su idioma y no cuenta con traductor.', True, None),
    ('es', 'language_interpreter', 'La falta de intérprete le impidió entender la sanción.', True, None),
    # ---------------------------------------------------------------- monitoring_access
    ('es', 'monitoring_access',
     'Se constató que el personal de esta Comisión tuvo acceso a todas las áreas.', 'granted', None),
    ('es', 'monitoring_access', 'La autoridad impidió el ingreso de los visitadores al dormitorio 4.', 'denied', None),
    ('es', 'monitoring_access',
     'Los visitadores adjuntos pudieron recorrer libremente las instalaciones.', 'granted', None),
    # ---------------------------------------------------------------- complaints
    ('es', 'complaints', 'Los internos no presentan quejas por temor a represalias.', True, None),
    ('es', 'complaints', 'No existe un buzón de quejas en el centro.', True, None),
    ('es', 'complaints',
     'Tras presentar una queja, fue trasladado al área de castigo, refiere el interno.', True, 'alleged'),
    # ---------------------------------------------------------------- physical_health
    ('es', 'physical_health', 'Presenta dolores de cabeza y pérdida de peso.', True, None),
    ('es', 'physical_health', 'Se observaron lesiones en brazos y espalda del interno.', True, 'asserted'),
    ('es', 'physical_health', 'El interno padece hipertensión y diabetes.', True, None),
    # ---------------------------------------------------------------- mental_health
    ('es', 'mental_health', 'Presenta síntomas de depresión y ansiedad.', True, None),
    ('es', 'mental_health', 'El interno ha intentado suicidarse en dos ocasiones.', True, None),
    ('es', 'mental_health', 'Refiere escuchar voces y no poder dormir.', True, 'alleged'),
    # ---------------------------------------------------------------- medical_care
    ('es', 'medical_care', 'No ha recibido atención médica pese a sus solicitudes.', True, None),
    ('es', 'medical_care', 'Se constató la falta de médico en el turno nocturno.', True, 'asserted'),
    ('es', 'medical_care', 'Se le negó el traslado al hospital.', True, None),
    ('es', 'medical_care', 'El centro no cuenta con medicamentos.', True, None),
    # ---------------------------------------------------------------- vulnerable_person
    ('es', 'vulnerable_person', 'En el centro se encontraban dos mujeres embarazadas.', True, None),
    ('es', 'vulnerable_person', 'Se constató la presencia de un interno de 78 años.', True, 'asserted'),
    ('es', 'vulnerable_person', 'Un adolescente de dieciséis años se encontraba en el área de adultos.', True, None),
    # ---------------------------------------------------------------- restraints
    ('es', 'restraints', 'Fue sujetado a la cama con correas durante toda la noche.', True, None),
    ('es', 'restraints', 'Permaneció esposado de pies y manos durante el traslado.', True, None),
    ('es', 'restraints', 'Se constató el uso de grilletes en el área de aislamiento.', True, 'asserted'),
    # ---------------------------------------------------------------- strip_search
    ('es', 'strip_search', 'Se les obliga a desnudarse y hacer sentadillas durante las revisiones.', True, None),
    ('es', 'strip_search', 'Fue sometido a una revisión corporal al desnudo.', True, None),
    ('es', 'strip_search', 'Las revisiones al desnudo son rutinarias, refieren los internos.', True, 'alleged'),
    # ---------------------------------------------------------------- use_of_force
    ('es', 'use_of_force', 'Fue golpeado por los custodios con toletes.', True, None),
    ('es', 'use_of_force', 'Se utilizaron gases lacrimógenos contra los internos.', True, None),
    ('es', 'use_of_force', 'Presuntamente, los custodios lo golpearon al ingresar.', True, 'alleged'),
    ('es', 'use_of_force', 'Se observaron huellas de golpes en el cuerpo del interno.', True, None),
    # ---------------------------------------------------------------- collective_punishment
    ('es', 'collective_punishment', 'Todo el dormitorio fue castigado por la fuga de un interno.', True, None),
    ('es', 'collective_punishment',
     'Se suspendieron las visitas de todo el módulo por una riña entre dos internos.', True, None),
    ('es', 'collective_punishment', 'Los castigos colectivos son frecuentes, refieren los internos.', True, 'alleged'),
    # ---------------------------------------------------------------- pretrial_status
    ('es', 'pretrial_status', 'El 40% de la población se encuentra en prisión preventiva.', 'pretrial', None),
    ('es', 'pretrial_status', 'Lleva tres años detenido sin sentencia.', 'pretrial', None),
    ('es', 'pretrial_status', 'Los procesados aún no han sido juzgados.', 'pretrial', None),
    # ---------------------------------------------------------------- separation
    ('es', 'separation', 'Los procesados conviven con los sentenciados en el mismo dormitorio.', True, None),
    ('es', 'separation', 'No existe separación entre hombres y mujeres en el área de ingreso.', True, None),
    ('es', 'separation', 'Los adolescentes comparten espacios con adultos.', True, None),
    # ---------------------------------------------------------------- justification_security
    ('es', 'justification_security',
     'La autoridad argumentó que el aislamiento obedece a razones de seguridad.', True, None),
    ('es', 'justification_security',
     'Fue ubicado en segregación por su supuesta pertenencia a un grupo delictivo.', True, None),
    ('es', 'justification_security', 'La medida se justificó en el riesgo de fuga.', True, None),
]


ES_TRAPS: list[Row] = [
    # recommendations (hypothetical), norms, mandates
    ('es', 'confinement_hours',
     'Se recomienda que ninguna persona permanezca encerrada más de veintidós horas al día.', False, None),
    ('es', 'confinement_hours',
     'Las personas privadas de la libertad deberán salir de sus celdas al menos una hora diaria.', False, None),
    ('es', 'confinement_hours', 'La oficina de trabajo social abre ocho horas al día.', False, None),
    ('es', 'solitary', 'El aislamiento prolongado puede causar graves daños psicológicos.', False, None),
    ('es', 'solitary', 'Se recomienda eliminar el uso del aislamiento como sanción.', False, None),
    ('es', 'solitary', 'La comunidad se encuentra aislada por las lluvias.', False, None),
    ('es', 'isolation_duration', 'El aislamiento no deberá exceder de quince días.', False, None),
    ('es', 'isolation_duration', 'La visita al centro duró cuatro días.', False, None),
    ('es', 'indefinite_isolation', 'Se recomienda fijar un plazo a toda medida de aislamiento.', False, None),
    ('es', 'indefinite_isolation', 'La huelga de trabajadores se prolongó por tiempo indefinido.', False, None),
    ('es', 'special_regime', 'La Comisión visitó la oficina de seguridad pública municipal.', False, None),
    ('es', 'special_regime', 'El centro cuenta con cámaras de seguridad en los pasillos.', False, None),
    ('es', 'no_meaningful_contact', 'Los internos conviven en el patio con sus compañeros.', False, None),
    ('es', 'no_meaningful_contact', 'Se recomienda garantizar el contacto humano significativo.', False, None),
    ('es', 'constant_light', 'Las luces se apagan a las diez de la noche.', False, None),
    ('es', 'constant_light', 'La iluminación debe permitir leer sin dañar la vista.', False, None),
    ('es', 'darkness', 'El informe arroja luz sobre la situación de los centros.', False, None),
    ('es', 'darkness', 'La visita concluyó cuando ya estaba oscuro.', False, None),
    ('es', 'no_natural_light',
     'Las celdas cuentan con ventanas amplias que permiten la entrada de luz natural.', False, None),
    ('es', 'no_natural_light', 'Las ventanas de la oficina de la dirección dan al estacionamiento.', False, None),
    ('es', 'cell_space', 'La oficina de la dirección mide 20 metros cuadrados.', False, None),
    ('es', 'cell_space', 'Cada persona debe disponer de al menos 5,4 m².', False, None),
    ('es', 'overcrowding', 'El centro tiene capacidad para 500 personas y aloja a 430.', False, None),
    ('es', 'overcrowding', 'Se recomienda reducir la sobrepoblación de los centros.', False, None),
    ('es', 'overcrowding',
     'El hacinamiento es un problema estructural de los sistemas penitenciarios de la región.', False, None),
    ('es', 'ventilation', 'Las celdas cuentan con ventilación adecuada.', False, None),
    ('es', 'ventilation', 'Los dormitorios deben tener ventilación suficiente.', False, None),
    ('es', 'temperature', 'La temperatura de las celdas es adecuada.', False, None),
    ('es', 'temperature', 'El debate sobre la reforma penitenciaria subió de temperatura.', False, None),
    ('es', 'sanitation', 'Se recomienda instalar sanitarios en cada celda.', False, None),
    ('es', 'sanitation', 'Los sanitarios funcionan correctamente y hay agua corriente.', False, None),
    ('es', 'hygiene', 'Se les proporciona jabón, papel higiénico y pasta dental cada semana.', False, None),
    ('es', 'hygiene', 'Las personas privadas de libertad tienen derecho a artículos de aseo.', False, None),
    ('es', 'bedding_clothing', 'Cada interno cuenta con colchón y cobija.', False, None),
    ('es', 'bedding_clothing', 'Se recomienda dotar de colchones a todas las personas internas.', False, None),
    ('es', 'food_water', 'La alimentación es suficiente y de buena calidad.', False, None),
    ('es', 'food_water', 'El agua del río fue declarada apta para riego.', False, None),
    ('es', 'sleep_noise', 'Los internos duermen en camas individuales.', False, None),
    ('es', 'sleep_noise', 'El ruido de la protesta se escuchó fuera del penal.', False, None),
    ('es', 'exercise_time',
     'Los internos deben disponer de al menos una hora diaria de ejercicio al aire libre.', False, None),
    ('es', 'exercise_time', 'La reunión con el director duró una hora.', False, None),
    ('es', 'exercise_outdoor', 'Se recomienda que el ejercicio diario se realice al aire libre.', False, None),
    ('es', 'exercise_outdoor', 'Se recomienda habilitar un espacio al aire libre.', False, None),
    ('es', 'reading_news', 'El centro cuenta con una biblioteca abierta todos los días.', False, None),
    ('es', 'reading_news', 'La noticia de la visita se publicó en el periódico local.', False, None),
    ('es', 'work_programmes', 'Los internos participan en talleres de carpintería y panadería.', False, None),
    ('es', 'work_programmes', 'Se recomienda ampliar la oferta educativa.', False, None),
    ('es', 'religion', 'Los internos pueden asistir a la misa dominical.', False, None),
    ('es', 'religion', 'Toda persona tiene derecho a la libertad de religión.', False, None),
    ('es', 'family_visits', 'Las visitas familiares se realizan los sábados y domingos sin restricción.', False, None),
    ('es', 'family_visits',
     'La visita de los servidores públicos de esta Comisión se realizó el 3 de mayo.', False, None),
    ('es', 'family_visits', 'Se recomienda garantizar las visitas familiares.', False, None),
    ('es', 'family_calls', 'Los internos pueden llamar por teléfono a sus familias todos los días.', False, None),
    ('es', 'family_calls',
     'Se realizaron llamadas telefónicas a la dirección del centro para concertar la visita.', False, None),
    ('es', 'correspondence', 'La Comisión envió una carta al director del centro.', False, None),
    ('es', 'correspondence', 'Los internos reciben su correspondencia sin demora.', False, None),
    ('es', 'legal_access', 'El abogado del interno presentó un recurso de amparo.', False, None),
    ('es', 'legal_access', 'Toda persona detenida tiene derecho a un defensor.', False, None),
    ('es', 'legal_confidentiality', 'Las entrevistas con los abogados se realizan en privado.', False, None),
    ('es', 'legal_confidentiality', 'Las entrevistas con los internos se realizaron en privado.', False, None),
    ('es', 'consular_access', 'Se notificó al consulado de su detención el mismo día.', False, None),
    ('es', 'consular_access', 'El cónsul visitó el centro en marzo.', False, None),
    ('es', 'language_interpreter', 'El interno habla español con fluidez.', False, None),
    ('es', 'language_interpreter', 'Se recomienda contar con intérpretes de lenguas indígenas.', False, None),
    ('es', 'monitoring_access', 'La Comisión tiene competencia para visitar los centros de reclusión.', False, None),
    ('es', 'monitoring_access', 'Se negó el ingreso de la esposa del interno.', False, None),
    ('es', 'complaints',
     'La presente recomendación se emite con motivo de la queja presentada por la madre del interno.', False, None),
    ('es', 'complaints', 'El centro cuenta con un buzón de quejas accesible.', False, None),
    ('es', 'physical_health',
     'La diabetes es una de las enfermedades más frecuentes en la población general.', False, None),
    ('es', 'physical_health', 'El expediente de la queja se encuentra en trámite.', False, None),
    ('es', 'mental_health', 'El aislamiento prolongado puede provocar depresión y ansiedad.', False, None),
    ('es', 'mental_health', 'El personal de psicología atiende a los internos dos veces por semana.', False, None),
    ('es', 'medical_care', 'El interno recibe atención médica periódica.', False, None),
    ('es', 'medical_care', 'Se recomienda contratar personal médico suficiente.', False, None),
    ('es', 'vulnerable_person',
     'El Estado debe adoptar medidas para las mujeres embarazadas privadas de libertad.', False, None),
    ('es', 'vulnerable_person', 'La directora del centro es una persona mayor de cincuenta años.', False, None),
    ('es', 'restraints', 'El uso de medios de coerción debe ser excepcional.', False, None),
    ('es', 'restraints', 'El interno fue trasladado sin esposas.', False, None),
    ('es', 'strip_search', 'Las revisiones se realizan mediante arco detector de metales.', False, None),
    ('es', 'strip_search', 'Se recomienda suprimir las revisiones al desnudo.', False, None),
    ('es', 'use_of_force', 'El uso de la fuerza debe ser proporcional.', False, None),
    ('es', 'use_of_force', 'La reforma penitenciaria golpeó el presupuesto del sistema.', False, None),
    ('es', 'collective_punishment', 'Se prohíben los castigos colectivos.', False, None),
    ('es', 'collective_punishment', 'El interno fue sancionado por la riña que protagonizó.', False, None),
    ('es', 'pretrial_status', 'La prisión preventiva debe ser excepcional.', False, None),
    ('es', 'separation', 'Los procesados se encuentran separados de los sentenciados.', False, None),
    ('es', 'separation', 'Las mujeres se alojan en un edificio separado.', False, None),
    ('es', 'justification_security',
     'Las restricciones solo pueden justificarse por razones de seguridad.', False, None),
    ('es', 'justification_security', 'El personal de seguridad acompañó a los visitadores.', False, None),
]


FR: list[Row] = [
    # ---------------------------------------------------------------- confinement_hours
    ('fr', 'confinement_hours', "Ils ne sortent qu'une heure, le reste de la journée ils sont enfermés.", 23.0, None),
    ('fr', 'confinement_hours',
     'Il a été constaté que les personnes détenues restent vingt-deux heures par jour en cellule.', 22.0, 'asserted'),
    ('fr', 'confinement_hours',
     'Selon les détenus, ils passent vingt-trois heures par jour en cellule.', 23.0, 'alleged'),
    ('fr', 'confinement_hours', 'Les contrôleurs ont relevé un encellulement de 22 heures sur 24.', 22.0, 'asserted'),
    ('fr', 'confinement_hours',
     'Les personnes détenues sont enfermées en cellule vingt-trois heures sur vingt-quatre.', 23.0, None),
    # ---------------------------------------------------------------- solitary
    ('fr', 'solitary',
     "Les contrôleurs ont constaté qu'un détenu était placé à l'isolement depuis plusieurs mois.", True, 'asserted'),
    ('fr', 'solitary',
     "Selon les témoignages recueillis, il aurait été placé au quartier disciplinaire.", True, 'alleged'),
    ('fr', 'solitary',
     "Il a été constaté que quatre personnes étaient hébergées au quartier d'isolement.", True, 'asserted'),
    ('fr', 'solitary', "Le requérant est maintenu à l'isolement depuis son arrivée.", True, None),
    ('fr', 'solitary', 'Il a été placé en cellule disciplinaire pour quinze jours.', True, None),
    # ---------------------------------------------------------------- isolation_duration
    ('fr', 'isolation_duration', "Il est placé à l'isolement depuis quatre mois.", 121.0, None),
    ('fr', 'isolation_duration',
     "Les contrôleurs ont relevé qu'une personne était à l'isolement depuis quarante-cinq jours.", 45.0, None),
    ('fr', 'isolation_duration', "Selon son avocat, il est à l'isolement depuis deux ans.", 730.0, 'alleged'),
    ('fr', 'isolation_duration', "Son placement à l'isolement a duré quatre-vingt-dix jours.", 90.0, None),
    # ---------------------------------------------------------------- indefinite_isolation
    ('fr', 'indefinite_isolation', "Il est maintenu à l'isolement sans limitation de durée.", True, None),
    ('fr', 'indefinite_isolation', "La mesure d'isolement est renouvelée sans échéance.", True, None),
    ('fr', 'indefinite_isolation', "Il a été constaté que l'isolement était prolongé sans terme fixé.", True, None),
    # ---------------------------------------------------------------- special_regime
    ('fr', 'special_regime', 'Il est inscrit au répertoire des détenus particulièrement signalés.', True, None),
    ('fr', 'special_regime', 'Il est affecté dans un quartier de haute sécurité.', True, None),
    ('fr', 'special_regime', "Il est hébergé au quartier d'évaluation de la radicalisation.", True, None),
    # ---------------------------------------------------------------- no_meaningful_contact
    ('fr', 'no_meaningful_contact',
     'Il ne parle à personne, les surveillants ouvrant la porte uniquement pour passer les repas.', True, None),
    ('fr', 'no_meaningful_contact', "L'absence de tout contact humain a été relevée par les contrôleurs.", True, None),
    ('fr', 'no_meaningful_contact',
     "Les échanges avec le personnel se font à travers la porte de la cellule.", True, None),
    # ---------------------------------------------------------------- constant_light
    ('fr', 'constant_light', 'La lumière de la cellule reste allumée jour et nuit.', True, None),
    ('fr', 'constant_light', "Il a été constaté que l'éclairage restait allumé en permanence.", True, 'asserted'),
    ('fr', 'constant_light', "Selon les détenus, la lumière n'est jamais éteinte.", True, 'alleged'),
    # ---------------------------------------------------------------- darkness
    ('fr', 'darkness', 'La cellule disciplinaire est plongée dans le noir.', True, None),
    ('fr', 'darkness', "Il a été constaté que la cellule était dans l'obscurité totale.", True, None),
    ('fr', 'darkness', "Il est resté plusieurs jours dans une cellule privée d'éclairage.", True, None),
    # ---------------------------------------------------------------- no_natural_light
    ('fr', 'no_natural_light', 'Les cellules sont dépourvues de fenêtre.', True, None),
    ('fr', 'no_natural_light', "L'absence de lumière naturelle dans les cellules a été relevée.", True, None),
    ('fr', 'no_natural_light', 'La lumière du jour ne pénètre pas dans les geôles.', True, None),
    # ---------------------------------------------------------------- cell_space
    ('fr', 'cell_space', '9 m² pour trois détenus.', 9.0, None),
    ('fr', 'cell_space',
     'Les contrôleurs ont constaté que quatre personnes occupaient une cellule de douze mètres carrés.',
     12.0, 'asserted'),
    ('fr', 'cell_space', 'Chaque détenu dispose de moins de deux mètres carrés.', 2.0, None),
    ('fr', 'cell_space', 'Les cellules, de 9 m², hébergent trois détenus.', 9.0, None),
    # ---------------------------------------------------------------- overcrowding
    ('fr', 'overcrowding', 'Il a été constaté que le taux d\'occupation atteignait 160 %.', True, 'asserted'),
    ('fr', 'overcrowding', 'Des matelas sont posés au sol faute de lits.', True, None),
    ('fr', 'overcrowding', "L'établissement, d'une capacité de 400 places, héberge 690 personnes.", True, None),
    ('fr', 'overcrowding',
     'Plusieurs détenus dorment sur un matelas posé à même le sol, selon les témoignages.', True, 'alleged'),
    ('fr', 'overcrowding',
     'La surpopulation atteint des niveaux inédits : cent quatre-vingts détenus pour cent places.', True, None),
    # ---------------------------------------------------------------- ventilation
    ('fr', 'ventilation', "Les cellules ne disposent d'aucune aération.", True, None),
    ('fr', 'ventilation', "Le défaut d'aération des cellules a été relevé.", True, None),
    ('fr', 'ventilation', "Selon les détenus, l'air est irrespirable en été.", True, 'alleged'),
    # ---------------------------------------------------------------- temperature
    ('fr', 'temperature', "En été, la température dans les cellules dépasse 35 degrés.", True, None),
    ('fr', 'temperature', 'Les détenus se plaignent du froid dans les cellules.', True, 'alleged'),
    ('fr', 'temperature', "Il a été constaté que les cellules n'étaient pas chauffées en hiver.", True, None),
    # ---------------------------------------------------------------- sanitation
    ('fr', 'sanitation', "Les toilettes ne sont pas cloisonnées et sont visibles depuis l'œilleton.", True, None),
    ('fr', 'sanitation', "L'absence de toilettes dans la cellule a été constatée.", True, None),
    ('fr', 'sanitation', 'Les détenus doivent utiliser un seau pour leurs besoins.', True, None),
    ('fr', 'sanitation', "Les cellules ne disposent pas d'eau courante.", True, None),
    # ---------------------------------------------------------------- hygiene
    ('fr', 'hygiene', "Aucun produit d'hygiène n'est distribué aux arrivants.", True, None),
    ('fr', 'hygiene', "L'accès aux douches est limité à deux fois par semaine.", True, None),
    ('fr', 'hygiene', 'Le défaut de kits d\'hygiène a été relevé par les contrôleurs.', True, None),
    # ---------------------------------------------------------------- bedding_clothing
    ('fr', 'bedding_clothing', 'Les détenus dorment sans matelas sur le sol.', True, None),
    ('fr', 'bedding_clothing', "L'absence de draps et de couvertures a été constatée.", True, None),
    ('fr', 'bedding_clothing', "Aucun vêtement de rechange n'est fourni aux personnes démunies.", True, None),
    # ---------------------------------------------------------------- food_water
    ('fr', 'food_water', 'Les repas sont servis froids et en quantité insuffisante.', True, None),
    ('fr', 'food_water', "L'absence d'eau potable a été constatée.", True, None),
    ('fr', 'food_water', 'Selon les détenus, la nourriture est avariée.', True, 'alleged'),
    # ---------------------------------------------------------------- sleep_noise
    ('fr', 'sleep_noise', 'Le bruit incessant empêche les détenus de dormir.', True, None),
    ('fr', 'sleep_noise', 'Les rondes de nuit réveillent les détenus toutes les deux heures.', True, None),
    ('fr', 'sleep_noise', "L'œilleton est éclairé toutes les heures, ce qui empêche le sommeil.", True, None),
    # ---------------------------------------------------------------- exercise_time
    ('fr', 'exercise_time', 'La promenade dure une heure par jour.', 1.0, None),
    ('fr', 'exercise_time', 'Ils bénéficient de deux heures de promenade quotidienne.', 2.0, None),
    ('fr', 'exercise_time',
     'Les contrôleurs ont constaté que la promenade était limitée à trente minutes par jour.', 0.5, None),
    # ---------------------------------------------------------------- exercise_outdoor
    ('fr', 'exercise_outdoor', "La cour de promenade est entièrement grillagée.", True, None),
    ('fr', 'exercise_outdoor', "Il n'existe aucune cour de promenade en plein air.", True, None),
    ('fr', 'exercise_outdoor', "La promenade se déroule dans une pièce fermée, sans accès à l'air libre.", True, None),
    # ---------------------------------------------------------------- reading_news
    ('fr', 'reading_news', "Il n'a accès ni à la télévision ni à la radio.", True, None),
    ('fr', 'reading_news', "L'absence de bibliothèque a été relevée.", True, None),
    ('fr', 'reading_news', 'Les journaux ne sont pas distribués au quartier disciplinaire.', True, None),
    # ---------------------------------------------------------------- work_programmes
    ('fr', 'work_programmes', "L'absence d'activités de formation a été constatée.", True, None),
    ('fr', 'work_programmes', "Aucun travail n'est proposé aux personnes détenues.", True, None),
    ('fr', 'work_programmes',
     'Les détenus passent la journée sans aucune activité, selon les témoignages.', True, 'alleged'),
    # ---------------------------------------------------------------- religion
    ('fr', 'religion', "L'aumônier n'a pas accès au quartier d'isolement.", True, None),
    ('fr', 'religion', 'Les détenus ne peuvent pas pratiquer leur culte.', True, None),
    ('fr', 'religion', 'Aucun lieu de culte n\'est prévu dans l\'établissement.', True, None),
    # ---------------------------------------------------------------- family_visits
    ('fr', 'family_visits', 'Les parloirs ont été suspendus pendant trois mois.', True, None),
    ('fr', 'family_visits', "Il n'a reçu aucune visite de sa famille depuis son incarcération.", True, None),
    ('fr', 'family_visits', "Le refus du permis de visite à son épouse a été relevé.", True, None),
    ('fr', 'family_visits', "Selon la requérante, les visites de ses enfants lui sont refusées.", True, 'alleged'),
    # ---------------------------------------------------------------- family_calls
    ('fr', 'family_calls', "Il n'a pas accès au téléphone pour joindre sa famille.", True, None),
    ('fr', 'family_calls', 'Les appels téléphoniques sont limités à dix minutes par semaine.', True, None),
    ('fr', 'family_calls', "L'absence de cabine téléphonique au quartier disciplinaire a été relevée.", True, None),
    # ---------------------------------------------------------------- correspondence
    ('fr', 'correspondence', 'Son courrier est retenu par la direction.', True, None),
    ('fr', 'correspondence', 'Les lettres des détenus sont ouvertes et lues par le personnel.', True, None),
    ('fr', 'correspondence', 'Il ne reçoit pas les lettres de sa famille.', True, None),
    # ---------------------------------------------------------------- legal_access
    ('fr', 'legal_access', "Il n'a pas pu s'entretenir avec son avocat depuis deux mois.", True, None),
    ('fr', 'legal_access', "L'accès à son avocat lui a été refusé.", True, None),
    ('fr', 'legal_access', "Le défaut d'assistance d'un avocat a été relevé.", True, None),
    # ---------------------------------------------------------------- legal_confidentiality
    ('fr', 'legal_confidentiality',
     "Les entretiens avec l'avocat se déroulent en présence d'un surveillant.", True, None),
    ('fr', 'legal_confidentiality', 'Les conversations avec son avocat sont écoutées.', True, None),
    ('fr', 'legal_confidentiality',
     "Il n'existe aucun local permettant un entretien confidentiel avec l'avocat.", True, None),
    # ---------------------------------------------------------------- consular_access
    ('fr', 'consular_access', "Le consulat n'a pas été informé de son placement en rétention.", True, None),
    ('fr', 'consular_access',
     'Les autorités consulaires ne lui ont pas rendu visite faute d\'avoir été prévenues.', True, None),
    ('fr', 'consular_access', "L'accès aux autorités consulaires lui a été refusé.", True, None),
    # ---------------------------------------------------------------- language_interpreter
    ('fr', 'language_interpreter',
     "Aucun interprète n'a été sollicité lors de la procédure disciplinaire.", True, None),
    ('fr', 'language_interpreter', "L'absence d'interprète l'a empêché de comprendre la décision.", True, None),
    ('fr', 'language_interpreter',
     'Le personnel ne parle pas sa langue et aucun interprète n\'est disponible.', True, None),
    # ---------------------------------------------------------------- monitoring_access
    ('fr', 'monitoring_access',
     "Il a été permis aux contrôleurs d'accéder à l'ensemble des cellules.", 'granted', None),
    ('fr', 'monitoring_access', "L'accès au quartier disciplinaire a été refusé aux contrôleurs.", 'denied', None),
    ('fr', 'monitoring_access', 'Les contrôleurs ont pu consulter librement les registres.', 'granted', None),
    # ---------------------------------------------------------------- complaints
    ('fr', 'complaints', 'Les détenus ne déposent pas de plainte par crainte de représailles.', True, None),
    ('fr', 'complaints', "Il n'existe aucune boîte aux lettres pour les requêtes.", True, None),
    ('fr', 'complaints',
     'Après avoir déposé une plainte, il a été transféré au quartier disciplinaire, selon ses dires.', True, 'alleged'),
    # ---------------------------------------------------------------- physical_health
    ('fr', 'physical_health', 'Il souffre de maux de tête et a perdu dix kilos.', True, None),
    ('fr', 'physical_health', 'Le médecin a relevé des ecchymoses sur les bras.', True, None),
    ('fr', 'physical_health', 'Le détenu est atteint de diabète et d\'hypertension.', True, None),
    # ---------------------------------------------------------------- mental_health
    ('fr', 'mental_health', 'Il présente des symptômes de dépression et d\'anxiété.', True, None),
    ('fr', 'mental_health', 'Il a fait deux tentatives de suicide.', True, None),
    ('fr', 'mental_health', 'Selon ses proches, il entend des voix et ne dort plus.', True, 'alleged'),
    # ---------------------------------------------------------------- medical_care
    ('fr', 'medical_care', "Il n'a reçu aucun soin malgré ses demandes répétées.", True, None),
    ('fr', 'medical_care', "L'absence de médecin la nuit a été constatée.", True, None),
    ('fr', 'medical_care', "Son extraction vers l'hôpital a été refusée.", True, None),
    ('fr', 'medical_care', 'Le délai pour obtenir une consultation dentaire atteint six mois.', True, None),
    # ---------------------------------------------------------------- vulnerable_person
    ('fr', 'vulnerable_person', 'Deux femmes enceintes étaient détenues dans le quartier.', True, None),
    ('fr', 'vulnerable_person', 'Il a été constaté la présence d\'un détenu âgé de 82 ans.', True, None),
    ('fr', 'vulnerable_person', 'Un mineur de seize ans était hébergé avec des majeurs.', True, None),
    # ---------------------------------------------------------------- restraints
    ('fr', 'restraints', 'Il a été attaché à son lit pendant toute la nuit.', True, None),
    ('fr', 'restraints', 'Il est resté menotté et entravé pendant la consultation médicale.', True, None),
    ('fr', 'restraints', "L'usage de la contention au quartier d'isolement a été relevé.", True, None),
    # ---------------------------------------------------------------- strip_search
    ('fr', 'strip_search', 'Il est soumis à une fouille intégrale après chaque parloir.', True, None),
    ('fr', 'strip_search', 'Les fouilles à nu sont systématiques, selon les détenus.', True, 'alleged'),
    ('fr', 'strip_search', 'Il a été constaté que les fouilles intégrales étaient systématiques.', True, None),
    # ---------------------------------------------------------------- use_of_force
    ('fr', 'use_of_force', 'Il a été frappé par des surveillants.', True, None),
    ('fr', 'use_of_force', 'Du gaz lacrymogène a été utilisé contre les détenus.', True, None),
    ('fr', 'use_of_force',
     'Selon les témoignages, il aurait été roué de coups lors de son placement.', True, 'alleged'),
    ('fr', 'use_of_force', 'Le médecin a constaté des traces de coups.', True, None),
    # ---------------------------------------------------------------- collective_punishment
    ('fr', 'collective_punishment',
     "Toute l'aile a été privée de promenade à la suite de l'évasion d'un détenu.", True, None),
    ('fr', 'collective_punishment', 'Les sanctions collectives sont fréquentes, selon les détenus.', True, 'alleged'),
    ('fr', 'collective_punishment', 'Le quartier entier a été puni pour la faute d\'un seul.', True, None),
    # ---------------------------------------------------------------- pretrial_status
    ('fr', 'pretrial_status', 'Il est en détention provisoire depuis trois ans.', 'pretrial', None),
    ('fr', 'pretrial_status', "La moitié des personnes détenues sont des prévenus.", 'pretrial', None),
    ('fr', 'pretrial_status', "Il est placé en rétention administrative.", True, None),
    # ---------------------------------------------------------------- separation
    ('fr', 'separation', 'Les prévenus et les condamnés partagent les mêmes cellules.', True, None),
    ('fr', 'separation', "L'absence de séparation entre mineurs et majeurs a été constatée.", True, None),
    ('fr', 'separation', 'Les mineurs sont hébergés avec les majeurs.', True, None),
    # ---------------------------------------------------------------- justification_security
    ('fr', 'justification_security', "L'administration justifie l'isolement par le risque d'évasion.", True, None),
    ('fr', 'justification_security', "Le placement est motivé par des raisons d'ordre et de sécurité.", True, None),
    ('fr', 'justification_security',
     "Il est maintenu à l'isolement en raison de son appartenance supposée à un réseau.", True, None),
]


FR_TRAPS: list[Row] = [
    ('fr', 'confinement_hours',
     'Le Contrôleur général recommande que nul ne reste plus de vingt-deux heures en cellule.', False, None),
    ('fr', 'confinement_hours', 'Le greffe est ouvert huit heures par jour.', False, None),
    ('fr', 'confinement_hours',
     'Les personnes détenues devraient pouvoir sortir de cellule au moins quatre heures par jour.', False, None),
    ('fr', 'solitary', "L'isolement prolongé peut avoir des effets graves sur la santé mentale.", False, None),
    ('fr', 'solitary', "Il convient de limiter le recours à l'isolement.", False, None),
    ('fr', 'solitary', "Le village est isolé par la neige.", False, None),
    ('fr', 'isolation_duration', "La durée de l'isolement ne peut excéder trois mois sans réexamen.", False, None),
    ('fr', 'isolation_duration', 'La visite a duré quatre jours.', False, None),
    ('fr', 'indefinite_isolation', "Toute mesure d'isolement doit comporter une durée déterminée.", False, None),
    ('fr', 'indefinite_isolation', 'La grève a été reconduite sans limitation de durée.', False, None),
    ('fr', 'special_regime', "Le poste de sécurité se trouve à l'entrée de l'établissement.", False, None),
    ('fr', 'special_regime', "Les contrôleurs ont visité l'ensemble de l'établissement.", False, None),
    ('fr', 'no_meaningful_contact', 'Les détenus se retrouvent en promenade avec leurs codétenus.', False, None),
    ('fr', 'no_meaningful_contact', "Il convient de garantir des contacts humains réguliers.", False, None),
    ('fr', 'constant_light', 'La lumière est éteinte à 22 heures.', False, None),
    ('fr', 'constant_light', "L'éclairage doit permettre de lire sans fatigue.", False, None),
    ('fr', 'darkness', 'Le rapport met en lumière les difficultés de la maison d\'arrêt.', False, None),
    ('fr', 'darkness', 'La visite s\'est achevée à la nuit tombée.', False, None),
    ('fr', 'no_natural_light', 'Les cellules disposent de larges fenêtres.', False, None),
    ('fr', 'no_natural_light', 'Le bureau du directeur donne sur le parking.', False, None),
    ('fr', 'cell_space', 'Le bureau du greffe mesure 20 m².', False, None),
    ('fr', 'cell_space', 'Chaque personne doit disposer d\'au moins 6 m².', False, None),
    ('fr', 'overcrowding', "L'établissement compte 400 places et héberge 350 personnes.", False, None),
    ('fr', 'overcrowding',
     'Il est recommandé de prévenir toute surpopulation dans le futur établissement.', False, None),
    ('fr', 'overcrowding', 'La surpopulation carcérale est un phénomène ancien en Europe.', False, None),
    ('fr', 'ventilation', 'Les cellules sont correctement aérées.', False, None),
    ('fr', 'ventilation', 'Les cellules doivent être suffisamment aérées.', False, None),
    ('fr', 'temperature', 'La température des cellules est satisfaisante.', False, None),
    ('fr', 'temperature', 'Le climat social reste tendu au sein du personnel.', False, None),
    ('fr', 'sanitation', 'Il est recommandé de cloisonner les toilettes dans toutes les cellules.', False, None),
    ('fr', 'sanitation', 'Chaque cellule dispose de toilettes cloisonnées et d\'eau courante.', False, None),
    ('fr', 'hygiene', "Un kit d'hygiène est remis à chaque arrivant.", False, None),
    ('fr', 'hygiene', "Toute personne détenue doit pouvoir se doucher au moins trois fois par semaine.", False, None),
    ('fr', 'bedding_clothing', 'Chaque détenu dispose d\'un lit et d\'un matelas.', False, None),
    ('fr', 'bedding_clothing', 'Il convient de fournir des draps propres à chaque arrivant.', False, None),
    ('fr', 'food_water', 'Les repas sont variés et servis chauds.', False, None),
    ('fr', 'food_water', "L'eau de la rivière est impropre à la baignade.", False, None),
    ('fr', 'sleep_noise', 'Les détenus dorment dans des lits individuels.', False, None),
    ('fr', 'sleep_noise', 'Le bruit de la manifestation a été entendu devant la prison.', False, None),
    ('fr', 'exercise_time',
     'Toute personne détenue doit bénéficier d\'au moins une heure de promenade par jour.', False, None),
    ('fr', 'exercise_time', "L'entretien avec le directeur a duré une heure.", False, None),
    ('fr', 'exercise_outdoor', 'Les détenus ont accès chaque jour à une cour en plein air.', False, None),
    ('fr', 'exercise_outdoor', 'Il est recommandé d\'aménager une cour en plein air.', False, None),
    ('fr', 'reading_news', 'La bibliothèque est ouverte tous les jours.', False, None),
    ('fr', 'reading_news', 'La visite a fait l\'objet d\'un article dans le journal local.', False, None),
    ('fr', 'work_programmes', 'Les détenus travaillent dans les ateliers de menuiserie.', False, None),
    ('fr', 'work_programmes', "Il convient de développer l'offre de formation.", False, None),
    ('fr', 'religion', "L'aumônier se rend chaque semaine au quartier d'isolement.", False, None),
    ('fr', 'religion', 'Toute personne a droit à la liberté de religion.', False, None),
    ('fr', 'family_visits', 'Les parloirs ont lieu trois fois par semaine sans difficulté.', False, None),
    ('fr', 'family_visits', 'La visite des contrôleurs a eu lieu du 3 au 7 mai.', False, None),
    ('fr', 'family_visits', 'Il est recommandé de faciliter les visites des familles.', False, None),
    ('fr', 'family_calls', 'Les détenus peuvent téléphoner à leurs proches tous les jours.', False, None),
    ('fr', 'family_calls', "Les contrôleurs ont téléphoné à la direction pour annoncer leur visite.", False, None),
    ('fr', 'correspondence', 'Le Contrôleur général a adressé une lettre au ministre.', False, None),
    ('fr', 'correspondence', 'Le courrier est distribué chaque jour sans retard.', False, None),
    ('fr', 'legal_access', "L'avocat du requérant a saisi le juge des référés.", False, None),
    ('fr', 'legal_access', 'Toute personne détenue a droit à l\'assistance d\'un avocat.', False, None),
    ('fr', 'legal_confidentiality',
     "Les entretiens avec les avocats se déroulent dans un local confidentiel.", False, None),
    ('fr', 'legal_confidentiality',
     'Les contrôleurs se sont entretenus en toute confidentialité avec les détenus.', False, None),
    ('fr', 'consular_access', 'Le consulat a été informé de son placement le jour même.', False, None),
    ('fr', 'consular_access', 'Le consul a visité le centre en mars.', False, None),
    ('fr', 'language_interpreter', 'Il parle couramment le français.', False, None),
    ('fr', 'language_interpreter', "Il est recommandé de recourir à un interprète professionnel.", False, None),
    ('fr', 'monitoring_access',
     'Le Contrôleur général peut visiter à tout moment les lieux de privation de liberté.', False, None),
    ('fr', 'monitoring_access', "L'accès au parloir a été refusé à son épouse.", False, None),
    ('fr', 'complaints', 'Le Contrôleur général a été saisi par la sœur du détenu.', False, None),
    ('fr', 'complaints', 'Une boîte aux lettres pour les requêtes est installée dans chaque coursive.', False, None),
    ('fr', 'physical_health', 'Le diabète est fréquent dans la population générale.', False, None),
    ('fr', 'physical_health', "L'instruction de la requête est en cours.", False, None),
    ('fr', 'mental_health', "L'isolement peut provoquer anxiété et dépression.", False, None),
    ('fr', 'mental_health', 'Un psychologue intervient deux fois par semaine.', False, None),
    ('fr', 'medical_care', 'Il bénéficie d\'un suivi médical régulier.', False, None),
    ('fr', 'medical_care', 'Il est recommandé de renforcer les effectifs médicaux.', False, None),
    ('fr', 'vulnerable_person', "L'administration doit adapter la prise en charge des femmes enceintes.", False, None),
    ('fr', 'vulnerable_person', 'Le directeur, âgé de 55 ans, a accueilli les contrôleurs.', False, None),
    ('fr', 'restraints', "Le recours aux moyens de contrainte doit rester exceptionnel.", False, None),
    ('fr', 'restraints', "Il a été extrait sans menottes.", False, None),
    ('fr', 'strip_search', 'Les fouilles sont réalisées au moyen d\'un portique de détection.', False, None),
    ('fr', 'strip_search',
     "Il est recommandé de ne recourir aux fouilles intégrales qu'en cas de nécessité.", False, None),
    ('fr', 'use_of_force', "L'usage de la force doit être strictement proportionné.", False, None),
    ('fr', 'use_of_force', 'La réforme a frappé durement le budget pénitentiaire.', False, None),
    ('fr', 'collective_punishment', 'Les sanctions collectives sont interdites.', False, None),
    ('fr', 'collective_punishment', 'Il a été sanctionné pour la bagarre à laquelle il a pris part.', False, None),
    ('fr', 'pretrial_status', 'La détention provisoire doit rester exceptionnelle.', False, None),
    ('fr', 'separation', 'Les prévenus sont séparés des condamnés.', False, None),
    ('fr', 'separation', 'Les femmes sont hébergées dans un bâtiment distinct.', False, None),
    ('fr', 'justification_security',
     'Les restrictions ne peuvent être justifiées que par des raisons de sécurité.', False, None),
    ('fr', 'justification_security', 'Le personnel de sécurité a accompagné les contrôleurs.', False, None),
]

# ---------------------------------------------------------------- second pass: longer sentences of reports
EXTRA: list[Row] = [
    ('es', 'legal_confidentiality',
     'El personal de custodia no permite que los internos se entrevisten en privado con su defensor.', True, None),
    ('es', 'legal_confidentiality',
     'Se permite que los internos se entrevisten en privado con su defensor.', False, None),
    ('es', 'family_calls',
     'A los internos sancionados se les restringe la visita familiar y las llamadas telefónicas por treinta días.',
     True, None),
    ('es', 'family_visits', 'Se les restringen las llamadas telefónicas y las visitas familiares.', True, None),
    ('es', 'food_water',
     'Los alimentos son insuficientes y de mala calidad, según manifestaron los internos entrevistados.',
     True, 'alleged'),
    ('fr', 'medical_care',
     'Les personnes détenues rencontrées indiquent ne pas avoir été examinées par un médecin depuis leur arrivée.',
     True, 'alleged'),
    ('fr', 'medical_care', 'Le médecin a examiné les personnes détenues dès leur arrivée.', False, None),
    ('fr', 'medical_care',
     'Les demandes de rendez-vous médical restent souvent sans réponse pendant plusieurs semaines.', True, None),
    ('fr', 'food_water', 'En cellule, les repas, servis dès 17 heures, sont froids.', True, None),
    ('fr', 'food_water', 'Les repas chauds sont servis à midi.', False, None),
    ('fr', 'confinement_hours',
     "Il n'est proposé aucune activité aux arrivants, qui restent en cellule toute la journée.", 24.0, None),
    ('fr', 'confinement_hours', 'Les détenus ne doivent pas rester en cellule toute la journée.', False, None),
    ('fr', 'legal_confidentiality',
     'Les entretiens avec les avocats ont lieu au parloir, sous le regard des surveillants.', True, None),
    ('fr', 'legal_confidentiality',
     "Les entretiens avec les avocats se déroulent dans un bureau fermé, hors de l'écoute des surveillants.",
     False, None),
    ('fr', 'family_calls',
     "Les personnes retenues ne disposent d'aucun moyen de communiquer avec l'extérieur, leurs téléphones portables "
     "ayant été confisqués.", True, None),
    ('fr', 'no_meaningful_contact',
     "Les contrôleurs ont constaté que les personnes placées à l'isolement ne voyaient personne, hormis les "
     "surveillants lors de la distribution des repas.", True, 'asserted'),
    ('fr', 'no_natural_light', "La cellule ne dispose pas d'une fenêtre.", True, None),
    ('fr', 'ventilation',
     "La cellule occupée par M. B. ne dispose pas d'une fenêtre pouvant être ouverte.", True, None),
    ('fr', 'no_natural_light', "Chaque cellule dispose d'une fenêtre qui peut être ouverte.", False, None),
    ('fr', 'restraints',
     "Les patients placés en chambre d'isolement sont, dans certains cas, maintenus sous contention pendant "
     "plusieurs jours.", True, 'asserted'),
    ('fr', 'restraints', "Dans certains cas, la contention peut être nécessaire.", False, None),
    ('fr', 'solitary', "Aucune douche n'est possible au quartier disciplinaire pendant la durée de la sanction.",
     True, None),
    ('fr', 'sanitation', 'Le garde des sceaux ne conteste pas que des rats circulent dans les cellules.',
     True, 'asserted'),
    ('fr', 'isolation_duration', "Il est à l'isolement depuis cent vingt jours.", 120.0, None),
    ('es', 'isolation_duration', 'Lleva ciento veinte días en aislamiento.', 120.0, None),
    ('es', 'exercise_time', 'Salen al patio media hora al día.', 0.5, None),
    ('fr', 'confinement_hours', 'Ils sont enfermés vingt-deux heures et demie par jour.', 22.5, None),
]

ROWS: list[Row] = ES + ES_TRAPS + FR + FR_TRAPS + EXTRA


@pytest.mark.parametrize("lang, type_, sentence, expected, certainty", ROWS)
def test_round5_sentence(read, lang: str, type_: str, sentence: str, expected: bool | float | str,
                         certainty: str | None) -> None:
    facts = read[lang](sentence)
    got = [f for f in counted(facts, type_) if not f.negated]
    if expected is False:
        assert not got, describe(facts)
        return
    assert got, describe(facts)
    if isinstance(expected, str):
        assert any(str(f.value) == expected for f in got), describe(facts)
    elif expected is not True:
        assert any(isinstance(f.value, (int, float)) and abs(float(f.value) - expected) <= 0.15 * expected
                   for f in got), describe(facts)
    if certainty is not None:
        assert any(str(f.certainty) == certainty for f in got), describe(facts)


def test_round5_covers_every_type_in_both_languages() -> None:
    from dignity.model import FACT_TYPES

    for lang, rows, traps in (("es", ES, ES_TRAPS), ("fr", FR, FR_TRAPS)):
        assert len(rows) >= 140 and len(traps) >= 80, lang
        assert {t for _, t, *_ in rows} == set(FACT_TYPES), lang
