# SPDX-License-Identifier: LGPL-3.0-or-later
"""A table served as a REST collection, declared once: :func:`declare` builds a :class:`TableResource`.

One declaration gives the table's marshmallow schemas (read, create, update), its Swagger
models, its list and item routes with their endpoint names, its ownership scope and its
``/schemas/{name}`` entry. Each service declares its tables in one module,
``pyispyb/<service>/resources.py``, through a :class:`Catalog`; the service's ``init_app``
adds the catalog's namespaces to the API. See ``docs/adding-a-resource.md``.

Endpoint names follow one rule: ``{prefix}{plural of name}`` for the list and
``{prefix}{name}_by_id`` for the item (``dewars``, ``dewar_by_id``; ``em_movies``,
``em_movie_by_id``); a declaration overrides them only where an older name breaks the rule.
"""

import re
from dataclasses import dataclass

from flask_restx import Namespace

from pyispyb.kernel.access.scopes import SCOPES, register_scope
from pyispyb.kernel.data.model_schemas import ModelSchemas, model_schemas
from pyispyb.kernel.http.crud_routes import crud_routes

ALL_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")

#: the declarations ``/schemas/{name}`` serves, by name
SCHEMA_REGISTRY = {}


def snake_case(class_name):
    """Return the snake-case name of a model class (``BeamCalendar`` -> ``beam_calendar``, ``CTF`` -> ``ctf``)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", class_name).lower()


def plural(name):
    """Return the plural of a snake-case name as endpoint names spell it (``dewars``, ``auto_proc_status``)."""
    return name if name.endswith("s") else f"{name}s"


@dataclass(eq=False)
class TableResource:
    """A table served as a REST collection (list GET/POST, item GET/PUT/PATCH/DELETE), from its declaration.

    :mod:`pyispyb.kernel.data.crud` reads and writes its rows; :mod:`pyispyb.kernel.http.crud_routes`
    serves them on ``namespace`` at ``path``.
    """

    model: type
    schemas: ModelSchemas
    write_permission: object  # a permission name, or a tuple of names any one of which suffices
    namespace: Namespace
    path: str  # the collection's path below the namespace's ("" for the namespace itself)
    name: str  # snake-case singular: the /schemas name and the stem of the endpoint names
    label: str  # human name in the documentation ("beam calendar")
    methods: tuple
    list_endpoint: str
    item_endpoint: str
    item_param: str
    key_converter: str = "int"
    resolve_key: object = None  # f(raw path value) -> primary key (e.g. a proposal name)
    list_filters: object = None  # list parameters the table lacks: .params (Swagger) and .clauses(args)
    before_write: object = None  # f(user, values, existing) -> values, run before every write
    create_permission: str = None  # needed on top of write_permission to create
    delete_permission: str = None  # needed on top of write_permission to delete (cascading deletes)

    @property
    def key(self):
        """The (single) primary-key column."""
        (column,) = self.model.__table__.primary_key.columns
        return column


def declare(model, path, *, write, scope=None, namespace=None, tag=None, description=None, name=None, label=None,
            model_name=None, required=(), read_only=(), exclude=(), optional=(), methods=ALL_METHODS,
            before_write=None, create_permission=None, delete_permission=None, resolve_key=None,
            key_converter="int", list_filters=None, item_param=None, endpoint_prefix="", list_endpoint=None,
            item_endpoint=None, listed=True):
    """Declare ``model`` served at ``path``: register its scope and routes, and return its :class:`TableResource`.

    :param path: the collection's path; below ``namespace`` when one is given, else the path of
        a new namespace named ``tag`` (with ``description``).
    :param write: the permission (or tuple of permissions, any one suffices) every write needs.
    :param scope: the table's ownership scope (``Owned``, ``via(...)``, ``Shared()``), registered here;
        None when it is registered already (ValueError if it is not).
    :param name: snake-case singular (default: from the model's class name); ``label`` its words.
    :param model_name: Swagger model name (default: the model's class name).
    :param required, read_only, exclude, optional: column lists of
        :func:`~pyispyb.kernel.data.model_schemas.model_schemas`.
    :param methods: the operations offered, among GET, POST, PUT, PATCH, DELETE.
    :param listed: served by ``/schemas/{name}``.
    """
    name = name or snake_case(model.__name__)
    if namespace is None:
        namespace, path = Namespace(tag, description=description, path=path), ""
    resource = TableResource(
        model=model, schemas=model_schemas(model, name=model_name, required=required, read_only=read_only,
                                           exclude=exclude, optional=optional),
        write_permission=write, namespace=namespace, path=path, name=name, label=label or name.replace("_", " "),
        methods=tuple(methods), list_endpoint=list_endpoint or f"{endpoint_prefix}{plural(name)}",
        item_endpoint=item_endpoint or f"{endpoint_prefix}{name}_by_id", item_param=item_param or f"{name}_id",
        key_converter=key_converter, resolve_key=resolve_key, list_filters=list_filters, before_write=before_write,
        create_permission=create_permission, delete_permission=delete_permission)
    if scope is not None:
        register_scope(model, scope)
    elif model not in SCOPES:
        raise ValueError(f"{model.__name__} has no ownership scope: give scope= or register it first")
    if listed:
        if name in SCHEMA_REGISTRY:
            raise ValueError(f"two resources are named {name!r}")
        SCHEMA_REGISTRY[name] = resource
    crud_routes(resource)
    return resource


class Catalog:
    """The table resources of one service, in declaration order, and the namespaces they are served on."""

    def __init__(self, *, endpoint_prefix="", listed=False):
        """Give every declaration of the catalog the endpoint ``endpoint_prefix``; ``listed``: in ``/schemas``."""
        self.endpoint_prefix = endpoint_prefix
        self.listed = listed
        self.resources = []
        self._namespaces = []

    def namespace(self, tag, path, description):
        """Return a new namespace at ``path`` for several declarations (pass it as their ``namespace``)."""
        namespace = Namespace(tag, description=description, path=path)
        self._namespaces.append(namespace)
        return namespace

    def declare(self, model, path, **fields):
        """Declare a table of this service (see :func:`declare`) and return its :class:`TableResource`."""
        fields.setdefault("endpoint_prefix", self.endpoint_prefix)
        fields.setdefault("listed", self.listed)
        resource = declare(model, path, **fields)
        self.resources.append(resource)
        if resource.namespace not in self._namespaces:
            self._namespaces.append(resource.namespace)
        return resource

    @property
    def namespaces(self):
        """The namespaces of the catalog's resources, in the order they were first used."""
        return list(self._namespaces)
