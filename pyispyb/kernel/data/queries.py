# SPDX-License-Identifier: LGPL-3.0-or-later
"""Schema-tolerant query building: select only the columns the site's database has.

Lists and items are read with SQLAlchemy Core (rows, not ORM objects): it is the fastest
way to go from MariaDB to JSON and it lets every query leave out the columns an older
schema lacks.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from flask import current_app, has_app_context
from sqlalchemy import bindparam, func, literal, null, select

from pyispyb.kernel.exceptions import BadRequest, NotAvailable
from pyispyb.kernel.data import db, require_tables, schema_info
from pyispyb.kernel.data.prepared import prepared


@dataclass
class ListQuery:
    """Filters, order and page of a list request, already checked and typed."""

    filters: dict = field(default_factory=dict)  # column name -> list of values
    limit: int = 100
    offset: int = 0
    order_by: str = None
    order: str = "asc"


_PRESENT = {}  # table -> (the SchemaInfo they were read from, its present columns)


def present_columns(model):
    """Return the columns of a model (or table) that exist in the live database, in table order (once per schema)."""
    info = schema_info()
    table = getattr(model, "__table__", model)
    known = _PRESENT.get(table)
    if known is None or known[0] is not info:
        known = _PRESENT[table] = (info, tuple(c for c in table.columns if info.has_column(table.name, c.name)))
    return list(known[1])


def column_or_null(model, name, label=None):
    """Return ``model.<name>`` if the site has it, else a NULL literal (labelled)."""
    column = model.__table__.columns[name]
    if schema_info().has_column(model.__table__.name, name):
        return column.label(label) if label else column
    return null().label(label or name)


def require_columns(model, names):
    """Raise :class:`NotAvailable` if the site's table lacks any of ``names``."""
    info = schema_info()
    table = model.__table__.name
    missing = [n for n in names if not info.has_column(table, n)]
    if missing:
        raise NotAvailable(f"not available on this database schema: {table} lacks {', '.join(missing)}")


def primary_key(model):
    """Return the primary-key columns of a model."""
    return list(model.__table__.primary_key.columns)


def check_filters(model, filters):
    """Raise :class:`BadRequest` for a filter on a column the site's table lacks."""
    info = schema_info()
    table = model.__table__.name
    for name in filters:
        if not info.has_column(table, name):
            raise BadRequest(f"filter {name!r} is not available on this database schema")


def filter_clauses(model, filters):
    """Return equality/IN clauses for ``{column: [values]}``; absent columns are a 400."""
    check_filters(model, filters)
    columns = model.__table__.columns
    return [columns[name] == values[0] if len(values) == 1 else columns[name].in_(values)
            for name, values in filters.items()]


def order_clauses(model, query):
    """Return a stable ORDER BY: the requested column (if any), then the primary key."""
    keys = primary_key(model)
    direction = (lambda c: c.desc()) if query.order == "desc" else (lambda c: c.asc())
    if query.order_by:
        column = model.__table__.columns[query.order_by]
        return [direction(column)] + [direction(k) for k in keys if k is not column]
    return [direction(k) for k in keys]


class Total(int):
    """The ``total`` of a list: exact, or (``exact`` False) the count limit the matching rows exceed."""

    exact = True


def count_limit():
    """The application's ``LIST_COUNT_LIMIT`` (0: count exactly), outside an application 0."""
    return current_app.config.get("LIST_COUNT_LIMIT", 0) if has_app_context() else 0


def count_rows(model, clauses, limit=None):
    """Count the rows of ``model`` matching ``clauses``, stopping after ``limit`` (default: ``count_limit()``).

    Counting a million-row table costs a scan of its smallest index; counting at most
    ``limit + 1`` rows bounds that cost. Beyond the limit the result is ``Total(limit)``
    with ``exact`` False.
    """
    limit = count_limit() if limit is None else limit
    return bounded_total(db.session.execute(count_select(model, clauses, limit)).scalar_one(), limit)


def count_select(model, clauses, limit):
    """The select of the number of rows of ``model`` matching ``clauses``: all of them, or at most ``limit + 1``."""
    if not limit:
        stmt = select(func.count(literal(1))).select_from(model.__table__)
        return stmt.where(*clauses) if clauses else stmt
    inner = select(literal(1).label("one")).select_from(model.__table__)
    if clauses:
        inner = inner.where(*clauses)
    return select(func.count()).select_from(inner.limit(limit + 1).subquery())


def bounded_total(counted, limit):
    """The :class:`Total` of a count of at most ``limit + 1`` rows (``limit`` 0: an exact count)."""
    if not limit or counted <= limit:
        return Total(counted)
    total = Total(limit)
    total.exact = False
    return total


