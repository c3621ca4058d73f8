"""Facts in plain words, for the reasoning of a finding.

``describe(fact)`` gives a noun phrase ("confinement to the cell for 23 hours a
day"), ``quote(fact)`` the words of the document that support it, and
``statements(facts)`` one sentence per source: "Amnesty International alleges
constant artificial light (“lights are on 24 hours a day”)."
"""

from __future__ import annotations

import re

from collections import OrderedDict
from typing import Iterable

from dignity.model import Certainty, Fact

__all__ = ["describe", "quote", "statements", "basis", "who", "lcfirst", "join", "plural"]

# type -> (phrase when the condition holds, phrase when the text says it does not)
_PHRASES: dict[str, tuple[str, str]] = {
    "confinement_hours": ("confinement to the cell for {n} hours a day", "no long confinement to the cell"),
    "solitary": ("solitary confinement or segregation", "no isolation from other prisoners"),
    "isolation_duration": ("isolation that has lasted {days}", "no lasting isolation"),
    "indefinite_isolation": ("isolation with no fixed end", "isolation with a fixed end"),
    "special_regime": ("a special security regime{label}", "no special security regime"),
    "no_meaningful_contact": ("no meaningful human contact", "meaningful human contact"),
    "constant_light": ("artificial light kept on day and night", "no light kept on day and night"),
    "darkness": ("being kept in the dark", "adequate light"),
    "no_natural_light": ("no natural light", "natural light"),
    "cell_space": ("a cell of {m2}{occ}", "adequate cell space"),
    "overcrowding": ("overcrowding", "no overcrowding"),
    "ventilation": ("poor ventilation or no fresh air", "adequate ventilation"),
    "temperature": ("extreme heat or cold", "acceptable temperatures"),
    "sanitation": ("inadequate sanitation", "adequate sanitation"),
    "hygiene": ("a lack of the means to keep clean", "adequate means of hygiene"),
    "bedding_clothing": ("inadequate bedding or clothing", "adequate bedding and clothing"),
    "food_water": ("inadequate food or drinking water", "adequate food and drinking water"),
    "sleep_noise": ("sleep disturbed by noise, checks or light", "undisturbed sleep"),
    "exercise_time": ("{h} of exercise a day", "exercise time"),
    "exercise_outdoor": ("exercise in the open air", "no exercise in the open air"),
    "reading_news": ("no access to news, books or broadcasts", "access to news and reading"),
    "work_programmes": ("no work, education or programmes", "work, education or programmes"),
    "religion": ("restrictions on religious practice", "free religious practice"),
    "family_visits": ("family visits denied or restricted", "family visits allowed"),
    "family_calls": ("phone calls with family denied or restricted", "phone calls with family allowed"),
    "correspondence": ("letters restricted or withheld", "letters allowed"),
    "legal_access": ("restricted access to a lawyer of choice", "access to a lawyer"),
    "legal_confidentiality": ("lawyer-client communication that is not private",
                              "private lawyer-client communication"),
    "consular_access": ("consular access denied", "consular access"),
    "language_interpreter": ("staff who do not speak the detainee's language, and no interpreter",
                             "staff or an interpreter in the detainee's language"),
    "monitoring_access": ("an independent monitor's access {label}", "no request for a monitor's access"),
    "complaints": ("no effective complaint route, or reprisals for complaining", "an effective complaint route"),
    "physical_health": ("physical symptoms{label}", "no physical symptoms"),
    "mental_health": ("psychological symptoms{label}", "no psychological symptoms"),
    "medical_care": ("medical care denied, delayed or inadequate", "adequate medical care"),
    "vulnerable_person": ("a vulnerable person{label}", "no particular vulnerability"),
    "restraints": ("the use of restraints", "no use of restraints"),
    "strip_search": ("strip or body-cavity searches", "no strip searches"),
    "use_of_force": ("the use of force", "no use of force"),
    "collective_punishment": ("a group punished for one person's act", "no collective punishment"),
    "pretrial_status": ("detention {label}", "detention"),
    "separation": ("no separation from other categories of prisoner", "separation from other categories"),
    "justification_security": ("a security reason for the regime", "no security reason"),
}

