"""Whole columns of an export at once (Apache Arrow), with the exact per-value rules as fallback.

A platform's post export can have 100,000 rows; reading it value by value in Python is slower
than the desk may be (the bench asks for 50,000 rows/s). The CSV is read by Arrow's C++ reader
and each column converted in one call where the column is clean (integers, ``11/27/2026 09:15``
times). Where it is not (``1,628``, ``undefined``, Vietnamese dates), the column's *distinct*
values go through the same functions as everything else (``reviewer.core.stats.values``) and are
mapped back — so there is one set of rules, and an odd value is reported with its row and column.
"""

from __future__ import annotations

import csv
import io
from datetime import date, timezone, tzinfo
from typing import Any, Callable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv

from reviewer.core.stats.values import NO_DATA, ValueProblem, parse_when, to_float, to_int, to_seconds

__all__ = ["POST_SCHEMA", "read_csv_table", "CellProblem", "ints", "floats", "seconds", "texts", "times", "zone_name"]

UTC_US = pa.timestamp("us", tz="UTC")

POST_SCHEMA = pa.schema(
    [
        ("row_no", pa.int32()),
        ("post_id", pa.string()),
        ("alt_id", pa.string()),
        ("url_key", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("text", pa.string()),
        ("post_type", pa.string()),
        ("published_at", UTC_US),
        ("duration_s", pa.float64()),
        ("views", pa.int64()),
        ("reach", pa.int64()),
        ("reactions", pa.int64()),
        ("comments", pa.int64()),
        ("shares", pa.int64()),
        ("interactions", pa.int64()),
        ("seconds_viewed", pa.float64()),
        ("avg_seconds_viewed", pa.float64()),
        ("avg_pct_viewed", pa.float64()),
        ("watch_hours", pa.float64()),
        ("impressions", pa.int64()),
        ("ctr_pct", pa.float64()),
        ("engaged_views", pa.int64()),
        ("stayed_pct", pa.float64()),
    ]
)
"""The normalised columns of every per-post export (None = the export has no such number)."""

_NO_DATA = pa.array(sorted(NO_DATA))


class CellProblem(ValueError):
    """A value that does not fit its column: ``row`` (as in the file: header = 1), column, why."""

    def __init__(self, row: int, column: str, problem: str) -> None:
        super().__init__(f"row {row}, column '{column}': {problem}")
        self.row, self.column, self.problem = row, column, problem


class ShapeProblem(ValueError):
    """A record with another number of cells than the header (a broken or cut-off file)."""


def read_csv_table(data: bytes, width: int) -> pa.Table:
    """Every record after the header as text columns ``c0…c{width-1}`` (Arrow's CSV reader).

    Raises ShapeProblem naming the first record whose number of cells differs from the header.
    """
    names = [f"c{i}" for i in range(width)]
    invalid: list[Any] = []

    def on_invalid(row: Any) -> str:
        invalid.append(row)
        return "skip"

    try:
        table = pcsv.read_csv(
            io.BytesIO(data),
            read_options=pcsv.ReadOptions(column_names=names, skip_rows=1, use_threads=True, block_size=1 << 22),
            parse_options=pcsv.ParseOptions(newlines_in_values=True, invalid_row_handler=on_invalid),
            convert_options=pcsv.ConvertOptions(
                column_types={n: pa.string() for n in names},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except pa.ArrowInvalid as exc:
        raise ShapeProblem(f"not a readable CSV file ({str(exc).splitlines()[0]})") from None
    if invalid:
        # Arrow does not number records when values may hold newlines: count them the slow
        # way, only now that the file is known to be broken.
        for n, rec in enumerate(csv.reader(io.StringIO(data.decode("utf-8", "replace"), newline="")), start=1):
            if n > 1 and len(rec) != width and any(c.strip() for c in rec):
                raise ShapeProblem(
                    f"row {n} has {len(rec)} cells but the header has {width} (a broken or cut-off file?)"
                )
        first = invalid[0]
        raise ShapeProblem(
            f"a row has {first.actual_columns} cells but the header has {width} (a broken or cut-off file?)"
        )
    return table


def _clean(col: Any) -> pa.Array:
    s = pc.utf8_trim_whitespace(col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col)
    missing = pc.is_in(pc.utf8_lower(s), value_set=_NO_DATA)
    return pc.if_else(missing, pa.scalar(None, pa.string()), s)


def _by_distinct(s: pa.Array, fn: Callable[[str], object], type_: pa.DataType, column: str) -> pa.Array:
    """Apply ``fn`` to each distinct value (the exact rules) and spread the results back."""
    uniq = pc.unique(s)
    values: list[Any] = []
    for u in uniq.to_pylist():
        if u is None:
            values.append(None)
            continue
        try:
            values.append(fn(u))
        except ValueProblem as exc:
            row = pc.index(s, u).as_py() + 2
            raise CellProblem(row, column, str(exc)) from None
    return pc.take(pa.array(values, type_), pc.index_in(s, value_set=uniq))


def texts(col: Any) -> pa.Array:
    """Text, trimmed ("" stays "")."""
    return pc.utf8_trim_whitespace(col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col)


def ints(col: Any, column: str) -> pa.Array:
    """Counts (int64); empty, ``undefined``, ``-`` = null."""
    s = _clean(col)
    try:
        return pc.cast(s, pa.int64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return _by_distinct(s, to_int, pa.int64(), column)


def floats(col: Any, column: str) -> pa.Array:
    """Decimal numbers (float64); a trailing % stays in percent."""
    s = _clean(col)
    try:
        return pc.cast(s, pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return _by_distinct(s, to_float, pa.float64(), column)


def seconds(col: Any, column: str) -> pa.Array:
    """Durations in seconds from ``31``, ``31.5`` or ``0:00:31``."""
    s = _clean(col)
    try:
        return pc.cast(s, pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return _by_distinct(s, to_seconds, pa.float64(), column)


def zone_name(zone: tzinfo) -> str | None:
    """The zone as Arrow knows it ("Asia/Ho_Chi_Minh", "+07:00"), or None."""
    key = getattr(zone, "key", None)
    if key:
        return str(key)
    offset = zone.utcoffset(None)
    if offset is None:
        return None
    total = int(offset.total_seconds() // 60)
    sign = "+" if total >= 0 else "-"
    return f"{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"


def times(col: Any, column: str, zone: tzinfo, ref: date, *, fast_format: str | None = None) -> pa.Array:
    """Aware UTC times; a time without zone is in the station's ``zone``. ``fast_format`` is the
    layout most files use (``%m/%d/%Y %H:%M``): tried on the whole column first."""
    s = _clean(col)
    name = zone_name(zone)
    if fast_format and name:
        parsed = pc.strptime(s, format=fast_format, unit="us", error_is_null=True)
        if parsed.null_count == s.null_count:
            try:
                local = pc.assume_timezone(parsed, timezone=name, ambiguous="earliest", nonexistent="earliest")
                return local.cast(UTC_US)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
                pass
    return _by_distinct(s, lambda u: parse_when(u, zone, ref=ref), UTC_US, column)


def utc(dt: Any) -> Any:
    """An aware datetime as UTC (Arrow gives UTC already; naive is taken as UTC)."""
    return (
        None if dt is None else (dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc))
    )


def table_bytes(table: pa.Table) -> bytes:
    """A posts table as compressed Arrow IPC bytes (how an export's rows are kept)."""
    sink = pa.BufferOutputStream()
    options = pa.ipc.IpcWriteOptions(compression="zstd")
    with pa.ipc.new_stream(sink, table.schema, options=options) as writer:
        writer.write_table(table)
    data: bytes = sink.getvalue().to_pybytes()
    return data


def table_from_bytes(data: bytes) -> pa.Table:
    """The posts table kept by :func:`table_bytes`."""
    with pa.ipc.open_stream(pa.py_buffer(data)) as reader:
        return reader.read_all()
