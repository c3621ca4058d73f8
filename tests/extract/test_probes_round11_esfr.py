"""Spanish and French constructions behind misses on fresh real text (round 11, branch esfr13).

Every sentence here was written for the test; none is copied from a document.

- A judgement of compatibility denies nothing ("son état n'était pas compatible avec un placement à
  l'isolement", "su salud no era compatible con la permanencia en la celda de castigo"): the placement
  is there (context.yaml PSEUDO).
- A quantity short of need ("des quantités insuffisantes de nourriture", "cantidades insuficientes de
  alimentos") is a lack (compose.yaml LACKING).
- Hunger said with "con/tener hambre", "rien à manger".
- Force "manifestement excessif" (an adverb or quotation marks inside), assault by a police unit.
- fr the norm named before the figure: "un espace personnel inférieur à la norme minimale requise de 3 m2".
- fr a measure taken for a complaint or a petition ("placé à l'isolement à la suite de ses critiques") is a
  reprisal.
- es vermin seen ("se advirtieron plagas", "se detectaron ratones") is sanitation; "servicios higiénicos"
  (Chile) are toilets, and access "no era permanente" is a lack.
- es "registros con desnudo integral" are strip searches; "la imposibilidad de obtener un colchón" is a lack.
- es: isolation said in the plural or as suffered ("padecen aislamientos extremos"); "extremo" qualifies
  a temperature, not a cell (the room's own words for heat and cold); what a place is not fitted with
  ("no presentan calefacción"); a failing named as a problem ("problemas de ventilación").
"""

from __future__ import annotations

import pytest

from extract_helpers import check_row, reader

ES = reader("es")
FR = reader("fr")


@pytest.mark.parametrize("text, type_, expected", [
    # compatibility
    ("El médico certificó que su estado de salud no era compatible con la permanencia en la celda de castigo.",
     "solitary", True),
    ("La doctora señaló que la diabetes del interno no es compatible con el régimen de aislamiento.",
     "solitary", True),
    ("El informe señala que el interno no fue aislado en ningún momento.", "solitary", False),
    # a quantity short of need
    ("Los internos del módulo 4 reciben cantidades insuficientes de alimentos.", "food_water", True),
    ("La visita constató un suministro insuficiente de agua potable en el dormitorio B.", "food_water", True),
    ("Los internos del módulo 4 reciben cantidades suficientes de alimentos.", "food_water", False),
    # only a container's worth of water
    ("En las celdas de castigo los reclusos solo cuentan con una botella de agua entregada por los guardias.",
     "food_water", True),
    ("A cada interna se le entrega únicamente un litro de agua para todo el día.", "food_water", True),
    ("Cada interno recibe una botella de agua además de las tres comidas.", "food_water", False),
    # hunger
    ("Los adolescentes pasaban las noches con hambre y sin cobijas.", "food_water", True),
    ("Las reclusas dijeron que tenían hambre casi todos los días.", "food_water", True),
    ("El programa busca erradicar el hambre en la región.", "food_water", False),
    # force
    ("El detenido fue agredido por una unidad policial durante el traslado.", "use_of_force", True),
    ("La jueza constató un uso manifiestamente excesivo de la fuerza contra los internos.", "use_of_force", True),
    ("El interno fue agredido por otro recluso con un objeto punzante.", "use_of_force", False),
    # isolation in the plural, what people suffer
    ("La comisión constató que los jóvenes padecen aislamientos prolongados en el pabellón C.", "solitary", True),
    ("Los internos eran sometidos a aislamientos extremos en celdas sin luz.", "solitary", True),
    ("El aislamiento geográfico de la región dificulta las visitas de las familias.", "solitary", False),
    # "extremo" and the room
    ("Los detenidos sufren aislamientos extremos en celdas sin ventanas.", "temperature", False),
    ("Las celdas del sector 2 son sofocantes durante el verano.", "temperature", True),
    ("Los internos soportan temperaturas extremas en las celdas del módulo.", "temperature", True),
    # what a place is not fitted with
    ("Se observó que las celdas del módulo de mujeres no presentan calefacción.", "temperature", True),
    ("Los calabozos de la comisaría no presentan ventilación alguna.", "ventilation", True),
    ("Los detenidos no presentaban lesiones visibles.", "temperature", False),
    # problems
    ("Los dormitorios tienen serios problemas de ventilación.", "ventilation", True),
    ("Las celdas tienen problemas de iluminación y de ventilación, humedad y filtraciones.", "ventilation", True),
    ("No se detectaron problemas de ventilación en las celdas visitadas.", "ventilation", False),
    # strip searches named as Spain's MNP names them; bedding that cannot be had
    ("El Mecanismo constató registros con desnudo integral a todos los ingresos.", "strip_search", True),
    ("Se practican registros corporales con desnudo a las personas que acuden a las visitas.", "strip_search", True),
    ("Se practican registros de las celdas con perros adiestrados.", "strip_search", False),
    ("La visita constató la imposibilidad de obtener una cobija en los calabozos.", "bedding_clothing", True),
    ("Los detenidos denunciaron la imposibilidad de conseguir colchones en el módulo 3.", "bedding_clothing", True),
    ("La imposibilidad de obtener una defensa adecuada afecta a los detenidos.", "bedding_clothing", False),
    # vermin seen (sanitation, as the read passages label vermin); toilets not always open
    ("La inspección advirtió plagas en cuatro de los seis módulos del penal.", "sanitation", True),
    ("Durante la visita se detectaron ratones y vinchucas en los dormitorios.", "sanitation", True),
    ("No se advirtieron plagas en los dormitorios del penal.", "sanitation", False),
    ("En la cárcel de Arica el acceso a servicios higiénicos no era permanente.", "sanitation", True),
    ("En la cárcel de Arica el acceso a servicios higiénicos es permanente.", "sanitation", False),
    # containers to relieve oneself in; hammocks tied up hold no one; an illness one says one has
    ("En la comisaría los detenidos hacen sus necesidades en cajas de cartón.", "sanitation", True),
    ("Las internas orinan en baldes durante la noche porque el baño está cerrado.", "sanitation", True),
    ("Los detenidos guardan sus pertenencias en cajas de cartón.", "sanitation", False),
    ("Los reclusos duermen en hamacas amarradas a los barrotes.", "restraints", False),
    ("Los internos permanecieron amarrados a la cama durante diez horas.", "restraints", True),
    ("Varias internas aseguraron tener tuberculosis y no recibir tratamiento.", "physical_health", True),
    ("El programa busca evitar tener casos de tuberculosis en el penal.", "physical_health", False),
])
def test_spanish_round11(text: str, type_: str, expected: bool) -> None:
    check_row(ES(text), type_, expected)


