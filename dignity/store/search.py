"""Full-text search across the documents a user may read.

SQLite: the FTS5 table ``documents_fts`` (title, text; porter stemming,
diacritics folded), kept in sync with ``documents`` by triggers built in the
migration.  PostgreSQL: ``to_tsvector('english', ...) @@ plainto_tsquery('english',
word)`` for each word, over the title (a GIN expression index on ``documents``)
and the text in parts of 100,000 characters (the table ``documents_search``,
filled by a trigger, with its own GIN index): one ``tsvector`` holds at most 1 MB,
so a whole long text could not be indexed, nor its document stored.

``search(session, user, query)`` returns hits only in cases ``user`` is a
member of (admins see every case), best first, each with a snippet in which
the matched words are wrapped in ``HIGHLIGHT_START`` / ``HIGHLIGHT_END``
(escape the snippet first, then replace the markers, to render it as HTML).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from dignity.store.models import User

__all__ = ["HIGHLIGHT_START", "HIGHLIGHT_END", "SearchHit", "search"]

HIGHLIGHT_START = "\u27e6"  # ⟦
HIGHLIGHT_END = "\u27e7"  # ⟧
_WORD = re.compile(r"\w+", re.UNICODE)
_TITLE_TSV = "to_tsvector('english', coalesce(d.title, ''))"
_PART_TSV = "to_tsvector('english', s.body)"


@dataclass(frozen=True)
class SearchHit:
    case_id: int
    case_name: str
    document_id: int
    title: str | None
    filename: str | None
    snippet: str
    rank: float

    @property
    def label(self) -> str:
        return self.title or self.filename or f"document {self.document_id}"


def search(session: Session, user: User, query: str, *, limit: int = 50,
           case_id: int | None = None) -> list[SearchHit]:
    """Documents matching every word of ``query``, in the cases ``user`` may read."""
    words = _WORD.findall(query or "")
    if not words or not user.active:
        return []
    params: dict[str, object] = {"limit": int(limit), "s": HIGHLIGHT_START, "e": HIGHLIGHT_END}
    where = []
    if user.role != "admin":
        where.append("d.case_id IN (SELECT m.case_id FROM case_members m WHERE m.user_id = :uid)")
        params["uid"] = user.id
    if case_id is not None:
        where.append("d.case_id = :cid")
        params["cid"] = case_id
    extra = "".join(f" AND {w}" for w in where)
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        params["q"] = " ".join('"' + w.replace('"', "") + '"' for w in words)
        sql = ("SELECT d.id, d.case_id, c.name, d.title, d.filename, "
               "snippet(documents_fts, -1, :s, :e, '…', 24) AS snip, bm25(documents_fts) AS rank "
               "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
               "JOIN cases c ON c.id = d.case_id "
               f"WHERE documents_fts MATCH :q{extra} ORDER BY rank, d.id LIMIT :limit")
        rows = session.execute(text(sql), params).all()
        return [SearchHit(r[1], r[2], r[0], r[3], r[4], r[5], -float(r[6])) for r in rows]
    if dialect == "postgresql":
        # the text is indexed in parts (``documents_search``, migration 0003): a document
        # matches when each word is in one of its parts or in its title; its rank and
        # snippet are those of its part that matches most of the words
        params["q"] = " ".join(words)
        params["opts"] = (f'StartSel="{HIGHLIGHT_START}", StopSel="{HIGHLIGHT_END}", '
                          'MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
        each = []
        for i, w in enumerate(words):
            params[f"w{i}"] = w
            wq = f"plainto_tsquery('english', :w{i})"
            each.append(f" AND (numnode({wq}) = 0 OR {_TITLE_TSV} @@ {wq} OR d.id IN "
                        f"(SELECT s.document_id FROM documents_search s WHERE {_PART_TSV} @@ {wq}))")
        sql = ("SELECT d.id, d.case_id, c.name, d.title, d.filename, best.snip, coalesce(best.rank, 0) "
               "FROM documents d JOIN cases c ON c.id = d.case_id "
               "LEFT JOIN LATERAL (SELECT ts_headline('english', s.body, qa.q, :opts) AS snip, "
               f"ts_rank({_PART_TSV}, qa.q) AS rank FROM documents_search s, "
               "(SELECT replace(plainto_tsquery('english', :q)::text, '&', '|')::tsquery AS q) qa "
               "WHERE s.document_id = d.id ORDER BY rank DESC, s.seq LIMIT 1) best ON true "
               f"WHERE numnode(plainto_tsquery('english', :q)) > 0{''.join(each)}{extra} "
               "ORDER BY 7 DESC, d.id LIMIT :limit")
        rows = session.execute(text(sql), params).all()
        return [SearchHit(r[1], r[2], r[0], r[3], r[4], r[5] or "", float(r[6])) for r in rows]
    # any other database: a plain substring match on the text
    params["q"] = f"%{' '.join(words).lower()}%"
    sql = ("SELECT d.id, d.case_id, c.name, d.title, d.filename, substr(d.text, 1, 200), 0 "
           f"FROM documents d JOIN cases c ON c.id = d.case_id WHERE lower(d.text) LIKE :q{extra} "
           "ORDER BY d.id LIMIT :limit")
    rows = session.execute(text(sql), params).all()
    return [SearchHit(r[1], r[2], r[0], r[3], r[4], r[5], 0.0) for r in rows]
