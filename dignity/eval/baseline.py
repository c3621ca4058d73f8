"""The naive keyword matcher the system must beat.

For every fact type of the schema, a short fixed list of words: wherever one
appears (case-insensitive, at the start of a word, so "segregat" matches
"segregation" and "segregated"), emit one fact of that type, not negated,
asserted, about a person, with no value. No negation, no hypotheticals, no
general statements, no subject: exactly what a keyword search would do. It is
measured in the same run as the system, so the lift is visible, and its hits on
the gold's traps show what the traps are for.
"""

from __future__ import annotations

import re

from dignity import ingest
from dignity.model import FACT_TYPES, Evidence, Extraction, Fact

__all__ = ["KEYWORDS", "keyword_baseline"]

KEYWORDS: dict[str, tuple[str, ...]] = {
    # regime and isolation
    "confinement_hours": ("hours a day", "hours per day", "hours each day", "locked in", "confined to"),
    "solitary": ("solitary", "isolation", "isolated", "segregat", "restrictive housing", "the hole"),
    "isolation_duration": ("days", "weeks", "months", "years"),
    "indefinite_isolation": ("indefinite", "until further notice", "no end date", "permanent"),
    "special_regime": ("special administrative measures", "maximum security", "maximum-security",
                       "high security", "high-security", "supermax", "intensive management"),
    "no_meaningful_contact": ("human contact", "no contact", "contact with"),
    # physical environment
    "constant_light": ("light", "illuminat"),
    "darkness": ("dark",),
    "no_natural_light": ("window", "daylight", "natural light", "sunlight"),
    "cell_space": ("square feet", "square foot", "square meter", "square metre", "sq. ft", "cell size"),
    "overcrowding": ("overcrowd", "crowd", "capacity", "double-bunk", "double bunk"),
    "ventilation": ("ventilat", "fresh air", "air quality", "stuffy"),
    "temperature": ("temperature", "heat", "cold", "hot"),
    "sanitation": ("toilet", "sanitat", "plumbing", "sewage", "running water", "urine", "fecal", "feces"),
    "hygiene": ("shower", "soap", "hygien", "toothbrush", "razor"),
    "bedding_clothing": ("mattress", "bedding", "blanket", "clothing", "clothes", "bunk"),
    "food_water": ("food", "meal", "water", "diet", "hunger", "thirst"),
    "sleep_noise": ("sleep", "noise", "noisy"),
    # activity and information
    "exercise_time": ("exercise", "recreation"),
    "exercise_outdoor": ("outdoor", "open air", "yard", "cage"),
    "reading_news": ("news", "book", "radio", "television", "publication", "magazine"),
    "work_programmes": ("work", "education", "program", "vocational"),
    "religion": ("religio", "prayer", "worship", "chaplain", "clergy", "ramadan"),
    # contact with the outside world
    "family_visits": ("visit",),
    "family_calls": ("phone", "telephone", "call"),
    "correspondence": ("mail", "letter", "correspondence"),
    "legal_access": ("lawyer", "attorney", "counsel", "legal", "law library"),
    "legal_confidentiality": ("confidential", "privileged", "monitored", "recorded"),
    "consular_access": ("consul",),
    "language_interpreter": ("interpret", "translat", "language", "speak"),
    "monitoring_access": ("monitor", "inspect", "red cross", "amnesty", "ombudsman"),
    "complaints": ("complain", "grievance", "reprisal", "retaliat"),
    # health
    "physical_health": ("pain", "injur", "illness", "sick", "disease", "symptom"),
    "mental_health": ("mental", "psychiatr", "psycholog", "depress", "suicid", "anxiety",
                      "hallucinat", "self-harm", "insan"),
    "medical_care": ("medical", "doctor", "physician", "nurse", "treatment", "medication", "medicine"),
    "vulnerable_person": ("juvenile", "child", "pregnan", "elderly", "disab", "mentally ill"),
    # treatment
    "restraints": ("restrain", "shackl", "handcuff", "leg iron", "chain", "hitching post"),
    "strip_search": ("strip search", "strip-search", "cavity search", "body cavity"),
    "use_of_force": ("force", "beat", "assault", "pepper spray", "chemical agent", "taser", "abuse"),
    "collective_punishment": ("collective punishment", "lockdown", "lock-down", "lock-up", "punish"),
    # status and justification
    "pretrial_status": ("pretrial", "pre-trial", "awaiting trial", "convicted", "remand", "immigration"),
    "separation": ("separat", "commingl", "housed with"),
    "justification_security": ("security", "escape", "dangerous", "safety"),
}

_PATTERNS: dict[str, re.Pattern[str]] = {
    type_: re.compile(r"\b(?:" + "|".join(re.escape(k) for k in words) + ")", re.IGNORECASE)
    for type_, words in KEYWORDS.items()
}


def keyword_baseline(text: str, date: str | None = None) -> Extraction:
    """One non-negated fact per type whose keyword appears in ``text`` (a predictor)."""
    doc = ingest.from_text(text, date=date)
    facts: list[Fact] = []
    for type_ in FACT_TYPES:
        match = _PATTERNS[type_].search(doc.text)
        if match is None:
            continue
        facts.append(Fact(
            id=f"baseline-{len(facts) + 1}",
            type=type_,
            evidence=[Evidence(document=doc.id, start=match.start(), end=match.end(), text=match.group())],
        ))
    return Extraction(documents=[doc], facts=facts)