def fetch_dicts(stmt):
    """Execute a Core select and return its rows as plain dicts.

    Runs on the session's connection (same transaction, without the ORM layer) and builds
    each dict from the row's values: about 1.5x faster than ``Result.mappings()``.
    """
    result = db.session.connection().execute(stmt)
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result]


def fetch_keyed(stmt, key):
    """Run a select with one row per ``key``: ``{row[key]: the rest of the row}``."""
    return {row.pop(key): row for row in fetch_dicts(stmt)}


PAGE_TOTAL = "_page_total"  # the column of a page's rows carrying the list's count


def list_page(model, query, clauses=(), columns=None):
    """Return ``(total, rows)`` for one page of ``model`` restricted by ``clauses`` and ``query``.

    One statement on MariaDB: the page, each row carrying the count of the whole list (a
    subquery the database runs once, bounded by ``LIST_COUNT_LIMIT``, see :func:`count_rows`).
    A page that shows its total (see :func:`total_from_page`) ignores it; only an empty page
    past the end needs a second statement to count. SQLite's parser allows about 100 levels of
    nesting, which the count around a deep ownership chain exceeds: there a full page is
    counted by a second statement.
    """
    require_tables(model)
    where = list(clauses) + filter_clauses(model, query.filters)
    stmt = page_select(model, where, query, query.limit, query.offset, columns)
    return page_total(model, query, fetch_dicts(stmt), lambda: where)


def page_select(model, where, query, limit, offset, columns=None):
    """The select of a page of ``model``'s rows matching ``where``, ordered by ``query``, with its count on MariaDB."""
    selected = list(columns or present_columns(model))
    if schema_info().dialect != "sqlite":
        selected.append(count_select(model, where, count_limit()).scalar_subquery().label(PAGE_TOTAL))
    stmt = select(*selected).select_from(model.__table__)
    if where:
        stmt = stmt.where(*where)
    return stmt.order_by(*order_clauses(model, query)).limit(limit).offset(offset)


def page_total(model, query, rows, where):
    """Return ``(total, rows)`` of a page read by :func:`page_select` (``where()``: its clauses, for a count)."""
    counted = rows[0].get(PAGE_TOTAL) if rows else None
    for row in rows:
        row.pop(PAGE_TOTAL, None)
    total = total_from_page(len(rows), query.limit, query.offset)
    if total is None:
        limit = count_limit()
        total = bounded_total(counted, limit) if counted is not None else count_rows(model, where(), limit)
    return total, rows


def prepared_page(model, query, key, restriction, values):
    """Like :func:`list_page`, with a statement built once per shape (:mod:`.prepared`).

    ``key`` names what ``restriction()`` (the visibility clauses) depends on besides the bind
    values ``values``; the filters' values, the limit and the offset are parameters too.
    """
    require_tables(model)
    check_filters(model, query.filters)
    filters = sorted(query.filters.items())
    shape = tuple((name, len(given)) for name, given in filters)

    def build():
        where = list(restriction()) + [_filter_with_parameters(model.__table__.columns[name], n, count)
                                       for n, (name, count) in enumerate(shape)]
        return page_select(model, where, query, bindparam("page_limit"), bindparam("page_offset"))

    statement = prepared(("page", model, *key, shape, query.order_by, query.order), build)
    params = {f"filter_{n}_{i}": value for n, (_name, given) in enumerate(filters) for i, value in enumerate(given)}
    rows = statement.rows(**values, **params, page_limit=query.limit, page_offset=query.offset)
    return page_total(model, query, rows, lambda: list(restriction()) + filter_clauses(model, query.filters))


def _filter_with_parameters(column, n, count):
    """``column = :filter_<n>_0``, or ``column IN (:filter_<n>_0, ...)`` for ``count`` values."""
    if count == 1:
        return column == bindparam(f"filter_{n}_0")
    return column.in_([bindparam(f"filter_{n}_{i}") for i in range(count)])


def total_from_page(returned, limit, offset):
    """The list's exact total when a page shows it (a short, non-empty or first page), else None.

    A page holding fewer rows than ``limit`` is the last one: the total is ``offset`` plus
    its rows. Only a full page, or an empty page past the first, needs a count query.
    """
    if returned < limit and (returned or not offset):
        return Total(offset + returned)
    return None


def get_row(model, key_clauses, clauses=()):
    """Return one row of ``model`` as a dict, or None."""
    require_tables(model)
    rows = fetch_dicts(select(*present_columns(model)).where(*key_clauses, *clauses).limit(1))
    return rows[0] if rows else None


def row_exists(model, key_clauses):
    """Return True if a row matches ``key_clauses`` (ignoring visibility)."""
    stmt = select(literal(1)).select_from(model.__table__).where(*key_clauses).limit(1)
    return db.session.execute(stmt).first() is not None


