# SPDX-License-Identifier: LGPL-3.0-or-later
"""Statements built once and run with bind values: the read path without per-request SQL construction.

Building a Core select, computing its cache key and compiling it cost more CPU than running
it. A read whose statement only differs from call to call by values (a key, a filter value,
the caller's login, a page) is a :class:`PreparedSelect`: the select is built once, with
:func:`~sqlalchemy.bindparam` placeholders, and compiled once per dialect into its SQL text,
the order of its parameters and the conversions of its parameters and columns. Each call
runs that text on the request's connection (``exec_driver_sql``: the engine's events, error
handling and transaction apply as to any statement) and returns the rows as dicts.

:func:`prepared` keeps them, keyed by the caller's description of the statement's shape,
per live schema (a schema read again after an outage starts afresh). The caller's login is
the parameter :data:`OWNER_LOGIN` of every ownership clause (``access.caller_login``).
"""

from collections import OrderedDict
from threading import Lock

from flask import current_app
from sqlalchemy.engine import processors

from pyispyb.kernel.data import db, schema_info
from pyispyb.kernel.data.reads import pinned_connection, read_pool

OWNER_LOGIN = "owner_login"
MYSQL_FLOAT_CODES = (4, 5)  # FIELD_TYPE.FLOAT and DOUBLE of MySQLdb and PyMySQL: values arrive as floats
PREPARED_KEPT = 2048  # statements a worker keeps, per schema (the oldest dropped first)
_lock = Lock()


class PreparedSelect:
    """A Core select compiled once per dialect; :meth:`rows` runs it with the given bind values."""

    def __init__(self, stmt):
        self.stmt = stmt
        self.keys = list(stmt.selected_columns.keys())
        self._compiled = {}
        self._processors = {}  # driver type codes of the result columns -> [(index, conversion)]

    def _compile(self, dialect):
        """The plan of ``dialect``: SQL text, parameter order, defaults and conversions; False when the text
        alone cannot run the statement (expanding IN lists, literal-execute values, no parameter at all)."""
        compiled = self.stmt.compile(dialect=dialect)
        if compiled.literal_execute_params or compiled.post_compile_params or not compiled.binds:
            self._compiled[dialect.name] = False
            return False
        binds = {compiled.bind_names[bind]: bind for bind in compiled.binds.values()}
        names = list(compiled.positiontup) if compiled.positional else list(binds)
        defaults = {name: binds[name].value for name in names}
        converters = {name: binds[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names}
        plan = (compiled.string, compiled.positional, names, defaults,
                {name: convert for name, convert in converters.items() if convert is not None},
                [column.type for column in self.stmt.selected_columns])
        self._compiled[dialect.name] = plan
        return plan

    def rows(self, **values):
        """Run the statement with ``values`` for its named parameters (the others keep their built values).

        Values named in ``values`` but absent from the statement are ignored. The statement runs on
        the read pool when the request is not in a transaction (see :mod:`.reads`).
        """
        pool = read_pool(current_app)
        connection = pinned_connection()
        if connection is None and (pool is None or _in_transaction()):
            connection = db.session.connection()
        dialect = connection.dialect if connection is not None else pool.dialect
        plan = self._compiled.get(dialect.name)
        if plan is None:
            plan = self._compile(dialect)
        if plan is False:
            result = (connection or db.session.connection()).execute(self.stmt, values)
            keys = list(result.keys())
            return [dict(zip(keys, row, strict=True)) for row in result]
        sql, positional, names, defaults, converters, types = plan
        params = {name: values[name] if name in values else defaults[name] for name in names}
        for name, convert in converters.items():
            params[name] = convert(params[name])
        params = tuple(params[n] for n in names) if positional else params
        if connection is None:
            codes, fetched = pool.fetch(sql, params)
        else:
            result = connection.exec_driver_sql(sql, params)
            codes = tuple(column[1] for column in result.cursor.description)
            fetched = result.fetchall()
        processors = self._processors.get(codes)
        if processors is None:
            processors = self._processors[codes] = self._result_processors(dialect, types, codes)
        keys = self.keys
        found = []
        for row in fetched:
            if processors:
                row = list(row)
                for i, process in processors:
                    row[i] = process(row[i])
            found.append(dict(zip(keys, row, strict=True)))
        return found

    @staticmethod
    def _result_processors(dialect, types, codes):
        """The conversions of the columns that have one, for the driver's type codes ``codes``.

        A float conversion of a column the MySQL drivers already return as a float (FLOAT,
        DOUBLE) is left out: it would only copy the value (half of a data collection's columns).
        """
        found = [(i, kind.dialect_impl(dialect).result_processor(dialect, code))
                 for i, (kind, code) in enumerate(zip(types, codes, strict=True))]
        floats = MYSQL_FLOAT_CODES if dialect.name in ("mysql", "mariadb") else ()
        return [(i, process) for i, process in found
                if process is not None and not (process is processors.to_float and codes[i] in floats)]

    def first(self, **values):
        """Return the first row (a dict) or None."""
        found = self.rows(**values)
        return found[0] if found else None


def _in_transaction():
    """True when the request's session has begun a transaction (a write in progress)."""
    return db.session.registry.has() and db.session().in_transaction()


def prepared(key, build):
    """Return the :class:`PreparedSelect` of ``key``, built by ``build()`` (a select) the first time.

    ``key`` must name everything the built statement depends on besides its bind values (the
    model, the columns, the shape of the clauses, whether the caller sees everything).
    """
    info = schema_info()
    kept = info.__dict__.get("_prepared")
    if kept is None:
        with _lock:
            kept = info.__dict__.setdefault("_prepared", OrderedDict())
    found = kept.get(key)
    if found is not None:
        return found
    statement = PreparedSelect(build())
    with _lock:
        kept[key] = statement
        if len(kept) > PREPARED_KEPT:
            kept.popitem(last=False)
    return statement