@pytest.mark.parametrize("text, type_, expected", [
    # compatibility
    ("Malgré un certificat médical indiquant que son état n'était pas compatible avec un placement au quartier "
     "d'isolement, la direction l'y a maintenu.", "solitary", True),
    ("Le psychiatre a écrit que la santé du détenu n'est pas compatible avec son maintien à l'isolement.",
     "solitary", True),
    ("Le détenu n'a jamais été placé à l'isolement.", "solitary", False),
    # a quantity short of need
    ("Une vingtaine de détenues se plaignaient de quantités insuffisantes de nourriture.", "food_water", True),
    ("Les plateaux contenaient une quantité insuffisante de nourriture pour des adultes.", "food_water", True),
    ("Les détenus reçoivent une quantité suffisante de nourriture.", "food_water", False),
    # hunger
    ("« Certains soirs, on n'a rien à manger », ont écrit les détenus.", "food_water", True),
    ("Les détenus du bâtiment C disent qu'ils n'ont parfois rien à manger le week-end.", "food_water", True),
    ("Il ne manque plus rien à manger dans les cantines depuis la réforme.", "food_water", False),
    # force
    ("La commission a jugé que les agents avaient fait un usage manifestement excessif de la force contre lui.",
     "use_of_force", True),
    ("Le rapport relève un usage « clairement disproportionné » de la force lors de la fouille.", "use_of_force",
     True),
    ("La direction affirme que la force n'a pas été utilisée lors de l'extraction.", "use_of_force", False),
    # the norm named before its figure
    ("Les requérants ont disposé d'un espace personnel inférieur à la norme minimale requise de 3 m2 pendant toute "
     "leur détention.", "cell_space", 3.0),
    ("Le requérant disposait d'un espace personnel inférieur à la limite de 3 m² pendant neuf mois.", "cell_space",
     3.0),
    ("La requête porte sur l'espace personnel dont disposent les détenus de la maison d'arrêt.", "cell_space", False),
    # cold felt in the room
    ("La délégation a relevé un froid ambiant dans les cellules de garde à vue.", "temperature", True),
    ("Les détenus se plaignent d'un froid glacial dans le quartier disciplinaire.", "temperature", True),
    ("Le chauffage protège les détenus contre le froid ambiant de la région.", "temperature", False),
    # a measure taken for a complaint or a petition
    ("Le détenu a été placé au quartier d'isolement à la suite de ses plaintes sur les repas.", "complaints", True),
    ("Cette mesure d'isolement fait notamment suite aux critiques formulées par l'intéressé sur les parloirs.",
     "complaints", True),
    ("La direction a sanctionné la détenue pour avoir rédigé une pétition sur les douches.", "complaints", True),
    ("Le détenu a été placé à l'isolement à la suite d'une agression sur un surveillant.", "complaints", False),
    ("Le détenu a été transféré à la suite de sa demande de rapprochement familial.", "complaints", False),
])
def test_french_round11(text: str, type_: str, expected: bool) -> None:
    check_row(FR(text), type_, expected)
