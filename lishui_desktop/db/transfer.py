"""Copy a whole store from one database to another (SQLite file <-> PostgreSQL server).

The target gets its schema from Alembic and every table's rows, read from one snapshot of the
source and written in bounded chunks, all inside the caller's one transaction on the target
(PostgreSQL's DDL is transactional, and so is SQLite's): a copy that stops leaves the target
as it was. Values go through the tables' own column types, so what SQLite keeps loosely
(0/1 for a flag, text for a date) arrives typed on PostgreSQL and back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, inspect, select, text

from lishui_desktop.db.base import Base

CHUNK = 2000  # rows read and written at a time: memory stays flat whatever the store holds
SKIPPED = ("alembic_version",)  # Alembic writes its own


def tables() -> list[Table]:
    """Every table of the schema, parents before the records that point at them."""
    return list(Base.metadata.sorted_tables)


def table_names_in(conn: Connection) -> list[str]:
    """The tables and views a database already holds (its default schema)."""
    found = inspect(conn)
    return sorted([*found.get_table_names(), *found.get_view_names()])


def create_schema(conn: Connection) -> None:
    """Alembic's migrations, run on the caller's connection and transaction."""
    from alembic import command

    from lishui_desktop.db.migrate import alembic_config

    config = alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


def snapshot(source: Engine) -> Connection:
    """A connection reading one consistent state of the source (one read transaction)."""
    if source.dialect.name == "postgresql":
        conn = source.connect().execution_options(isolation_level="REPEATABLE READ")
    else:
        conn = source.connect()
    conn.begin()
    return conn


def copy_rows(
    source: Connection,
    target: Connection,
    keep: Callable[[str, dict[str, Any]], bool] = lambda table, row: True,
    progress: Callable[[str, int], None] | None = None,
) -> dict[str, int]:
    """Copy every table's rows from `source` to `target` (both inside their transactions);
    rows `keep` refuses stay behind. Returns rows copied per table."""
    counts: dict[str, int] = {}
    for table in tables():
        if table.name in SKIPPED:
            continue
        own = _self_references(table)
        late: list[dict[str, Any]] = []
        copied = 0
        order = list(table.primary_key.columns)
        result = source.execution_options(yield_per=CHUNK).execute(select(table).order_by(*order))
        for chunk in result.partitions(CHUNK):
            rows = [dict(row._mapping) for row in chunk]
            rows = [row for row in rows if keep(table.name, row)]
            if not rows:
                continue
            if own:  # a record pointing at another of its table: linked once all are there
                late.extend(_unlinked(rows, own, order))
            target.execute(table.insert(), rows)
            copied += len(rows)
            if progress is not None:
                progress(table.name, copied)
        for start in range(0, len(late), CHUNK):
            _relink(target, table, own, order, late[start:start + CHUNK])
        counts[table.name] = copied
    if target.dialect.name == "postgresql":
        _advance_sequences(target)
    return counts


def _self_references(table: Table) -> list[str]:
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _unlinked(rows: list[dict[str, Any]], columns: list[str], key: list[Any]) -> Iterable[dict[str, Any]]:
    """Clears the self-references of `rows` (in place); yields what to set afterwards."""
    for row in rows:
        links = {c: row[c] for c in columns if row[c] is not None}
        if links:
            yield {**{f"k_{c.name}": row[c.name] for c in key}, **{f"v_{c}": v for c, v in links.items()}}
            for c in links:
                row[c] = None


def _relink(target: Connection, table: Table, columns: list[str], key: list[Any], rows: list[dict[str, Any]]) -> None:
    from sqlalchemy import bindparam

    for column in columns:
        with_link = [r for r in rows if f"v_{column}" in r]
        if not with_link:
            continue
        statement = table.update().where(*(c == bindparam(f"k_{c.name}") for c in key)).values(
            {column: bindparam(f"v_{column}")}
        )
        target.execute(statement, [{k: r[k] for k in r if k.startswith("k_") or k == f"v_{column}"} for r in with_link])


def _advance_sequences(conn: Connection) -> None:
    """PostgreSQL's counters of numbered tables (audit log, bundle log) past the copied rows."""
    for table in tables():
        for column in table.primary_key.columns:
            if column.autoincrement is True:
                top = conn.execute(select(func.max(column))).scalar()
                if top is not None:
                    conn.execute(
                        text("SELECT setval(pg_get_serial_sequence(:t, :c), :n)"),
                        {"t": table.name, "c": column.name, "n": int(top)},
                    )


def empty_database(engine: Engine) -> None:
    """The server database a copy went into, back to empty (in one transaction)."""
    with engine.begin() as conn:
        drop_everything(conn)


def drop_everything(conn: Connection) -> None:
    """Remove what a copy created into an empty database (the target back to empty)."""
    found = inspect(conn)
    for view in found.get_view_names():
        conn.execute(text(f'DROP VIEW IF EXISTS "{view}" CASCADE'))
    for table in found.get_table_names():
        conn.execute(text(f'DROP TABLE IF EXISTS "{table}" CASCADE'))
