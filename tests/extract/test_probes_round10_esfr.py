"""Spanish and French constructions behind the misses on fresh real text (round 10, issues 10 and 11).

Every sentence here was written for the test; none is copied from a document.

- es ", tampoco hay" ends a negation as the comma it holds does: "no tiene baños, tampoco hay
  duchas" is two lacks, not a lack and a negated one.
- A gap "X Y" may not run over a comma into the previous list item ("hay duchas, hay cucarachas").
- "sin luz ni ventilación natural": the adjective is shared (no natural light, no fresh air; no
  darkness); "y bajo temperaturas extremas" opens a new circumstance the "sin ... ni" does not deny
  (es "y bajo/con", fr "et sous/avec").
- A list item after another thing's word ("ni conexión segura de luz artificial") is not the
  condition: a composed type's ``gap_vetoes`` hold inside a list too (compose.py).
- es: violence "por parte del personal"; a visit regime restricted ("su régimen de visitas"),
  visits cut to minutes, "y esposados"; "limpieza insuficiente"; "planchas para dormir"; food last
  in a list of what is missing; "encierro prolongado en celdas"; people of two categories held
  together ("juntando a ... con ..."); privacy missing in interviews with lawyers; "visitas giradas
  por el Mecanismo"; a duty to investigate allegations is no allegation.
- fr: ventilation "non fonctionnel", "problèmes d'aération"; "mauvaises conditions d'hygiène" (a
  meal named further on does not make it the kitchen's); symptoms ("lombalgie", "infarctus",
  "problèmes respiratoires", "prothèse à la hanche"); care not given at once, no health check on
  arrival; a request to restore visits; visits in a glass cage; "traitements inhumains ou
  dégradants" is no medical treatment; "parloirs aménagés" is a kind of room.
- es hygiene's "unless" words (food, kitchen) veto only next to the fact (``unless_near``): "una
  higiene inadecuada, insuficiente suministro de alimentos" keeps the hygiene (compose.py); a reason
  clause ("dado que se observó que") is no part of a recommendation; "maltratos físicos";
  "pasan mucho tiempo encerrados en sus celdas"; "revisiones hechas a los centros"; fr "problèmes
  d'eau chaude", cells "remplies de champignons", "il n'est pas garanti qu'un interprète".
- A litotes affirms ("il n'est pas rare que", "no es raro que"); an obstacle is no shackle ("des
  entraves à l'accès aux soins", "l'accès aux soins est entravé").
- Second round (new excerpts): the people a lack is for, and the cause of a state, are not denied
  (es "sin medicamentos para enfermos con diabetes", "debido al aislamiento"; fr "pour les malades",
  "en raison de"); "debido" is no modal "deber" (an ``unless`` of "deb..." no longer vetoes "debido a");
  es "omisión de", "déficit de" are lacks; showers broken; dirty mattresses; restraint rings put on
  hands and ankles; injuries caused; "enfermedades como la tuberculosis"; "tras su visita"; fr "à trois
  dans 9 m2", "dans 9 m² surpeuplés"; bed bugs; what favours vermin; studies that cannot be pursued;
  a yard under a wire ceiling; light that struggles to come in; heart disease, weight lost.
"""

from __future__ import annotations

import pytest

from extract_helpers import check_row, counted, describe, reader

ES = reader("es")
FR = reader("fr")


