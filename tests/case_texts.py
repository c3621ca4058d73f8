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
