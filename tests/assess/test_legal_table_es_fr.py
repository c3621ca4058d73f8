"""The legal test table in Spanish and French: whose word a fact is in the genres that report on
detention in those languages, read end to end (extract + assess).

National preventive mechanisms and human rights commissions (Spain's MNP, Mexico's CNDH), constitutional
courts (a Colombian tutela, a Salvadoran hábeas corpus), the CGLPL, the Conseil d'État's référé judge, the
European Court in French and the Défenseur des droits.  A court's or an official body's own finding (its
observation on a visit, "se constató", "quedó acreditado", "la Sala advierte", "il résulte de
l'instruction", "la Cour relève") establishes a fact: with words that say how far it falls short, a
violation is likely.  The traps: what detainees or an NGO say, what a body was told or received, a
request or a recommendation, a claim the court found not proven, a truth about the world.

Each row: (id: genre-what, language, our own text, finding id, expected status or None for no
finding, a one-line reason; "trap:" for a row that must not become a breach).
"""

from __future__ import annotations

from collections import Counter

import pytest

from assess_helpers import assess_text, check_finding

V, C, I = "violation_likely", "concern", "insufficient_information"
MNP = "Informe de la visita del Mecanismo Nacional de Prevención de la Tortura al Centro Penitenciario de Almenara. "
CNDH = ("Recomendación 30/2023 de la Comisión Nacional de los Derechos Humanos sobre el Centro de Reinserción "
        "Social de Valle Alto. ")
TUTELA = "Corte Constitucional. Sentencia T-410 de 2022. Acción de tutela. "
HC = "Sala de lo Constitucional de la Corte Suprema de Justicia. Hábeas corpus 300-2021. "
CGLPL = "Rapport de visite du Contrôleur général des lieux de privation de liberté. Centre pénitentiaire de Valmont. "
CE = "Conseil d'État, juge des référés, ordonnance du 4 avril 2023. "
CEDH = "Cour européenne des droits de l'homme. Affaire Durand c. France. Arrêt. "
CORTEIDH = ("Corte Interamericana de Derechos Humanos. Caso López y otros vs. Estado. Sentencia (Excepciones "
            "Preliminares, Fondo, Reparaciones y Costas). ")
DDD = "Décision du Défenseur des droits relative aux conditions de détention au centre de détention de Montclair. "
PPN = "Informe anual de la Procuración Penitenciaria de la Nación. Complejo Penitenciario Federal de Los Álamos. "
DPCO = "Informe de seguimiento de la Defensoría del Pueblo a la cárcel de Piedrablanca. "
CPT = ("Rapport au Gouvernement sur la visite effectuée par le Comité européen pour la prévention de la torture "
       "(CPT). ")
SPT = "Informe sobre la visita realizada por el Subcomité para la Prevención de la Tortura. "
CNPT = "Rapport de la Commission nationale de prévention de la torture (CNPT) sur sa visite à la prison de Belleroche. "