@pytest.mark.parametrize("text, type_, expected", [
    # a comma ends the first lack's "no"
    ("La celda de la comisaría no tiene ventanas, tampoco hay regaderas para los detenidos.", "hygiene", True),
    ("El calabozo no tiene lavabo, tampoco hay camas para los detenidos.", "bedding_clothing", True),
    ("En el pabellón de mujeres tampoco hay regaderas, hay chinches en los colchones.", "sanitation", True),
    # the adjective shared by two nouns
    ("Los presos del penal de Tacna pasaban el día sin luz ni ventilación natural.", "ventilation", True),
    ("Los presos del penal de Tacna pasaban el día sin luz ni ventilación natural.", "no_natural_light", True),
    ("Los presos del penal de Tacna pasaban el día sin luz ni ventilación natural.", "darkness", False),
    ("Los reclusos vivían hacinados, sin luz ni aire natural y bajo un calor extremo.", "temperature", True),
    ("Los reclusos vivían sin luz ni ventilación natural y con temperaturas muy altas.", "temperature", True),
    ("La celda no contaba con ventanas, ni conexión segura de luz eléctrica para los presos.", "darkness", False),
    # staff violence, visits, restraints
    ("Las internas denunciaron amenazas, insultos y violencia por parte de los custodios.", "use_of_force", True),
    ("El informe reitera la necesidad de investigar de oficio las denuncias de malos tratos.", "use_of_force", False),
    ("A los presos políticos se les restringió sin motivo su régimen de visitas.", "family_visits", True),
    ("Las madres podían ver a sus hijos detenidos apenas durante veinte minutos.", "family_visits", False),
    ("Los jóvenes recibían a sus madres solamente por diez minutos cada domingo.", "family_visits", True),
    ("Los internos asistían a las audiencias durante horas y esposados.", "restraints", True),
    # cells, beds, food, lock-up
    ("La inspección constató la limpieza deficiente de los calabozos de la alcaldía.", "sanitation", True),
    ("En la estación migratoria había carencia de planchas para dormir para los detenidos.", "bedding_clothing", True),
    ("El Mecanismo observó falta de agua corriente, colchones y alimentos para los detenidos.", "food_water", True),
    ("La comisión detectó un encierro prolongado en sus celdas de los internos del módulo C.",
     "confinement_hours", True),
    ("Los detenidos permanecían encerrados en sus celdas la mayor parte del día.", "confinement_hours", True),
    # who is held with whom, lawyers, monitors
    ("En la cárcel de Ica se mezcla a los adolescentes con los adultos en el patio.", "separation", False),
    ("En la estación se seguía juntando a las mujeres procesadas con las condenadas en el mismo dormitorio.",
     "separation", True),
    ("Se detectó falta de privacidad en las llamadas, en las entrevistas con sus abogados y en las visitas.",
     "legal_confidentiality", True),
    ("En las inspecciones giradas por la Defensoría se constató que los baños no tenían puertas.",
     "monitoring_access", "granted"),
])
def test_spanish_round10(text: str, type_: str, expected: bool | str) -> None:
    check_row(ES(text), type_, expected)


@pytest.mark.parametrize("text", [
    "El espacio no tiene baños, tampoco hay duchas para los detenidos.",
    "El patio no tiene techo, tampoco hay agua potable para los presos.",
])
def test_tampoco_after_a_comma_is_no_negation(text: str) -> None:
    facts = ES(text)
    assert facts and not any(f.negated for f in facts), describe(facts)


@pytest.mark.parametrize("text, type_, expected", [
    ("Les contrôleurs relèvent un système de ventilation non fonctionnel dans les cellules du quartier B.",
     "ventilation", True),
    ("La délégation a noté des murs dégradés et des problèmes d'aération dans les cellules des détenus.",
     "ventilation", True),
    ("Le requérant dénonce de mauvaises conditions d'hygiène et l'absence de repas adaptés à son régime.",
     "hygiene", True),
    ("Les conditions d'hygiène des cuisines étaient médiocres.", "hygiene", False),
    ("Le détenu, atteint d'une lombalgie, a été transporté menotté.", "physical_health", True),
    ("Le requérant a subi un infarctus en cellule au mois de mars.", "physical_health", True),
    ("Plusieurs détenues se plaignent de problèmes respiratoires dus aux moisissures.", "physical_health", True),
    ("Le requérant, porteur d'une prothèse au genou, fut extrait vers l'hôpital.", "physical_health", True),
    ("La détenue n'a pas bénéficié d'une prise en charge rapide de ses douleurs.", "medical_care", True),
    ("Il n'existe aucun examen de santé systématique à l'arrivée des personnes retenues.", "medical_care", True),
    ("La Cour a conclu à la violation de l'article 3 (traitements inhumains ou dégradants) envers le requérant.",
     "medical_care", False),
    ("L'association demande de rétablir les parloirs deux fois par semaine au centre de Saint-Denis.",
     "family_visits", True),
    ("Les familles rencontrent les détenus dans des parloirs en cage vitrée.", "family_visits", True),
    ("La maison d'arrêt ne comporte pas de parloirs aménagés pour les enfants.", "family_visits", False),
])
def test_french_round10(text: str, type_: str, expected: bool | str) -> None:
    check_row(FR(text), type_, expected)


def test_a_new_circumstance_after_sans_ni_is_not_denied() -> None:
    text = "Les détenus sont restés enfermés sans lumière ni aération naturelle et sous une chaleur extrême."
    facts = FR(text)
    assert [f for f in counted(facts, "temperature") if not f.negated], describe(facts)


