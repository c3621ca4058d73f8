"""Two short documents about one detainee that disagree (a letter and a visit note),
shared by the case-service and web tests: our own text."""

LETTER = ("Letter from Human Rights Watch, 3 March 2021.\n"
          "\n"
          "Ahmed Said has been held in solitary confinement at Blackrock Prison since 12 January 2021. He is "
          "confined to his cell 23 hours a day. The lights in his cell are on 24 hours a day. His family has "
          "not been allowed to visit him.\n")

VISIT_NOTE = ("Visit note by the National Preventive Mechanism, 20 April 2021.\n"
              "\n"
              "Prison officials told the monitors that Ahmed Said is not held in solitary confinement. According "
              "to the officials, he is confined to his cell 20 hours a day. On 15 April 2021 he was moved to "
              "Block C. The lights in his cell are on 24 hours a day.\n")

#: three notes, each about one man under a name of his own (two names of one man: a reviewer merges them)
NOTE_LOERA = ("Note of 2 May 2024.\n\nJoaquin Guzman Loera is locked in his cell for 23 hours a day. "
              "Joaquin Guzman Loera says the lights in his cell are never switched off. "
              "Joaquin Guzman Loera has not received a visit from his family since January.\n")
NOTE_CHAPO = ("Note of 9 May 2024.\n\nEl Chapo is locked in his cell for 22 hours a day. "
              "El Chapo says the lights in his cell are never switched off. "
              "El Chapo has not received a visit from his family since March.\n")
NOTE_PEDRO = ("Note of 12 May 2024.\n\nPedro Alvarez was placed in solitary confinement for 40 days. "
              "Pedro Alvarez has no access to a lawyer. "
              "Pedro Alvarez was denied medical care for his injured hand.\n")