_STATUS_WORDS = {"pretrial": "awaiting trial", "convicted": "after conviction",
                 "immigration": "for immigration reasons", "administrative": "without charge (administrative)"}


def _n(x: float) -> str:
    return f"{x:g}"


def describe(fact: Fact) -> str:
    """A noun phrase for the fact, negated where the text says the condition does not hold."""
    yes, no = _PHRASES.get(fact.type, (fact.type.replace("_", " "), "no " + fact.type.replace("_", " ")))
    v = fact.value
    if fact.type == "exercise_outdoor" and v is False:
        yes, no = no, yes
    if fact.negated:
        return no
    if fact.type in ("confinement_hours",) and isinstance(v, (int, float)) and not isinstance(v, bool):
        return yes.format(n=_n(v))
    if fact.type == "confinement_hours":
        return "long confinement to the cell"
    if fact.type == "exercise_time":
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            unit = (fact.unit or "hours_per_day").replace("_", " ")
            if unit in ("hours per day", "hours"):
                return yes.format(h=f"{_n(v)} hour" + ("" if v == 1 else "s"))
            return f"{_n(v)} {unit} of exercise"
        return "limited or no exercise"
    if fact.type == "isolation_duration":
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return yes.format(days=f"{_n(v)} {fact.unit or 'days'}")
        since = fact.qualifiers.get("since")
        if since:
            return f"isolation since {since}"
        return "isolation for a time" + (f" ({v})" if isinstance(v, str) else "")
    if fact.type == "cell_space":
        occ = fact.qualifiers.get("occupants")
        m2 = f"{_n(v)} {fact.unit or 'm2'}" if isinstance(v, (int, float)) else "unstated size"
        occ_n = _n(occ) if isinstance(occ, (int, float)) and not isinstance(occ, bool) else occ
        if fact.qualifiers.get("area_is_per_person") and isinstance(v, (int, float)) and yes.startswith("a cell of"):
            # "less than 4 m² of personal space": each one's share, not a cell's size
            bound = "at most " if fact.qualifiers.get("at_most") else ""
            return f"{bound}{m2.replace('m2', 'm²')} of space a person"
        return yes.format(m2=m2.replace("m2", "m²"), occ=f" shared by {occ_n}" if occ and occ != 1 else "")
    if fact.type == "pretrial_status":
        return yes.format(label=_STATUS_WORDS.get(str(v), f"({v})" if v else "")).strip()
    label = ""
    if isinstance(v, str) and v and fact.type in ("special_regime", "monitoring_access", "vulnerable_person"):
        label = f" ({v})" if fact.type != "monitoring_access" else v
        by = fact.qualifiers.get("by")
        if fact.type == "monitoring_access" and by:
            label += f" (by {by})"
        if fact.type == "monitoring_access":
            label = label.strip()
    elif isinstance(v, list) and v:
        label = " (" + ", ".join(str(x) for x in v[:4]) + ")"
    return yes.format(label=label, n="", h="", days="", m2="", occ="").strip()


def quote(fact: Fact, limit: int = 110) -> str:
    """The document's words for the fact (its first evidence span), or ''."""
    for ev in fact.evidence:
        text = " ".join(ev.text.split())
        if text:
            return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    return ""


def who(fact: Fact) -> str:
    src = (fact.attributed_to or "").strip() or "the author"
    return "the document" if src.lower() in ("the author", "author") else src


#: Words that begin what follows a source's head noun ("inmates at the jail", "lawyers for him").
_POSTMODIFIER = re.compile(r"\s(?:at|of|in|from|for|on|with|who|whose|that|held|housed|detained|under|inside)\s")

_VERB = {Certainty.asserted.value: ("states", "state"), Certainty.alleged.value: ("alleges", "allege"),
         Certainty.contested.value: ("claims, though it is disputed,", "claim, though it is disputed,"),
         Certainty.hypothetical.value: ("suggests", "suggest")}


def lcfirst(text: str) -> str:
    return text[:1].lower() + text[1:] if text and not text[:2].isupper() else text


