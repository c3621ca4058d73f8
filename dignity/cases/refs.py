"""Names the case service's parts share: how a case is named, and the batch size of bulk reads
and writes."""

from __future__ import annotations

from typing import Union

from dignity.store.models import Case

__all__ = ["CaseRef", "FACT_BATCH"]

#: a case, its id or its name
CaseRef = Union[Case, int, str]

#: facts written per bulk insert, and read per batch
FACT_BATCH = 1000
