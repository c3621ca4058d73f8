"""A reviewer's edit of a fact, checked against what its type takes, with a message
that says what is wrong in the label table's words ("Confinement hours: 30 is
outside 0-24 hours a day").

The limits are not a second copy: the numeric types and the plausible range of
each unit are the extractor's own (``dignity.extract.values.NUMERIC_TYPES`` and
``PLAUSIBLE``), the known units those ranges and the label table's ``units``.
"""

from __future__ import annotations

import re
from typing import Any

from dignity.cases.errors import InvalidInput
from dignity.labels import table, type_label, unit_label

__all__ = ["EditError", "check_edit", "known_units"]

_YES = {"yes", "true", "y", "1"}
_NO = {"no", "false", "n", "0"}
_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!]|[<>]")


class EditError(InvalidInput):
    """An edit its fact's type does not take; ``field`` names the field that is wrong."""

    def __init__(self, message: str, field: str = "value") -> None:
        super().__init__(message)
        self.field = field


def known_units() -> set[str]:
    from dignity.extract.values import PLAUSIBLE

    return set(PLAUSIBLE) | set(table("units"))


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", "."))
        except ValueError:
            return None
    return None


def check_edit(fact_type: str, data: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    """``patch`` made right for a fact of ``fact_type`` whose extracted fields are
    ``data``: a number for a numeric type, inside its unit's range; yes/no for a fact
    whose value is yes/no; words (no markup) otherwise; a known unit.  ``EditError``
    (``InvalidInput``) names the field and says what the type takes."""
    from dignity.extract.values import NUMERIC_TYPES, PLAUSIBLE

    out = dict(patch)
    label = type_label(fact_type)
    unit = out.get("unit", data.get("unit"))
    if "unit" in out and out["unit"] is not None:
        if str(out["unit"]) not in known_units():
            raise EditError(f"{label}: {out['unit']!r} is not a known unit; use one of "
                            f"{', '.join(sorted(known_units()))}", "unit")
    if "negated" in out and not isinstance(out["negated"], bool):
        raise EditError(f"{label}: 'negated' takes true or false", "negated")
    if "value" not in out:
        return out
    value = out["value"]
    old = data.get("value")
    if value is None:
        return out
    if fact_type in NUMERIC_TYPES or (isinstance(old, (int, float)) and not isinstance(old, bool)):
        n = _number(value)
        if n is None:
            raise EditError(f"{label} takes a number{_range_words(unit, PLAUSIBLE)}; {_shown(value)} is not one")
        if unit in PLAUSIBLE:
            lo, hi = PLAUSIBLE[unit]
            if not lo <= n <= hi:
                raise EditError(f"{label} takes a number{_range_words(unit, PLAUSIBLE)}; {n:g} is outside that range")
        elif n < 0:
            raise EditError(f"{label}: {n:g} is below 0")
        out["value"] = int(n) if n.is_integer() else n
        return out
    yes_no = isinstance(value, (bool, int, float)) or str(value).strip().lower() in _YES | _NO
    if isinstance(old, bool) or old is None and yes_no:
        if isinstance(value, bool):
            return out
        word = str(value).strip().lower()
        if word in _YES or word in _NO:
            out["value"] = word in _YES
            return out
        if old is None and isinstance(value, str):
            return _words(label, out)
        raise EditError(f"{label} takes yes or no; {_shown(value)} is neither")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise EditError(f"{label} takes words, not a number ({_shown(value)})")
    return _words(label, out)


def _words(label: str, out: dict[str, Any]) -> dict[str, Any]:
    values = out["value"] if isinstance(out["value"], list) else [out["value"]]
    for v in values:
        if not isinstance(v, str):
            raise EditError(f"{label} takes words; {_shown(v)} is not")
        if _MARKUP.search(v):
            raise EditError(f"{label}: write the value as plain words (no < or >)")
        if len(v) > 500:
            raise EditError(f"{label}: at most 500 characters")
    return out


def _range_words(unit: Any, plausible: dict[str, tuple[float, float]]) -> str:
    """' from 0 to 24 hours a day' (the unit's plausible range), '' for a unit without one."""
    if unit not in plausible:
        return ""
    lo, hi = plausible[unit]
    low = f"{lo:g}" if unit in ("hours_per_day", "days") else unit_label(unit, lo)
    return f" from {low} to {unit_label(unit, hi)}"


def _shown(value: Any) -> str:
    text = str(value)
    return repr(text[:40] + ("…" if len(text) > 40 else ""))