@pytest.mark.parametrize("text, type_, expected", [
    ("En la cárcel de Cúcuta faltan medicinas para los enfermos con hipertensión.", "physical_health", True),
    ("La enfermedad avanza sin control debido al aislamiento de doce internos en celdas de castigo.", "solitary", True),
    ("Los presos quedaron sin luz debido al corte del servicio eléctrico.", "darkness", True),
    ("El informe señala la omisión de actividades educativas para los internos del penal de Apodaca.",
     "work_programmes", True),
    ("La Comisión advirtió un déficit de personal médico en el penal de Topo Chico.", "medical_care", True),
    ("Los visitadores observaron las regaderas con graves desperfectos debido a la falta de mantenimiento.",
     "hygiene", True),
    ("Los colchones de las internas estaban sucios y deteriorados.", "bedding_clothing", True),
    ("Los custodios les colocaron esposas que les fueron colocadas en las muñecas durante horas.", "restraints", True),
    ("Los internos dijeron que los aros de sujeción les provocaron heridas.", "restraints", True),
    ("Los guardias les han causado lesiones a varios detenidos del módulo B.", "physical_health", True),
    ("En el penal se propagan enfermedades como la tuberculosis entre los reclusos.", "physical_health", True),
    ("Tras su visita al penal de Comayagua, la Comisión constató que las celdas estaban sucias.",
     "monitoring_access", "granted"),
    ("Los detenidos soportan un calor abrasador bajo las carpas del patio.", "temperature", True),
])
def test_spanish_round10_second(text: str, type_: str, expected: bool | str) -> None:
    check_row(ES(text), type_, expected)


@pytest.mark.parametrize("text, type_, expected", [
    ("Nous vivions à quatre dans 12 m2 au bâtiment B.", "cell_space", 12.0),
    ("Il décrit son quotidien dans 8 m² surpeuplés.", "cell_space", 8.0),
    ("Il y a des punaises de lit dans toutes les cellules du quartier.", "sanitation", True),
    ("Le linge entassé attire les nuisibles dans la cellule.", "sanitation", True),
    ("Faute de place, le détenu ne peut pas poursuivre ses études en détention.", "work_programmes", True),
    ("Les surveillants ne viennent pas nous chercher pour l'école.", "work_programmes", True),
    ("La promenade se fait dans une cour avec un toit grillagé.", "exercise_outdoor", "False"),
    ("La cellule n'a qu'une lucarne par laquelle la lumière peine à entrer.", "no_natural_light", True),
    ("Le détenu, atteint d'une pathologie cardiaque, attend une consultation.", "physical_health", True),
    ("Après trois semaines, il dit avoir beaucoup maigri.", "physical_health", True),
    ("Il reste sans médicaments pour les malades atteints de diabète à la maison d'arrêt.", "physical_health", True),
])
def test_french_round10_second(text: str, type_: str, expected: bool | float | str) -> None:
    check_row(FR(text), type_, expected)


@pytest.mark.parametrize("text, type_, expected", [
    ("Los penales presentan una higiene deficiente, escaso suministro de comida y filtraciones.", "hygiene", True),
    ("La higiene de los alimentos es deficiente en la cocina del penal.", "hygiene", False),
    ("Se recomendó el acceso al agua potable, dado que se observó que los internos no tienen agua para beber.",
     "food_water", True),
    ("Los reclusos denunciaron maltratos físicos en el pabellón de máxima seguridad.", "use_of_force", True),
    ("Los internos pasan mucho tiempo encerrados en sus estancias por falta de custodios.", "confinement_hours", True),
    ("Las revisiones hechas a los centros por la Comisión mostraron fugas de agua.", "monitoring_access", "granted"),
])
def test_spanish_round10_third(text: str, type_: str, expected: bool | str) -> None:
    check_row(ES(text), type_, expected)


@pytest.mark.parametrize("text, type_, expected", [
    ("En hiver, les retenus subissent des problèmes d'eau chaude.", "hygiene", True),
    ("Plusieurs cellules sont remplies de moisissures au rez-de-chaussée.", "sanitation", True),
    ("Il n'est pas garanti qu'un interprète ait traduit la notification aux retenus.", "language_interpreter", True),
])
def test_french_round10_third(text: str, type_: str, expected: bool | str) -> None:
    check_row(FR(text), type_, expected)


@pytest.mark.parametrize("reader_, text, type_, expected", [
    (FR, "Il n'est pas rare que les détenus restent 21 heures sur 24 en cellule.", "confinement_hours", 21.0),
    (ES, "No es raro que los internos pasen 21 horas al día encerrados en sus celdas.", "confinement_hours", 21.0),
    (FR, "Le rapport relève des entraves à l'accès aux soins des détenus.", "restraints", False),
    (FR, "L'accès aux activités est entravé pour les détenus du bâtiment B.", "restraints", False),
    (FR, "Le détenu a été entravé aux chevilles pendant le transport.", "restraints", True),
])
def test_litotes_and_obstacles(reader_, text: str, type_: str, expected: bool | float) -> None:
    check_row(reader_(text), type_, expected)