def row_matches(model, key_clauses, values):
    """Return True if a row matches ``key_clauses`` and holds ``values`` (``{column name: value}``)."""
    columns = [model.__table__.columns[name] for name in values]
    found = db.session.execute(select(*columns).where(*key_clauses).limit(1)).first()
    if found is None:
        return False
    return all(same_value(stored, values[column.name]) for stored, column in zip(found, columns, strict=True))


def same_value(stored, written):
    """True if a value read back equals the value written (numbers compared as floats)."""
    if isinstance(stored, (int, float, Decimal)) and isinstance(written, (int, float, Decimal)) \
            and not isinstance(stored, bool):
        return abs(float(stored) - float(written)) <= 1e-9 * max(1.0, abs(float(written)))
    return stored == written


def fetch_merged(key_column, ids, parts):
    """Run several grouped queries as one: ``{id: {column: value}}`` for the ``ids`` of ``key_column``.

    ``parts`` is ``[(select, key name)]``: grouped selects with one row per key. They are
    left-joined to the rows of ``key_column``'s table, so one round trip replaces one per
    part. A part with no row for an id adds nothing to that id's dict (not NULLs).
    """
    table = key_column.table
    source, columns, hits = table, [key_column.label("_key")], []
    for n, (part, key_name) in enumerate(parts):
        # the LIMIT (one row per id at most) keeps each part materialised once: without it MariaDB
        # may re-run the grouped part for every row of the outer table ("split materialisation")
        alias = part.limit(len(ids)).subquery(f"part{n}")
        source = source.outerjoin(alias, alias.c[key_name] == key_column)
        names = [c.name for c in alias.c if c.name != key_name]
        columns += [alias.c[name].label(f"p{n}_{name}") for name in names]
        columns.append(alias.c[key_name].label(f"p{n}__hit"))
        hits.append((n, names))
    merged = {}
    for row in fetch_dicts(select(*columns).select_from(source).where(key_column.in_(ids))):
        values = merged.setdefault(row["_key"], {})
        for n, names in hits:
            if row[f"p{n}__hit"] is not None:
                values.update({name: row[f"p{n}_{name}"] for name in names})
    return merged


def attach_children(rows, *, key, column, name, clauses=(), columns=None, order_by=None):
    """Give each row a list ``row[name]`` of the rows whose ``column`` equals ``row[key]``.

    One query for all the rows (select-in loading), whatever their number. ``column`` is
    a column of the child model; ``clauses`` restrict the children further. Without
    ``clauses``, ``columns`` or ``order_by`` the statement is built once per size of the key
    list, rounded up to a power of two (the last key repeated): see :mod:`.prepared`.
    """
    model_table = column.table
    for row in rows:
        row[name] = []
    values = sorted({row[key] for row in rows if row.get(key) is not None})
    if not values or not schema_info().has_table(model_table.name):
        return rows
    if clauses or columns or order_by:
        stmt = select(*(columns or present_columns(model_table))).where(column.in_(values), *clauses)
        children = fetch_dicts(stmt.order_by(*(order_by or list(model_table.primary_key.columns))))
    else:
        size = 1 << (len(values) - 1).bit_length()
        statement = prepared(("children", model_table.name, column.name, size), lambda: select(
            *present_columns(model_table)).where(column.in_([bindparam(f"key_{n}") for n in range(size)]))
            .order_by(*model_table.primary_key.columns))
        padded = values + values[-1:] * (size - len(values))
        children = statement.rows(**{f"key_{n}": value for n, value in enumerate(padded)})
    by_key = {}
    for child in children:
        by_key.setdefault(child[column.name], []).append(child)
    for row in rows:
        row[name] = by_key.get(row.get(key), [])
    return rows


def attach_parent(rows, *, key, column, name, columns=None):
    """Give each row ``row[name]``: the row whose ``column`` (a unique key) equals ``row[key]``, or None.

    A row given twice (two children sharing one parent dict) is handled once.
    """
    unique = list({id(row): row for row in rows}.values())
    attach_children(unique, key=key, column=column, name=name, columns=columns)
    for row in unique:
        row[name] = row[name][0] if row[name] else None
    return rows


def writable_values(model, values):
    """Drop values whose column the site lacks; refuse if a given non-null value would be lost."""
    info = schema_info()
    table = model.__table__.name
    lost = [k for k, v in values.items() if not info.has_column(table, k) and v is not None]
    if lost:
        raise BadRequest(f"field {lost[0]!r} is not available on this database schema")
    return {k: v for k, v in values.items() if info.has_column(table, k)}
