"""Who is who in a case: a reviewer merges names that are one person ("Guzman",
"Joaquín Guzmán Loera", "El Chapo") or splits off a name wrongly merged.

The word is kept as data keyed by names (``person_names``: case, name -> person),
never on the facts: a re-extraction makes new facts, whose subjects find their
person again when the case file is built (``people_map`` ->
``dignity.assess.facts.group_subjects``).  Every change is audited.

``PeopleMixin`` gives ``CaseService`` these methods (it needs ``session``,
``get_case``, ``_require_edit``, ``_audit`` and ``_commit``).
"""

from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import select

from dignity.assess.facts import name_key
from dignity.cases.errors import InvalidInput, NotFound
from dignity.store.models import PersonName, User, utcnow

__all__ = ["PeopleMixin", "clean_name"]

#: characters a name keeps (the facts' subject column holds as many)
NAME_LENGTH = 500


def clean_name(name: str) -> str:
    """A name as typed, in one line; ``InvalidInput`` for one with no letters or digits."""
    text = " ".join(str(name or "").split())[:NAME_LENGTH]
    if not name_key(text):
        raise InvalidInput(f"{name!r} is not a name (it has no letters or digits)")
    return text


class PeopleMixin:
    session: Any

    def person_names(self, case: Any, user: User) -> list[PersonName]:
        """The reviewers' word on the names of ``case``, by person then name."""
        c = self.get_case(case, user)  # type: ignore[attr-defined]
        return list(self.session.scalars(select(PersonName).where(PersonName.case_id == c.id)
                                         .order_by(PersonName.person, PersonName.name)))

    def people_map(self, case: Any, user: User) -> dict[str, str]:
        """``name_key(name)`` -> person, as reviewers said (for ``group_subjects``)."""
        return {row.name_key: row.person for row in self.person_names(case, user)}

    def merge_people(self, case: Any, user: User, names: Iterable[str], *, into: str | None = None) -> str:
        """``names`` are one person, called ``into`` (default: the first name).  A name
        that is already a person brings the names merged into it along.  Returns the person."""
        c = self.get_case(case, user)  # type: ignore[attr-defined]
        self._require_edit(c, user)  # type: ignore[attr-defined]
        given = [clean_name(n) for n in names if str(n or "").strip()]
        person = clean_name(into) if into and into.strip() else (given[0] if given else "")
        wanted = list(dict.fromkeys([*given, person]))
        if len({name_key(n) for n in wanted}) < 2:
            raise InvalidInput("name two different names to merge into one person")
        rows = {r.name_key: r for r in self.session.scalars(select(PersonName).where(PersonName.case_id == c.id))}
        before = {r.name: r.person for r in rows.values()}
        # the names already merged into one of these people come along
        persons = {name_key(rows[name_key(n)].person) if name_key(n) in rows else name_key(n) for n in wanted}
        for r in rows.values():
            if name_key(r.person) in persons and r.name not in wanted:
                wanted.append(r.name)
        for n in wanted:
            key = name_key(n)
            row = rows.get(key)
            if row is None:
                row = PersonName(case_id=c.id, name=n, name_key=key, person=person, created_by=user.id,
                                 created_at=utcnow())
                self.session.add(row)
                rows[key] = row
            else:
                row.person, row.created_by, row.created_at = person, user.id, utcnow()
        self._audit(case_id=c.id, user=user, action="person.merge", object_type="person",  # type: ignore[attr-defined]
                    object_id=person[:64], before={n: before[n] for n in wanted if n in before} or None,
                    after={"person": person, "names": sorted(wanted)})
        self._commit()  # type: ignore[attr-defined]
        return person

    def split_name(self, case: Any, user: User, name: str) -> str:
        """``name`` is a person of its own, apart from whoever it was merged with (by a
        reviewer or by the grouping's guess).  Returns the name."""
        c = self.get_case(case, user)  # type: ignore[attr-defined]
        self._require_edit(c, user)  # type: ignore[attr-defined]
        name = clean_name(name)
        key = name_key(name)
        rows = list(self.session.scalars(select(PersonName).where(PersonName.case_id == c.id)))
        row = next((r for r in rows if r.name_key == key), None)
        others = [r.name for r in rows if name_key(r.person) == key and r.name_key != key]
        if others:
            raise InvalidInput(f"{name!r} is the name this person goes by ({', '.join(sorted(others))} "
                               "merged into it); split those names off instead")
        before = row.person if row is not None else None
        if row is None:
            self.session.add(PersonName(case_id=c.id, name=name, name_key=key, person=name, created_by=user.id,
                                        created_at=utcnow()))
        else:
            row.person, row.created_by, row.created_at = name, user.id, utcnow()
        self._audit(case_id=c.id, user=user, action="person.split", object_type="person",  # type: ignore[attr-defined]
                    object_id=name[:64], before={"person": before} if before else None,
                    after={"name": name, "person": name})
        self._commit()  # type: ignore[attr-defined]
        return name

    def forget_person(self, case: Any, user: User, person: str) -> int:
        """Drop every reviewer's word about ``person``: its names are grouped by the
        guess again.  Returns how many names were let go."""
        c = self.get_case(case, user)  # type: ignore[attr-defined]
        self._require_edit(c, user)  # type: ignore[attr-defined]
        key = name_key(person)
        rows = [r for r in self.session.scalars(select(PersonName).where(PersonName.case_id == c.id))
                if name_key(r.person) == key]
        if not rows:
            raise NotFound(f"no reviewer merged or split {person!r} in case {c.name!r}")
        names = sorted(r.name for r in rows)
        for r in rows:
            self.session.delete(r)
        self._audit(case_id=c.id, user=user, action="person.forget", object_type="person",  # type: ignore[attr-defined]
                    object_id=person[:64], before={"person": person, "names": names}, after=None)
        self._commit()  # type: ignore[attr-defined]
        return len(rows)
