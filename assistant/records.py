"""The rows an Evidence carries: register records built when they are read, not before.

A count over a large register cites every matching row (half a million of a million rows), yet
its answer shows ten. Building one dict per row took seconds, so `Records` keeps the row ids and
the register's table: it reads like the list it replaces (`df.loc[ids].to_dict("records")`, each
record with its `row_id` and `source`), in chunks, and `columns` gives the citation fields of
every row straight from pandas, without a record.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pandas as pd

CHUNK = 2048  # records built per pandas call while iterating


def values_at(df: pd.DataFrame, name: str, positions: Any) -> list[Any]:
    """Column `name` at `positions`, as plain Python values (what `to_dict` gives), through an
    object array: `take(...).tolist()` on a string column was ~7x slower."""
    return df[name].to_numpy(dtype=object)[positions].tolist()


class Records(Sequence):
    """Rows `row_ids` of `df` (indexed by row id) as records of `source`; an item set by a
    caller (a test planting a row) is kept and read back instead of the table's."""

    def __init__(self, df: pd.DataFrame, row_ids: list[int], source: str) -> None:
        self.df, self.source = df, source
        self._ids = list(row_ids)
        self._edited: dict[int, dict[str, Any]] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, item: int | slice) -> Any:
        positions = range(len(self._ids))[item]  # IndexError and negative indices as a list's
        if isinstance(item, slice):
            records = self._build([self._ids[p] for p in positions])
            return [self._edited.get(p, r) for p, r in zip(positions, records, strict=True)]
        return self._edited[positions] if positions in self._edited else self._build([self._ids[positions]])[0]

    def __setitem__(self, item: int, record: dict[str, Any]) -> None:
        self._edited[range(len(self._ids))[item]] = record

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for start in range(0, len(self._ids), CHUNK):
            yield from self[start : start + CHUNK]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Records) and not (self._edited or other._edited):
            if other.df is self.df and other.source == self.source:
                return other._ids == self._ids
        return isinstance(other, Sequence) and not isinstance(other, str) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  (mutable, like the list it stands for)

    def __repr__(self) -> str:
        return f"Records({len(self)} rows of {self.source})"

    @property
    def row_ids(self) -> list[int]:
        return list(self._ids)

    def columns(self, *names: str) -> list[list[Any]]:
        """Each field's values for every row, in order, as the records would give them."""
        positions = self.df.index.get_indexer(self._ids) if self._ids else []
        if len(positions) and positions.min() < 0:
            missing = [i for i, p in zip(self._ids, positions, strict=True) if p < 0]
            raise KeyError(f"row ids not in {self.source}: {missing[:5]}")
        out = []
        for name in names:
            if name == "row_id":
                values = list(self._ids)
            elif name == "source":
                values = [self.source] * len(self._ids)
            else:
                values = values_at(self.df, name, positions)
            for p, record in self._edited.items():
                values[p] = record[name]
            out.append(values)
        return out

    def _build(self, ids: list[int]) -> list[dict[str, Any]]:
        if not ids:
            return []
        records = self.df.loc[ids].to_dict("records")
        for record in records:
            record["row_id"] = int(record["row_id"])
            record["source"] = self.source
        return records
