"""``summarize``: a screen's output as conditions and findings over time, per facility
and subject (CSV, Parquet and a chart).

Each partition's facts and findings are joined to its documents (facility, date)
and counted; the partial counts are then added up, so memory depends on the
number of (facility, subject, period, type) groups, never on the corpus.

The period of a fact is its ``observed_on`` date where the text gives one, else
the document's date; a finding's is its document's date; ``unknown`` when there
is neither.  Files written to the summary directory::

    conditions_over_time.{csv,parquet}  facility, subject, period, type, facts, documents
    findings_over_time.{csv,parquet}    facility, subject, period, standard, rule, status, findings,
                                        documents (standard: the pack id, mandela, iccpr ...)
    over_time.svg / over_time.png       facts of the commonest types, and findings by status, per period
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

__all__ = ["summarize", "SummaryFiles", "PERIODS"]

PERIODS = ("year", "month")
UNKNOWN = "unknown"
_STATUS_ORDER = ("violation_likely", "concern", "insufficient_information", "compliant")
_STATUS_COLOURS = {"violation_likely": "#b2182b", "concern": "#ef8a62",
                   "insufficient_information": "#bababa", "compliant": "#4393c3"}


class SummaryFiles(dict):
    """name -> path of each file written, plus ``tables`` (the two DataFrames)."""


def summarize(out: str | os.PathLike[str], dest: str | os.PathLike[str] | None = None, *,
              period: str = "year", top_types: int = 6) -> SummaryFiles:
    import pyarrow.parquet as pq

    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}")
    out = Path(out)
    dest = Path(dest) if dest is not None else out / "summary"
    parts = sorted((out / "documents").glob("part-*.parquet"))
    if not parts:
        raise FileNotFoundError(f"{out}: no screen output here (no documents/part-*.parquet)")
    width = 4 if period == "year" else 7
    cond_parts, find_parts, unread_parts = [], [], []
    for docs_path in parts:
        name = docs_path.name
        if "not_assessed" in pq.read_schema(docs_path).names:
            # documents not assessed (no rules for their language): no all-clear where they lie
            unread = pq.read_table(docs_path, columns=["id", "facility", "date", "language", "not_assessed"]
                                   ).to_pandas().dropna(subset=["not_assessed"])
            if len(unread):
                unread["facility"] = unread["facility"].fillna(UNKNOWN)
                unread["language"] = unread["language"].fillna("")
                unread["period"] = _period(unread["date"], width)
                unread_parts.append(unread.groupby(["facility", "period", "language"], dropna=False)
                                    .agg(documents=("id", "nunique")).reset_index())
        docs = pq.read_table(docs_path, columns=["id", "facility", "date"]).to_pandas()
        docs = docs.drop_duplicates("id").rename(columns={"id": "document", "date": "doc_date"})
        docs["facility"] = docs["facility"].fillna(UNKNOWN)
        facts_path, findings_path = out / "facts" / name, out / "findings" / name
        if facts_path.exists():
            facts = pq.read_table(facts_path, columns=["document", "type", "subject", "observed_on",
                                                       "negated", "subject_kind"]).to_pandas()
            facts = facts[(~facts["negated"]) & (facts["subject_kind"] != "general")]
            facts = facts.merge(docs, on="document", how="left")
            facts["period"] = _period(facts["observed_on"].fillna(facts["doc_date"]), width)
            facts["facility"] = facts["facility"].fillna(UNKNOWN)
            cond_parts.append(facts.groupby(["facility", "subject", "period", "type"], dropna=False)
                              .agg(facts=("document", "size"), documents=("document", "nunique"))
                              .reset_index())
        if findings_path.exists():
            cols = ["document", "rule", "status", "subject"]
            has_standard = "standard" in pq.read_schema(findings_path).names
            findings = pq.read_table(findings_path, columns=cols + (["standard"] if has_standard else [])
                                     ).to_pandas()
            # a screen written before standards were packs: the rule id's prefix is its pack
            prefix = findings["rule"].astype(str).str.split("-", n=1).str[0]
            findings["standard"] = findings["standard"].fillna(prefix) if has_standard else prefix
            findings = findings.merge(docs, on="document", how="left")
            findings["period"] = _period(findings["doc_date"], width)
            findings["facility"] = findings["facility"].fillna(UNKNOWN)
            find_parts.append(findings.groupby(["facility", "subject", "period", "standard", "rule", "status"],
                                               dropna=False)
                              .agg(findings=("document", "size"), documents=("document", "nunique"))
                              .reset_index())
    # a document lies in one partition only, so per-partition distinct counts add up
    conditions = _total(cond_parts, ["facility", "subject", "period", "type"], ["facts", "documents"])
    findings_t = _total(find_parts, ["facility", "subject", "period", "standard", "rule", "status"],
                        ["findings", "documents"])
    dest.mkdir(parents=True, exist_ok=True)
    files = SummaryFiles()
    frames = [("conditions_over_time", conditions), ("findings_over_time", findings_t)]
    unread_t = _total(unread_parts, ["facility", "period", "language"], ["documents"]) if unread_parts else None
    if unread_t is not None:
        frames.append(("not_assessed_over_time", unread_t))
    for stem, frame in frames:
        csv_path, pq_path = dest / f"{stem}.csv", dest / f"{stem}.parquet"
        frame.to_csv(csv_path, index=False)
        frame.to_parquet(pq_path, index=False)
        files[f"{stem}.csv"], files[f"{stem}.parquet"] = csv_path, pq_path
    charts = [dest / "over_time.svg", dest / "over_time.png"]
    _chart(conditions, findings_t, charts, period, top_types)
    for path in charts:
        files[path.name] = path
    files.tables = {"conditions": conditions, "findings": findings_t}  # type: ignore[attr-defined]
    if unread_t is not None:
        files.tables["not_assessed"] = unread_t  # type: ignore[attr-defined]
    return files


def _standards_named(findings: Any) -> str:
    """'the Nelson Mandela Rules', or the standards the findings are under by name."""
    ids = [str(x) for x in dict.fromkeys(findings["standard"].dropna())] if "standard" in findings else []
    try:
        from dignity.assess.registry import installed

        packs = installed()
    except Exception:  # noqa: BLE001 - a title only: the ids will do
        packs = {}
    names = [packs[i].standard if i in packs else i for i in ids] or ["the standards"]
    if len(names) == 1:
        return names[0] if names[0] == "the standards" else f"the {names[0]}"
    return ", ".join(names)


def _period(dates: Any, width: int) -> Any:
    s = dates.astype("string")
    ok = s.str.match(r"^\d{4}(-\d{2})?") & (s.str.len() >= width)
    return s.str.slice(0, width).where(ok, UNKNOWN).fillna(UNKNOWN).astype(object)


def _total(parts: list, keys: list[str], values: list[str]) -> Any:
    import pandas as pd

    if not parts:
        return pd.DataFrame({**{k: pd.Series(dtype=object) for k in keys},
                             **{v: pd.Series(dtype="int64") for v in values}})
    frame = pd.concat(parts, ignore_index=True).groupby(keys, dropna=False)[values].sum().reset_index()
    frame[values] = frame[values].astype("int64")
    return frame.sort_values(keys, kind="stable").reset_index(drop=True)


def _chart(conditions: Any, findings: Any, paths: list[Path], period: str, top_types: int) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(10, 7.5), sharex=False)
    known = conditions[conditions["period"] != UNKNOWN]
    if len(known):
        commonest = known.groupby("type")["documents"].sum().nlargest(top_types).index
        table = (known[known["type"].isin(commonest)]
                 .pivot_table(index="period", columns="type", values="documents", aggfunc="sum",
                              fill_value=0).sort_index())
        for col in table.columns:
            ax1.plot(table.index.astype(str), table[col], marker="o", label=col)
        ax1.legend(fontsize=8, ncols=2)
    else:
        ax1.text(0.5, 0.5, "no dated facts", ha="center", va="center", transform=ax1.transAxes)
    ax1.set_title(f"Documents reporting each condition, by {period}")
    ax1.set_ylabel("documents")
    known_f = findings[findings["period"] != UNKNOWN]
    if len(known_f):
        table = known_f.pivot_table(index="period", columns="status", values="findings",
                                    aggfunc="sum", fill_value=0).sort_index()
        bottom = None
        x = table.index.astype(str)
        for status in [s for s in _STATUS_ORDER if s in table.columns]:
            ax2.bar(x, table[status], bottom=bottom, label=status.replace("_", " "),
                    color=_STATUS_COLOURS[status])
            bottom = table[status] if bottom is None else bottom + table[status]
        ax2.legend(fontsize=8)
    else:
        ax2.text(0.5, 0.5, "no dated findings", ha="center", va="center", transform=ax2.transAxes)
    ax2.set_title(f"Findings against {_standards_named(findings)}, by {period} and status")
    ax2.set_ylabel("findings")
    for ax in (ax1, ax2):
        ax.tick_params(axis="x", labelrotation=45, labelsize=8)
    fig.tight_layout()
    for path in paths:
        fig.savefig(path, metadata={"Date": None} if path.suffix == ".svg" else None)
    plt.close(fig)