def _ucfirst(text: str) -> str:
    return text[:1].upper() + text[1:]


def join(items: list[str], word: str = "and") -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


#: Plural heads a bare label may have (a capitalised one-word label may be a surname: "Williams").
_PLURAL_HEADS = ("lawyers", "prisoners", "inmates", "organizations", "organisations", "activists", "plaintiffs",
                 "defendants", "prosecutors", "detainees", "officials", "authorities", "guards", "witnesses",
                 "records", "logs", "families", "relatives", "ngos", "reports", "officers", "women", "men", "children",
                 "juveniles", "residents", "people", "groups", "members", "inspectors", "monitors", "experts",
                 "observers", "sources", "journalists", "media", "defectors", "staff members", "doctors", "nurses",
                 "delegates", "commissioners", "rapporteurs", "youths", "boys", "girls", "police")
#: Words in -s that are not plurals.
_SINGULAR_S = frozenset({"news", "series", "states", "means", "species", "physics", "politics", "sans"})


def plural(src: str) -> bool:
    """Whether a source's label is plural, by its head noun (the verb agrees: "The inspectors
    state", "Amnesty International alleges"): two sources joined by "and", a known plural head, or
    a common noun in -s ("the delegates", "several witnesses"), not a name ("Mr. Evans")."""
    low = src.lower()
    if " and " in low and "(" not in low.split(" and ")[0]:
        return True
    # the head noun before what follows it: "Inmates at the county jail allege"
    head = _POSTMODIFIER.split(" " + src.strip() + " ", 1)[0].strip()
    head = re.sub(r"\s*\(.*?\)\s*", " ", head).strip()
    if head.lower().endswith(_PLURAL_HEADS):
        return True
    words = head.split()
    if not words:
        return False
    last = words[-1].strip(",.;:'’")
    return (len(words) > 1 and last[:1].islower() and len(last) > 3 and last.endswith("s")
            and not last.endswith(("ss", "us", "is")) and last.lower() not in _SINGULAR_S)


def statements(facts: Iterable[Fact], *, with_quotes: bool = True) -> list[str]:
    """One sentence per (source, certainty): who says what, with their words."""
    by_source: OrderedDict[tuple[str, str, str], list[Fact]] = OrderedDict()
    for f in facts:
        by_source.setdefault((who(f), str(f.certainty), f.qualifiers.get("rejected_by") or ""), []).append(f)
    out = []
    for (src, certainty, rejected_by), group in by_source.items():
        verb = _VERB.get(certainty, ("states", "state"))[1 if plural(src) else 0]
        if rejected_by:  # (dir17) a claim the court or body rejected: said as such, not as a dispute
            verb = ("claim" if plural(src) else "claims")
        phrases: OrderedDict[str, list[str]] = OrderedDict()
        for f in group:
            quotes = phrases.setdefault(describe(f), [])
            q = quote(f) if with_quotes else ""
            if q and q not in quotes:
                quotes.append(q)
        parts = [f"{p} (" + "; ".join(f"“{q}”" for q in qs[:2]) + ")" if qs else p
                 for p, qs in phrases.items()]
        if rejected_by:
            out.append(_ucfirst(f"{src} {verb} {join(parts)}, a claim {lcfirst(rejected_by)} rejected or found "
                                "not credible."))
            continue
        out.append(_ucfirst(f"{src} {verb} {join(parts)}."))
    return out


def basis(facts: Iterable[Fact]) -> str:
    """The strongest certainty among the facts and whose word it is: 'alleged by Amnesty International'."""
    facts = list(facts)
    if not facts:
        return ""
    order = [Certainty.asserted.value, Certainty.alleged.value, Certainty.contested.value,
             Certainty.hypothetical.value]
    best = min((str(f.certainty) for f in facts), key=lambda c: order.index(c) if c in order else 9)
    sources: list[str] = []
    for f in facts:
        if str(f.certainty) == best:
            src = (f.attributed_to or "").strip() or "the author"
            if src not in sources:
                sources.append(src)
    return f"{best} by {join(sources)}"
