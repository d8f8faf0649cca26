# SPDX-License-Identifier: LGPL-3.0-or-later
"""SQL the two database dialects spell differently: string lists and date texts.

The Java rows carry comma-joined lists computed with MySQL's ``GROUP_CONCAT``; SQLite has
``group_concat`` with another syntax (no ``SEPARATOR``, no ``ORDER BY`` before 3.44, one
argument with ``DISTINCT``). :class:`concat_list` renders the right one for each dialect.
"""

from sqlalchemy import Float, Integer, Numeric, String, case, cast, func, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.visitors import InternalTraversal

from pyispyb.kernel.data import db

MYSQL_DIALECTS = ("mysql", "mariadb")


class concat_list(FunctionElement):  # noqa: N801 - used like a SQL function
    """Aggregate ``expr`` of each group into one string, like ``GROUP_CONCAT``.

    ``order_by`` orders the items on MySQL/MariaDB; on SQLite, select from a subquery
    already ordered the same way (SQLite keeps the scan order). ``distinct`` lists
    each value once and always uses the ``","`` separator (SQLite's only choice).
    NULL values are skipped, as both databases do, unless ``null_as`` names a text for them.
    """

    type = String()
    name = "concat_list"
    # what the SQL depends on: lets SQLAlchemy cache the compiled statements that use it
    _traverse_internals = FunctionElement._traverse_internals + [
        ("separator", InternalTraversal.dp_string), ("null_as", InternalTraversal.dp_string),
        ("distinct", InternalTraversal.dp_boolean), ("order_by", InternalTraversal.dp_clauseelement_list)]

    def __init__(self, expr, *, separator=", ", order_by=(), distinct=False, null_as=None):
        self.separator = "," if distinct else separator
        self.null_as = null_as
        self.order_by = list(order_by)
        self.distinct = distinct
        super().__init__(expr)


def _argument(element, compiler, **kw):
    argument = list(element.clauses)[0]
    if compiler.dialect.name not in MYSQL_DIALECTS and isinstance(argument.type, (Float, Numeric)):
        # SQLite prints 90.0 where MySQL prints 90
        argument = case((argument == cast(argument, Integer), cast(argument, Integer)), else_=argument)
    if element.null_as is not None:
        argument = func.coalesce(argument, literal(element.null_as, String()))
    return compiler.process(argument, **kw)


@compiles(concat_list)
def _concat_list_sqlite(element, compiler, **kw):
    expr = _argument(element, compiler, **kw)
    if element.distinct:
        return f"group_concat(DISTINCT {expr})"
    separator = compiler.render_literal_value(element.separator, String())
    return f"group_concat({expr}, {separator})"


def _concat_list_mysql(element, compiler, **kw):
    expr = _argument(element, compiler, **kw)
    distinct = "DISTINCT " if element.distinct else ""
    order = ""
    if element.order_by:
        order = " ORDER BY " + ", ".join(compiler.process(o, **kw) for o in element.order_by)
    separator = compiler.render_literal_value(element.separator, String())
    return f"GROUP_CONCAT({distinct}{expr}{order} SEPARATOR {separator})"


for _dialect in MYSQL_DIALECTS:
    compiles(concat_list, _dialect)(_concat_list_mysql)


def is_mysql():
    """True when the database is MySQL or MariaDB."""
    return db.engine.dialect.name in MYSQL_DIALECTS


def datetime_text(column):
    """Return ``column`` as ``YYYY-MM-DD HH:MM:SS`` text (as MySQL prints a DATETIME in a list)."""
    if is_mysql():
        return func.date_format(column, "%Y-%m-%d %H:%i:%s")
    return func.strftime("%Y-%m-%d %H:%M:%S", column)