ROWS = [
    ("mnp-seen-floor", "es", MNP + "Durante la visita se constató que en el módulo 2 varios internos dormían sobre el"
     " suelo, sin colchón.",
     "mandela-21", V, "the mechanism's own observation on its visit, specific: asleep on the floor"),
    ("mnp-checked-register", "es", MNP + "Se examinó el libro de registro y se pudo comprobar que un interno "
     "permaneció sujeto a la cama durante 26 horas consecutivas.",
     "mandela-47", V, "what the mechanism checked in the register is its finding"),
    ("mnp-windowless", "es", MNP + "El equipo pudo observar que las celdas de aislamiento carecían de ventanas.",
     "mandela-14", V, "the team's observation: cells without windows"),
    ("mnp-inmates-denounce", "es", MNP + "Según denunciaron los internos, los funcionarios los golpeaban durante los "
     "cacheos.", "mandela-1", C, "trap: what the inmates denounced is their word, relayed"),
    ("mnp-recommends", "es", MNP + "El Mecanismo recomienda que se proporcione a cada interno una cama con colchón.",
     "mandela-21", None, "trap: a recommendation says what should be, not what is"),
    ("cndh-staff-observed", "es", CNDH + "El personal de esta Comisión Nacional observó que en el dormitorio 4 había "
     "60 personas en un espacio diseñado para 20.",
     "mandela-13", V, "the Commission's staff saw it: three times the design capacity"),
    ("cndh-acreditado", "es", CNDH + "Quedó acreditado que las estancias del área de ingreso estaban infestadas de "
     "chinches y cucarachas.", "mandela-17", V, "what the Commission holds proven is its finding"),
    ("cndh-verified", "es", CNDH + "Pudimos verificar que los internos de la estancia 3 duermen en el piso.",
     "mandela-21", V, "the Commission's own verification, in the first person"),
    ("cndh-testimonies", "es", CNDH + "Esta Comisión Nacional recabó testimonios de internos que señalaron haber sido"
     " golpeados por custodios.", "mandela-1", C, "trap: testimonies the Commission gathered are the inmates' word"),
    ("cndh-informed", "es", CNDH + "Los visitadores adjuntos fueron informados por los internos de que los custodios "
     "los golpean.", "mandela-1", C, "trap: what the visitors were told is relayed, not seen"),
    ("tutela-sala-advierte", "es", TUTELA + "La Sala advierte que el establecimiento presenta un hacinamiento del 250"
     " por ciento.", "mandela-13", V, "the court's own finding of an overcrowding rate far past capacity"),
    ("tutela-claim-then-finding", "es", TUTELA + "El accionante afirma, y esta Sala pudo constatar, que los internos "
     "del patio 3 duermen en el piso sin colchón.", "mandela-21", V, "the court's finding ends the claim it recites"),
    ("tutela-demostrado", "es", TUTELA + "Está demostrado que los internos del pabellón 3 no reciben agua potable "
     "desde hace dos meses.", "mandela-22", V, "what the court holds demonstrated is found"),
    ("tutela-general-truth", "es", TUTELA + "Está demostrado que el hacinamiento favorece la violencia entre "
     "internos.", "mandela-13", None, "trap: what is demonstrated of the world is about no one in this case"),
    ("tutela-claim-only", "es", TUTELA + "El accionante afirma que los internos del patio 3 duermen en el piso sin "
     "colchón.", "mandela-21", C, "trap: the claimant's word alone"),
    ("hc-judge-report", "es", HC + "Según el informe del juez ejecutor, el favorecido se encuentra en una celda "
     "colectiva con otras 30 personas, sin ventilación.",
     "mandela-13", V, "the executing judge's report, an officer of the court, establishes it"),
    ("hc-petitioner", "es", HC + "La peticionaria expuso que su hijo permanece en una celda sin ventilación.",
     "mandela-13", C, "trap: the petitioner's word alone"),
    ("hc-not-proven", "es", HC + "El peticionario alegó que los custodios lo golpearon. La Sala estima que tales "
     "afirmaciones no quedaron acreditadas.",
     "mandela-1", I, "trap: a claim the court found not proven gives no breach"),
    ("cglpl-seen-floor", "fr", CGLPL + "Lors de la visite, les contrôleurs ont constaté que des personnes détenues "
     "dormaient sur des matelas posés au sol.",
     "mandela-21", V, "the controllers' own finding on the visit: mattresses on the floor"),
    ("cglpl-impersonal", "fr", CGLPL + "Il a été observé que les cellules du quartier disciplinaire sont dépourvues "
     "de fenêtre.", "mandela-14", V, "the report's impersonal voice states what the visit saw"),
    ("cglpl-buckets", "fr", CGLPL + "Les contrôleurs ont observé que des détenus étaient contraints de faire leurs "
     "besoins dans des seaux.", "mandela-15", V, "an observation that says how far it falls short"),
    ("cglpl-informed", "fr", CGLPL + "Les contrôleurs ont été informés par des personnes détenues de violences "
     "commises par des surveillants.", "mandela-82", C, "trap: what the controllers were told is relayed"),
    ("cglpl-selon", "fr", CGLPL + "Selon les personnes détenues, des surveillants les frappent lors des fouilles.",
     "mandela-1", C, "trap: the detainees' word"),
    ("cglpl-recommends", "fr", CGLPL + "Le CGLPL recommande que chaque personne détenue dispose d'un lit.",
     "mandela-21", None, "trap: a recommendation is no finding"),
    ("ce-instruction", "fr", CE + "Il résulte de l'instruction que plusieurs détenus dorment sur des matelas posés à "
     "même le sol.", "mandela-21", V, "what results from the investigation is the judge's finding"),
    ("ce-judge-finds", "fr", CE + "Le juge des référés relève que les cellules sont infestées de rats.",
     "mandela-17", V, "the judge's own finding"),
    ("ce-oip-request", "fr", CE + "La section française de l'OIP demande au juge des référés d'enjoindre à "
     "l'administration de fournir un matelas aux détenus qui dorment au sol.",
     "mandela-21", C, "trap: an NGO's request relays its word, never a finding"),
    ("ce-oip-claims", "fr", CE + "L'OIP soutient que les cellules sont infestées de rats.",
     "mandela-17", C, "trap: the applicant's claim"),
    ("cedh-court-notes", "fr", CEDH + "La Cour relève que le requérant dormait sur un matelas posé à même le sol.",
     "mandela-21", V, "the Court's own finding of fact"),
    ("cedh-claim-then-court", "fr", CEDH + "Si le requérant soutient qu'il était privé de promenade, la Cour relève "
     "qu'il dormait sur un matelas posé au sol.", "mandela-21", V, "the Court's finding ends the recital of the claim"),
    ("cedh-space", "fr", CEDH + "Il est établi que le requérant a dormi sur un matelas posé au sol pendant huit mois.",
     "mandela-21", V, "what the Court holds established about the applicant is a finding, not a general truth"),
    ("cedh-alleged-contested", "fr", CEDH + "Le requérant allègue que sa cellule était infestée de cafards, ce que le"
     " Gouvernement conteste.", "mandela-17", C, "trap: a claim the Government disputes"),
    ("ddd-finds", "fr", DDD + "Le Défenseur des droits constate que la cellule disciplinaire ne disposait pas de "
     "chauffage.", "mandela-13", V, "the Defender's own finding"),
    ("ddd-inquiry", "fr", DDD + "L'enquête du Défenseur des droits a établi que M. A. a été placé au quartier "
     "disciplinaire pendant 30 jours.", "mandela-43-1-b", V, "what the inquiry established"),
    ("ddd-complainant", "fr", DDD + "Selon le réclamant, il n'aurait reçu aucun repas pendant deux jours.",
     "mandela-22", C, "trap: the complainant's word"),
    ("ddd-letters", "fr", DDD + "Le Défenseur des droits a été saisi de plusieurs courriers dénonçant des violences "
     "commises par des surveillants.", "mandela-82", C, "trap: letters the Defender received are their authors' word"),
    ("coridh-established", "es", CORTEIDH + "La Corte da por establecido que el señor López permaneció 40 días en una"
     " celda de castigo, sin ventilación ni luz natural.",
     "mandela-43-1-b", V, "what the Court holds established is its finding"),
    ("coridh-commission-alleges", "es", CORTEIDH + "La Comisión alegó que la víctima permaneció incomunicada durante "
     "40 días en una celda de castigo.",
     "mandela-43-1-b", C, "trap: before the Court, the Commission is a party: what it alleges is its claim"),
    ("coridh-state-concedes", "es", CORTEIDH + "El Estado reconoció que la víctima permaneció 40 días en una celda de"
     " castigo.", "mandela-43-1-b", V, "the State's admission"),
    ("cglpl-complaint-verified", "fr", CGLPL + "Les personnes détenues se plaignent de la présence de cafards. Les "
     "contrôleurs ont pu le vérifier dans plusieurs cellules.",
     "mandela-17", V, "a complaint the controllers checked themselves is their finding"),
    ("cndh-complaint-verified", "es", CNDH + "Los internos manifestaron que las estancias están infestadas de "
     "chinches, lo cual fue verificado por personal de esta Comisión Nacional.",
     "mandela-17", V, "a complaint the Commission's staff verified is its finding"),
    ("ce-claim-unsupported", "fr", CE + "L'OIP soutient que les cellules sont infestées de rats. Toutefois, elle "
     "n'apporte aucun élément à l'appui de cette allégation.",
     "mandela-17", I, "trap: a claim the judge finds unsupported gives no breach"),
    ("tutela-inspection-record", "es", TUTELA + "Según el acta de la inspección judicial, los internos del patio 3 "
     "duermen en el piso sin colchón.", "mandela-21", V,
     "the record of a judicial inspection the court cites establishes it (the source is the whole phrase)"),
    ("cndh-testimonies-gathered", "es", CNDH + "Los testimonios recabados por personal de esta Comisión Nacional "
     "coinciden en que los custodios golpean a los internos.", "mandela-1", C,
     "trap: testimonies the Commission gathered are their authors' word, however many"),
    ("cglpl-testimonies", "fr", CGLPL + "Les témoignages recueillis par les contrôleurs font état de coups portés par "
     "des surveillants.", "mandela-82", C, "trap: testimonies the controllers gathered are their authors' word"),
    ("cndh-corroborated", "es", CNDH + "V1 refirió que permaneció 20 días en una celda de castigo, lo cual se "
     "corrobora con el registro del centro.", "mandela-43-1-b", V,
     "what the victim said, corroborated by the record, is found"),
    ("cglpl-alerted", "fr", CGLPL + "Le CGLPL a été alerté par des familles de violences commises par des "
     "surveillants.", "mandela-82", C, "trap: what families alerted the body to is their word"),
    ("ddd-gathered-evidence", "fr", DDD + "Il ressort des éléments recueillis par le Défenseur des droits que M. A. "
     "a été placé au quartier disciplinaire pendant 30 jours.", "mandela-43-1-b", V,
     "the evidence the Defender gathered, and what it shows, is its finding"),
    ("cedh-not-contested", "fr", CEDH + "Le requérant se plaint d'avoir dormi sur un matelas posé au sol pendant six "
     "mois. Le Gouvernement ne conteste pas ces allégations.", "mandela-21", V,
     "a claim the Government does not contest is found"),
    ("cedh-uncontradicted", "fr", CEDH + "Le requérant soutient, sans être contredit par le Gouvernement, qu'il a "
     "dormi sur un matelas posé au sol pendant six mois.", "mandela-21", V,
     "a claim made without contradiction is found"),
    ("cedh-denied", "fr", CEDH + "Le requérant se plaint d'avoir dormi sur un matelas posé au sol pendant six mois. Le "
     "Gouvernement conteste ces allégations.", "mandela-21", C, "trap: a claim the Government disputes stays a claim"),
    ("coridh-not-controverted", "es", CORTEIDH + "La Comisión alegó que la víctima permaneció 40 días en una celda de "
     "castigo. El Estado no controvirtió estos hechos.", "mandela-43-1-b", V,
     "what the State did not controvert is found"),
    ("coridh-uncontradicted", "es", CORTEIDH + "Los representantes alegaron, sin que el Estado lo controvirtiera, que "
     "la víctima permaneció 40 días en una celda de castigo.", "mandela-43-1-b", V,
     "a claim made without the State's contradiction is found"),
    ("ddd-restraint-unjustified", "fr", DDD + "Le Défenseur des droits constate que M. A. a été maintenu menotté "
     "pendant toute la consultation médicale, ce qui n'était pas justifié.", "mandela-48", V,
     "a restraint the Defender finds not justified"),
    ("ddd-restraint-not-unjustified", "fr", DDD + "Le Défenseur des droits constate que le maintien des menottes "
     "n'était pas injustifié au regard du comportement de M. A.", "mandela-48", I,
     "trap: a restraint found not unjustified is no sign against it"),
    ("mnp-light-blocked", "es", MNP + "Se observó que las láminas colocadas en las ventanas impiden el paso de la luz "
     "natural a las celdas.", "mandela-14", V, "the mechanism saw that no daylight comes in"),
    ("cglpl-light-blocked", "fr", CGLPL + "Les fenêtres sont obstruées par des caillebotis qui empêchent la lumière "
     "naturelle de pénétrer.", "mandela-14", V, "the report's own voice: no daylight comes in"),
    ("cglpl-as-a-rule", "fr", CGLPL + "De manière générale, les cellules sont infestées de cafards et de punaises "
     "de lit.", "mandela-17", V, "what the report says of this prison 'as a rule' is about its detainees"),
    ("cedh-principle", "fr", CEDH + "La Cour rappelle que, de manière générale, des cellules infestées de cafards "
     "peuvent constituer un traitement dégradant.", "mandela-17", None,
     "trap: the law the Court recalls is about no one in this case"),
    ("cglpl-own-report", "fr", CGLPL + "Les contrôleurs ont fait état de cellules infestées de rats.", "mandela-17", V,
     "what the controllers report of their own visit is their finding, not the detainees' voice"),
    # --- issues 11 and 12, round five: whose word, and how far short (frgrade)
    ("ppn-se-constato", "es", PPN + "Se constató que el pabellón 7 alojaba a 96 detenidos en un espacio previsto para "
     "45.", "mandela-13", V, "a finding in no one's name in the body's report is its own: twice the places"),
    ("ppn-pudo-verificar", "es", PPN + "En la recorrida se pudo verificar que los alojados en el sector de "
     "aislamiento no salen nunca al patio.", "mandela-23", V, "what the body could verify on its round, and 'never'"),
    ("ppn-denunciaron", "es", PPN + "Los detenidos del módulo 3 denunciaron que los agentes los golpean con palos "
     "durante las requisas.", "mandela-1", C, "trap: what the detainees denounced is their word, relayed"),
    ("ppn-se-nos-informo", "es", PPN + "Se nos informó que los internos del sector B duermen en el piso por falta de "
     "camas.", "mandela-21", C, "trap: what the body was told is relayed, not seen"),
    ("dpco-constataron", "es", DPCO + "Los funcionarios de la Defensoría constataron que en el patio 5 los sanitarios "
     "no funcionan y que hay aguas negras en los pasillos.", "mandela-15", V,
     "the body's officials saw broken toilets and sewage; the 'no' of the first clause does not reach the second"),
    ("dpco-manifestaron", "es", DPCO + "Las internas manifestaron que la guardia las golpea cuando reclaman por la "
     "comida.", "mandela-1", C, "trap: what the women said, relayed (a present-tense 'golpea')"),
    ("dpco-recomienda", "es", DPCO + "La Defensoría recomienda al establecimiento dotar de colchones a todas las "
     "personas del patio 5.", "mandela-21", None, "trap: a recommendation with an infinitive says what should be"),
    ("tutela-tres-metros", "es", TUTELA + "La Sala constató que los reclusos del patio 4 disponen de menos de tres "
     "metros cuadrados por persona.", "mandela-13", V,
     "the court's measure under 3 m2 a person fixes the shortfall (the European Court's strong presumption)"),
    ("tutela-espacio-por-recluso", "es", TUTELA + "Se encuentra probado que cada recluso dispone de un espacio de "
     "dos metros cuadrados.", "mandela-13", V, "found by the court: 2 m2 each is far under any guide"),
    ("tutela-accionante-metros", "es", TUTELA + "El accionante manifestó que comparte con otras siete personas una "
     "celda de seis metros cuadrados.", "mandela-13", C, "trap: the claimant's measure, his word alone"),
    ("tutela-sin-acceso-agua", "es", TUTELA + "Se encuentra acreditado que los internos del patio 2 no tienen "
     "acceso a agua potable.", "mandela-22", V, "the court holds proven a denial of drinking water"),
    ("cndh-se-desprende", "es", CNDH + "De la inspección realizada se desprende que las estancias del área de "
     "castigo carecen de ventilación y de luz natural.", "mandela-14", V,
     "what the Commission's own inspection shows: no daylight"),
    ("cndh-refirieron-comida", "es", CNDH + "Según refirieron los internos, los alimentos llegan en estado de "
     "descomposición.", "mandela-22", C, "trap: the inmates' account, relayed"),
    ("cglpl-matelas-constates", "fr", CGLPL + "Lors de la visite, les contrôleurs ont constaté que des matelas "
     "étaient posés au sol dans la plupart des cellules du quartier des arrivants.", "mandela-21", V,
     "what the controllers saw on their visit: mattresses on the floor, no bed"),
    ("cglpl-informes", "fr", CGLPL + "Les contrôleurs ont été informés que des personnes détenues dorment sur des "
     "matelas au sol.", "mandela-21", C, "trap: what the controllers were told is relayed, not seen"),
    ("cglpl-indique-promenade", "fr", CGLPL + "Plusieurs détenus ont indiqué aux contrôleurs ne pas avoir accès à "
     "la promenade.", "mandela-23", C, "trap: what detainees told the controllers is their word"),
    ("cglpl-selon-douche", "fr", CGLPL + "Selon les personnes détenues, les surveillants refusent de les conduire à "
     "la douche.", "mandela-16", C, "trap: 'selon' makes it the detainees' claim"),
    ("cglpl-delegation-punaises", "fr", CGLPL + "La délégation a observé que les cellules du quartier "
     "disciplinaire sont infestées de punaises de lit.", "mandela-17", V, "the delegation's own observation"),
    ("ce-pas-cloisonnees", "fr", CE + "Il ressort des pièces du dossier que les toilettes des cellules partagées ne "
     "sont pas cloisonnées.", "mandela-15", V, "what the file shows, in the judge's voice: no privacy at the toilet"),
    ("ce-instruction-fenetres", "fr", CE + "Il résulte de l'instruction que de nombreuses cellules sont dépourvues "
     "de fenêtres.", "mandela-14", V, "'il résulte de l'instruction' is the judge's finding"),
    ("ce-font-valoir", "fr", CE + "Les associations requérantes font valoir que les personnes détenues dorment sur "
     "des matelas posés au sol.", "mandela-21", C, "trap: what the applicants argue is their claim"),
    ("ce-nuisibles-requete", "fr", CE + "La section française de l'Observatoire demande au juge d'enjoindre à "
     "l'administration d'éradiquer les rats présents dans les cours.", "mandela-13", I,
     "a request about vermin raises whether the accommodation meets the needs of health, and does not answer it"),
    ("cedh-espace-personnel", "fr", CEDH + "La Cour relève que le requérant disposait de moins de 3 m² d'espace "
     "personnel dans sa cellule.", "mandela-13", V, "the Court's measure: under 3 m2 of personal space"),
    ("cedh-se-plaint-espace", "fr", CEDH + "Le requérant se plaint d'avoir disposé de moins de 3 m² d'espace "
     "personnel.", "mandela-13", C, "trap: the applicant's complaint of the same figure is his word"),
    ("ddd-se-plaignent", "fr", DDD + "Les personnes détenues rencontrées se plaignent de la mauvaise qualité des "
     "repas.", "mandela-22", C, "trap: the complaint of the people met is their word"),
    ("dpco-under-150", "es", DPCO + "La Defensoría constató que el establecimiento alberga a 1.200 internos para "
     "una capacidad de 1.000 plazas.", "mandela-13", C,
     "found, but a fifth over capacity is overcrowding short of the 150 % that fixes the shortfall by itself"),
    ("dpco-over-double", "es", DPCO + "La Defensoría constató que el establecimiento alberga a 2.400 internos para "
     "una capacidad de 1.000 plazas.", "mandela-13", V, "found: well over twice the places"),
    ("cglpl-national-figures", "fr", CGLPL + "Au 1er janvier, 75 000 personnes étaient détenues pour 61 000 places "
     "opérationnelles.", "mandela-13", C, "the body's figures, 123 % full: overcrowding, a concern"),
    ("cedh-government-space", "fr", CEDH + "Le Gouvernement soutient que le requérant disposait de 4,5 m² d'espace "
     "personnel.", "mandela-13", I,
     "trap: 4.5 m2 a person meets the per-person guide; it is no single cell under 6 m2"),
    ("mnp-single-cells-doubled", "es", MNP + "Durante la visita se constató que las celdas individuales están "
     "ocupadas por dos o tres internos.", "mandela-12", C,
     "single cells shared at night: a qualified rule, a concern unless its limits are shown exceeded"),
    ("ppn-esta-procuracion-denuncia", "es", PPN + "Esta Procuración denunció que los detenidos del pabellón 3 "
     "duermen en el piso sin colchón.", "mandela-21", V,
     "what the body denounces in its own report is its own voice, not a party's allegation"),
    ("cglpl-denonce", "fr", "Communiqué du Contrôleur général des lieux de privation de liberté. La Contrôleure "
     "générale dénonce l'indignité des conditions de détention : des personnes détenues dorment sur des matelas au "
     "sol.", "mandela-21", V, "the body's own public denunciation of what it found"),
    ("coridh-comision-denuncio", "es", CORTEIDH + "La Comisión denunció que la víctima permaneció 40 días en una "
     "celda de castigo.", "mandela-43-1-b", C, "trap: before the Court, the Commission is a party: its claim"),
    ("cndh-ar-admits", "es", CNDH + "AR2 informó mediante oficio que el centro tiene capacidad para 400 internos y "
     "una población de 950.", "mandela-13", V,
     "what the responsible authority (coded AR2) reports of its own prison is an admission"),
    ("ppn-reciben-golpes", "es", PPN + "Las personas detenidas relataron que reciben golpes de los agentes al "
     "ingresar al pabellón.", "mandela-1", C, "trap: the detainees' account of blows (present tense), relayed"),
    ("cglpl-density-140", "fr", CGLPL + "La densité carcérale atteint 140 % au quartier maison d'arrêt.",
     "mandela-13", C, "the body's rate, under 150 %, and no word of how it is lived: a concern"),
    ("cglpl-density-140-floor", "fr", CGLPL + "La densité carcérale atteint 140 % et une soixantaine de personnes "
     "dorment sur un matelas au sol.", "mandela-13", V,
     "under 150 %, but people sleep on the floor: the words say how far it falls short"),
    ("mnp-sin-agua-caliente", "es", MNP + "Se pudo constatar la ausencia de agua caliente en las duchas del "
     "módulo 5.", "mandela-16", V, "what the mechanism could establish: no hot water in the showers"),
    ("ddd-hors-service", "fr", DDD + "Le Défenseur des droits a constaté que les douches du bâtiment B sont hors "
     "service depuis deux mois.", "mandela-16", V, "the Defender's own finding: showers out of order for months"),
    # --- issue 11, findings a lawyer would sign (esfrgrade): the court's or body's own finding told with
    # no subject ends the claim of the sentence before it; a court's conclusion credits the claims it
    # settles; an allegation the authorities or the body confirm is established; a remedy presupposes
    ("ce-claim-then-instruction", "fr", CE + "L'association requérante soutient que les détenus dorment sur des "
     "matelas au sol. Il résulte de l'instruction que 140 matelas sont posés au sol dans l'établissement.",
     "mandela-21", V, "'il résulte de l'instruction' is the judge's own finding, not the claim carried on"),
    ("ce-claim-carried", "fr", CE + "L'association requérante soutient que les cellules sont infestées de rats. "
     "Les détenus dorment sur des matelas au sol.", "mandela-21", C,
     "trap: a sentence with no cue of its own goes on with the claim before it"),
    ("cglpl-lors-de-la-visite", "fr", CGLPL + "Plusieurs personnes se plaignent de l'obscurité. Lors de la visite, "
     "les cellules du quartier disciplinaire étaient dépourvues de fenêtre.", "mandela-14", V,
     "what the report states of the visit is its own observation, not the complaint before it"),
    ("cglpl-lors-de-la-visite-indique", "fr", CGLPL + "Lors de la visite, des détenus ont indiqué aux contrôleurs "
     "qu'ils dormaient sur des matelas au sol.", "mandela-21", C,
     "trap: what detainees told the controllers during the visit is their word"),
    ("cglpl-lors-de-la-visite-conditionnel", "fr", CGLPL + "Lors de la visite, des surveillants auraient frappé un "
     "détenu du quartier disciplinaire.", "mandela-1", C, "trap: the reporting conditional hedges it"),
    ("cglpl-direction-confirme", "fr", CGLPL + "Les personnes détenues se plaignent de dormir sur des matelas posés "
     "au sol, ce que la direction a confirmé.", "mandela-21", V, "a complaint the management confirms is admitted"),
    ("cglpl-constat-confirme", "fr", CGLPL + "Les personnes détenues se plaignent de dormir sur des matelas posés au "
     "sol. Ce constat a été confirmé par la direction.", "mandela-21", V,
     "confirmed in the next sentence: admitted by the authorities"),
    ("cglpl-direction-conteste", "fr", CGLPL + "Les personnes détenues se plaignent de dormir sur des matelas posés "
     "au sol. La direction conteste ces affirmations.", "mandela-21", C, "trap: a complaint the management disputes"),
    ("cedh-conclut-traitement-degradant", "fr", CEDH + "Le requérant se plaint d'avoir dormi sur un matelas posé au "
     "sol pendant cinq mois. La Cour conclut que les conditions de détention du requérant ont constitué un "
     "traitement dégradant.", "mandela-21", V, "the Court's conclusion settles the complaint it rules on"),
    ("cedh-pas-traitement-degradant", "fr", CEDH + "Le requérant se plaint d'avoir dormi sur un matelas posé au sol "
     "pendant cinq mois. La Cour estime que les conditions de détention n'ont pas constitué un traitement "
     "dégradant.", "mandela-21", C, "trap: a conclusion of no degrading treatment credits nothing"),
    ("mnp-durante-la-visita", "es", MNP + "Los internos se quejan de la oscuridad. Durante la visita se observó que "
     "las celdas de aislamiento carecen de ventanas.", "mandela-14", V,
     "the mechanism's own observation on the visit ends the complaint before it"),
    ("mnp-durante-la-visita-manifestaron", "es", MNP + "Durante la visita, varios internos manifestaron que "
     "duermen en el suelo sin colchón.", "mandela-21", C, "trap: what the inmates said during the visit is theirs"),
    ("mnp-recomienda-cese", "es", MNP + "Se recomienda que cese la práctica de hacer dormir a los internos en el "
     "suelo.", "mandela-21", V, "a recommendation to end a practice presupposes the practice"),
    ("mnp-recomienda-dotar", "es", MNP + "Se recomienda dotar de colchones a todos los internos del módulo 4.",
     "mandela-21", None, "trap: a recommendation to provide says what should be, not what is"),
    ("cndh-constancias", "es", CNDH + "De las constancias que integran el expediente de queja se advirtió que V1 "
     "permaneció sujeto con esposas durante 12 horas.", "mandela-47", V,
     "what the Commission notes from its file is its finding, not an unnamed source"),
    ("cndh-confirmado", "es", CNDH + "Los internos refirieron que duermen en el piso sin colchón. Lo anterior fue "
     "confirmado por el director del centro.", "mandela-21", V, "an allegation the director confirmed is admitted"),
    ("cndh-negado", "es", CNDH + "Los internos refirieron que duermen en el piso sin colchón. El director negó tal "
     "situación.", "mandela-21", C, "trap: an allegation the director denies stays an allegation"),
    ("cndh-sin-colchon", "es", CNDH + "Se observó que los internos del área de ingreso duermen sobre planchas de "
     "concreto, sin colchón.", "mandela-21", V, "observed, and 'sin colchón' says how far it falls short"),
    ("cglpl-sans-matelas", "fr", CGLPL + "Les contrôleurs ont constaté que des personnes détenues dormaient sans "
     "matelas.", "mandela-21", V, "found, and 'sans matelas' says how far it falls short"),
    ("cglpl-matelas-uses", "fr", CGLPL + "Les contrôleurs ont constaté que les matelas des cellules sont usés.",
     "mandela-21", C, "found, but worn mattresses do not fix how far the bedding falls short"),
    ("ppn-denuncia-luego-constata", "es", PPN + "Los detenidos denunciaron que no tienen colchones. Se pudo "
     "constatar que los detenidos del pabellón 2 duermen en el piso sin colchón.", "mandela-21", V,
     "the body's own finding after the complaint"),
    ("tutela-claim-then-probado", "es", TUTELA + "El accionante afirma que los internos del patio 4 duermen en el "
     "piso. Se tiene por probado que los internos del patio 4 duermen en el piso sin colchón.", "mandela-21", V,
     "'se tiene por probado' is the court's finding, not the claim carried on"),
    ("coridh-corte-considera", "es", CORTEIDH + "Los representantes alegaron que la víctima dormía en el suelo sin "
     "colchón. La Corte considera que las condiciones de detención constituyeron un trato cruel, inhumano y "
     "degradante.", "mandela-21", V, "the Court's conclusion settles the claim before it"),
    ("coridh-no-constituyeron", "es", CORTEIDH + "Los representantes alegaron que la víctima dormía en el suelo sin "
     "colchón. La Corte considera que las condiciones de detención no constituyeron un trato cruel, inhumano o "
     "degradante.", "mandela-21", C, "trap: a conclusion of no ill-treatment credits nothing"),
    ("cpt-delegation-observe", "fr", CPT + "À la prison de Belleroche, la délégation a observé que des cellules de "
     "8 m² hébergeaient quatre détenus.", "mandela-13", V, "the delegation's own observation: 2 m2 a person"),
    ("cpt-au-moment-visite", "fr", CPT + "Au moment de la visite, les cellules de garde à vue étaient sales et "
     "dépourvues de lumière naturelle.", "mandela-14", V, "the report's own voice on the visit"),
    ("cpt-allegations", "fr", CPT + "La délégation a entendu des allégations selon lesquelles des détenus auraient "
     "été frappés.", "mandela-1", C, "trap: allegations the delegation heard are relayed"),
    ("spt-observo", "es", SPT + "El Subcomité observó que las celdas de la comisaría carecían de ventilación y de "
     "luz natural.", "mandela-14", V, "the Subcommittee's own observation"),
    ("spt-preocupa", "es", SPT + "Al Subcomité le preocupa que los detenidos duerman en el suelo sin colchón.",
     "mandela-21", V, "a concern in the body's own voice presupposes what it saw"),
    ("spt-recibio", "es", SPT + "El Subcomité recibió numerosas denuncias de golpes durante el arresto.",
     "mandela-1", C, "trap: complaints the Subcommittee received are relayed"),
    ("cnpt-constate", "fr", CNPT + "La Commission a constaté que les cellules d'arrêt disciplinaire ne disposent "
     "pas de lumière naturelle.", "mandela-14", V, "the Commission's own finding"),
    ("cnpt-il-a-ete-constate", "fr", CNPT + "Des personnes détenues se plaignent du froid. Il a été constaté que les "
     "cellules d'arrêt sont dépourvues de fenêtre.", "mandela-14", V,
     "an impersonal finding in the body's report ends the complaint before it"),
    ("cndh-recibio-y-constato", "es", CNDH + "Esta Comisión Nacional recibió quejas de los internos y constató "
     "que duermen en el piso sin colchón.", "mandela-21", V,
     "complaints received, then checked by the body itself: its finding"),
    ("cndh-recibio-quejas-de-que", "es", CNDH + "Esta Comisión Nacional recibió quejas de que los internos duermen "
     "en el piso sin colchón.", "mandela-21", C, "trap: complaints received and not checked are relayed"),
    ("ppn-denuncias-y-se-verifico", "es", PPN + "Se recibieron denuncias de los detenidos y se verificó que el "
     "pabellón 4 no tiene agua potable.", "mandela-22", V,
     "a finding in a clause of its own after the complaints: the body's word"),
    ("ppn-denunciaron-que-durante", "es", PPN + "Los detenidos denunciaron que durante la requisa se les negó el "
     "agua potable.", "mandela-22", C, "trap: 'durante' inside the clause their claim governs stays theirs"),
    ("cglpl-recu-et-constate", "fr", CGLPL + "Les contrôleurs ont reçu des plaintes de détenus et ont constaté que "
     "des matelas étaient posés au sol.", "mandela-21", V, "complaints received, then seen by the controllers"),
    ("tutela-acta-inspeccion", "es", TUTELA + "De acuerdo con el acta de inspección judicial, los internos del "
     "patio 2 duermen en el piso sin colchón.", "mandela-21", V,
     "the record of the court's own inspection, with or without an article"),
    ("ce-rapport-association", "fr", CE + "L'association requérante soutient que les détenus dorment au sol. Il "
     "ressort du rapport de l'association que 200 détenus dorment sur des matelas au sol.", "mandela-21", C,
     "trap: what an applicant's own report shows is its word, not the judge's finding"),
    ("cedh-espece-selon", "fr", CEDH + "En l'espèce, selon le requérant, sa cellule était dépourvue de fenêtre.",
     "mandela-14", C, "trap: 'en l'espèce' does not make the applicant's version the Court's"),
    ("cnpt-se-plaignent", "fr", CNPT + "Plusieurs personnes détenues se sont plaintes d'avoir dormi sur un matelas "
     "posé au sol.", "mandela-21", C, "trap: their complaint"),
    # not established is not established-not (UNPROVEN context): a claim rejected, never "compliant"
    ("ce-pas-etabli", "fr", CE + "Il n'est pas établi que les détenus du quartier B dorment sur des matelas posés "
     "au sol.", "mandela-21", I, "trap: what the judge does not hold established is no breach, and no compliance"),
    ("ce-resulte-etabli", "fr", CE + "Il résulte de l'instruction que les détenus du quartier B dorment sur des "
     "matelas posés au sol.", "mandela-21", V, "the judge's own finding, beside its not-established twin"),
    ("tutela-no-quedo-acreditado", "es", TUTELA + "No quedó acreditado que los internos del patio 5 duermen en el "
     "piso.", "mandela-21", I, "trap: not proven is a claim rejected, not a fact found false"),
    ("tutela-no-se-acredito", "es", TUTELA + "No se acreditó que las celdas del pabellón 2 carecen de ventilación.",
     "mandela-14", I, "trap: 'no se acreditó' leaves the lack unproven; it does not say the cells are ventilated"),
    ("tutela-quedo-acreditado", "es", TUTELA + "Quedó acreditado que las celdas del pabellón 2 carecen de "
     "ventilación.", "mandela-14", V, "the court holds the lack proven"),
    # the court's ruling and the other side's dispute, read in the document's language (engine words in the packs)
    ("cedh-rejette", "fr", CEDH + "Le requérant se plaint d'avoir dormi sur un matelas posé à même le sol. La Cour "
     "rejette la requête.", "mandela-21", I, "trap: a claim the Court rejects bears no breach"),
    ("cedh-dit-violation", "fr", CEDH + "Le requérant se plaint d'avoir dormi sur un matelas posé à même le sol. Dit "
     "qu'il y a eu violation de l'article 3 de la Convention.", "mandela-21", V,
     "the Court's holding of a violation credits the complaint it rules on"),
    ("tutela-niega-amparo", "es", TUTELA + "El accionante afirma que los internos del patio 3 duermen en el piso sin "
     "colchón. Se niega el amparo solicitado.", "mandela-21", I, "trap: the court denies the claim it recites"),
    ("tutela-concede", "es", TUTELA + "El accionante afirma que los internos del patio 3 duermen en el piso sin "
     "colchón. Se concede la tutela de los derechos fundamentales invocados.", "mandela-21", C,
     "a grant rejects nothing; the claim alone stays a concern"),
    ("cglpl-conteste", "fr", CGLPL + "Les contrôleurs ont constaté que les détenus dorment sur des matelas posés au "
     "sol, ce que conteste la direction.", "mandela-21", C, "trap: a finding the direction disputes is a concern"),
    ("cglpl-ne-conteste-pas", "fr", CGLPL + "Les contrôleurs ont constaté que les détenus dorment sur des matelas "
     "posés au sol, ce que la direction ne conteste pas.", "mandela-21", V, "an admission is no dispute"),
    ("mnp-controvierte", "es", MNP + "Se constató que los internos del módulo 2 duermen en el piso sin colchón, hecho "
     "que la autoridad controvierte.", "mandela-21", C, "trap: a finding the authority disputes is a concern"),
    ("mnp-no-controvierte", "es", MNP + "Se constató que los internos del módulo 2 duermen en el piso sin colchón, lo "
     "que la autoridad no controvierte.", "mandela-21", V, "not disputed: the mechanism's finding stands"),
    # how full the prison is, in the language's own words and number words (checks.occupancy, pack data)
    ("cglpl-double-capacite", "fr", CGLPL + "Les contrôleurs ont constaté que la maison d'arrêt héberge le double de "
     "sa capacité.", "mandela-13", V, "twice its capacity, seen by the controllers: severe by its figure"),
    ("cglpl-850-pour-400", "fr", CGLPL + "Les contrôleurs ont constaté que l'établissement accueille 850 détenus "
     "pour 400 places.", "mandela-13", V, "a headcount over twice the places"),
    ("cglpl-380-pour-400", "fr", CGLPL + "Les contrôleurs ont constaté que l'établissement accueille 380 détenus "
     "pour 400 places.", "mandela-13", I, "trap: fewer people than places is no overcrowding"),
    ("cglpl-taux-120", "fr", CGLPL + "Les contrôleurs ont constaté un taux d'occupation de 120 % au quartier "
     "hommes.", "mandela-13", C, "trap: overcrowded, yet below the rule's severe occupancy: a concern"),
    ("cglpl-taux-180", "fr", CGLPL + "Les contrôleurs ont constaté un taux d'occupation de 180 % au quartier "
     "hommes.", "mandela-13", V, "an occupancy rate far past the places"),
    ("mnp-aloja-cupo", "es", MNP + "Se constató que el centro aloja 850 personas y tiene un cupo de 400.",
     "mandela-13", V, "the headcount, then the places it has"),
    ("mnp-aloja-dentro-cupo", "es", MNP + "Se constató que el centro aloja 380 personas y tiene un cupo de 400.",
     "mandela-13", None, "trap: within its places"),
    ("mnp-capacidad-poblacion", "es", MNP + "Se constató que el centro tiene capacidad para 400 internos y una "
     "población de 850.", "mandela-13", V, "the places, then the headcount"),
    ("cndh-sobrepoblacion-112", "es", CNDH + "Personal de esta Comisión Nacional constató una sobrepoblación del 112 %"
     " en el centro.", "mandela-13", V, "a sobrepoblación figure is the share over capacity: more than twice full"),
    ("cndh-sobrepoblacion-30", "es", CNDH + "Personal de esta Comisión Nacional constató una sobrepoblación del 30 % "
     "en el centro.", "mandela-13", C, "trap: 30 % over capacity is overcrowding, not by itself severe"),
    ("cndh-doble-capacidad", "es", CNDH + "Personal de esta Comisión Nacional constató que el centro alberga el "
     "doble de su capacidad.", "mandela-13", V, "'el doble' is a multiple, read from the pack's number words"),
    ("cndh-recomienda-capacidad", "es", CNDH + "La Comisión recomienda que el centro no albergue el doble de su "
     "capacidad.", "mandela-13", None, "trap: a recommendation"),
    # severity and specificity in the trade's words (specific_words / severity_words / found_violation_words
    # of the packs), each beside a norm, a recommendation or a negation that stays quiet
    ("cglpl-sans-eau-chaude", "fr", CGLPL + "Les contrôleurs ont constaté que les douches du quartier B sont "
     "dépourvues d'eau chaude.", "mandela-16", V, "no hot water, seen: how far it falls short is fixed"),
    ("cglpl-norme-eau-chaude", "fr", CGLPL + "Les douches doivent être alimentées en eau chaude.", "mandela-16", None,
     "trap: a norm says what should be"),
    ("cglpl-non-chauffees", "fr", CGLPL + "Les contrôleurs ont constaté que les cellules du quartier B ne sont pas "
     "chauffées.", "mandela-13", V, "unheated cells, seen by the controllers"),
    ("cglpl-recommande-chauffage", "fr", CGLPL + "Les contrôleurs recommandent que les cellules du quartier B soient "
     "chauffées.", "mandela-13", None, "trap: a recommendation"),
    ("cglpl-odeurs", "fr", CGLPL + "Les contrôleurs ont constaté des odeurs nauséabondes dans les cellules du "
     "quartier B.", "mandela-13", V, "foul smells, seen"),
    ("cglpl-aucune-odeur", "fr", CGLPL + "Les contrôleurs n'ont relevé aucune odeur nauséabonde dans les cellules du "
     "quartier B.", "mandela-13", I, "trap: a negation is no breach"),
    ("cglpl-toilettes-vue", "fr", CGLPL + "Les contrôleurs ont constaté que les toilettes sont à la vue des "
     "codétenus.", "mandela-15", V, "toilets in view of the others, seen"),
    ("cglpl-toilettes-selon", "fr", CGLPL + "Selon les détenus, les toilettes sont à la vue des codétenus.",
     "mandela-15", C, "trap: the detainees' word stays a concern, however specific"),
    ("cglpl-delabrees", "fr", CGLPL + "Les contrôleurs ont constaté que les cellules du quartier B sont délabrées.",
     "mandela-13", V, "dilapidated cells, seen"),
    ("cglpl-pas-delabrees", "fr", CGLPL + "Les contrôleurs ont constaté que les cellules du quartier B ne sont pas "
     "délabrées.", "mandela-13", None, "trap: a negation"),
    ("ce-traitement-inhumain", "fr", CE + "Il résulte de l'instruction que la promiscuité dans les cellules du "
     "quartier B constitue un traitement inhumain ou dégradant.", "mandela-13", V,
     "the judge's finding qualifies the condition as inhuman or degrading"),
    ("ce-pas-traitement-inhumain", "fr", CE + "Il résulte de l'instruction que la promiscuité dans les cellules du "
     "quartier B ne constitue pas un traitement inhumain ou dégradant.", "mandela-13", C,
     "trap: a condition found, but not qualified as severe: a concern"),
    ("mnp-sin-agua-caliente", "es", MNP + "Se constató que las celdas del módulo 3 no tienen agua caliente.",
     "mandela-16", V, "no hot water, found on the visit"),
    ("mnp-norma-agua-caliente", "es", MNP + "Las celdas deben contar con agua caliente y calefacción.", "mandela-16",
     None, "trap: a norm"),
    ("mnp-sin-calefaccion", "es", MNP + "Se constató que las celdas del módulo 3 no cuentan con calefacción.",
     "mandela-13", V, "no heating, found on the visit"),
    ("mnp-recomienda-calefaccion", "es", MNP + "El Mecanismo recomienda dotar de calefacción a las celdas del módulo "
     "3.", "mandela-13", None, "trap: a recommendation"),
    ("mnp-humedad", "es", MNP + "Se constató humedad y filtraciones en los muros de las celdas del módulo 3.",
     "mandela-13", V, "damp and leaks in the walls, seen"),
    ("mnp-recomienda-filtraciones", "es", MNP + "El Mecanismo recomienda reparar las filtraciones de los muros de las "
     "celdas.", "mandela-13", None, "trap: a recommendation"),
    ("mnp-malos-olores", "es", MNP + "Se constataron malos olores en las celdas del módulo 3.", "mandela-13", V,
     "foul smells, found"),
    ("mnp-sin-malos-olores", "es", MNP + "No se percibieron malos olores en las celdas del módulo 3.", "mandela-13", I,
     "trap: a negation"),
    ("mnp-sanitarios-vista", "es", MNP + "Se constató que los sanitarios están a la vista de los demás internos.",
     "mandela-15", V, "toilets in view of the others, found"),
    ("mnp-sanitarios-refirieron", "es", MNP + "Los internos refirieron que los sanitarios están a la vista de los "
     "demás.", "mandela-15", C, "trap: the inmates' word"),
    ("mnp-trato-cruel", "es", MNP + "Se constató que el hacinamiento en el pabellón 2 constituye un trato cruel, "
     "inhumano o degradante.", "mandela-13", V, "overcrowding found and qualified as cruel, inhuman or degrading"),
    ("mnp-no-trato-cruel", "es", MNP + "El hacinamiento en el pabellón 2 no constituye un trato cruel, inhumano o "
     "degradante.", "mandela-13", C, "trap: not qualified as severe: a concern"),
    ("cglpl-caillebotis", "fr", CGLPL + "Les fenêtres sont obstruées par des caillebotis qui empêchent l'entrée de la "
     "lumière naturelle.", "mandela-14", V, "the controllers' description: daylight kept out"),
    ("cglpl-aucun-caillebotis", "fr", CGLPL + "Aucun caillebotis n'empêche l'entrée de la lumière naturelle dans les "
     "cellules.", "mandela-14", "compliant", "trap: a negation meets the standard"),
    ("cndh-sin-iluminacion", "es", CNDH + "Se observó que las celdas del área de aislamiento no cuentan con "
     "iluminación ni ventilación natural.", "mandela-14", V, "no light and no air, observed"),
    ("cndh-recomienda-iluminacion", "es", CNDH + "Se recomienda dotar de iluminación natural a las celdas del área de "
     "aislamiento.", "mandela-14", None, "trap: a recommendation"),
    ("dpco-400-para-120", "es", DPCO + "La Defensoría constató que en el pabellón 3 hay 400 internos para 120 cupos.",
     "mandela-13", V, "more than three people for each place, found"),
    ("dpco-100-para-120", "es", DPCO + "La Defensoría constató que en el pabellón 3 hay 100 internos para 120 cupos.",
     "mandela-13", None, "trap: within its places"),
    ("spt-americas", "es", SPT + "En las cárceles de las Américas se constató que los internos duermen en el piso "
     "sin colchón.", "mandela-21", C, "trap: a whole region's prisons (the pack's region words): a concern"),
    ("cglpl-rideau", "fr", CGLPL + "Les toilettes ne sont séparées du reste de la cellule que par un simple rideau.",
     "mandela-15", V, "toilets behind a curtain only: no privacy, described by the controllers"),
    ("cglpl-recommande-cloison", "fr", CGLPL + "Les contrôleurs recommandent que les toilettes soient séparées du "
     "reste de la cellule par une cloison.", "mandela-15", None, "trap: a recommendation"),
    ("mnp-banos-sin-puertas", "es", MNP + "Se observó que los baños no tienen puertas.", "mandela-15", V,
     "toilets without doors, observed"),
    ("mnp-recomienda-puertas", "es", MNP + "Se recomienda instalar puertas en los baños.", "mandela-15", None,
     "trap: a recommendation"),
    ("mnp-celda-6m2-6", "es", MNP + "Se constató que las celdas de 6 metros cuadrados alojan a 6 personas.",
     "mandela-13", V, "one square metre each: the occupants read after 'alojan a'"),
    ("mnp-celda-12m2-2", "es", MNP + "Se constató que las celdas de 12 metros cuadrados alojan a 2 personas.",
     "mandela-13", I, "trap: six square metres each is no shortfall"),
]

GENRES = ("mnp", "cndh", "tutela", "hc", "coridh", "cglpl", "ce", "cedh", "ddd", "ppn", "dpco", "cpt", "spt", "cnpt")


@pytest.mark.parametrize("lang, text, finding_id, expected, reason",
                         [pytest.param(lang, t, i, s, r, id=n) for n, lang, t, i, s, r in ROWS])
def test_whose_word_in_spanish_and_french(lang, text, finding_id, expected, reason):
    a = assess_text(text, lang)
    check_finding(a.findings, finding_id, expected, reason, "basis")


def test_each_genre_has_three_rows_and_a_trap():
    rows = Counter(n.split("-")[0] for n, *_ in ROWS)
    traps = Counter(n.split("-")[0] for n, *_, r in ROWS if r.startswith("trap"))
    assert set(rows) == set(GENRES), rows
    assert all(rows[g] >= 3 and traps[g] >= 1 for g in GENRES), (rows, traps)
