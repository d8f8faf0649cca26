# SPDX-License-Identifier: LGPL-3.0-or-later
"""Swagger documentation from marshmallow schemas: one source of truth per payload."""

from flask_restx import fields as rx
from marshmallow import fields as ma
from marshmallow import RAISE, validate

from pyispyb.kernel.data.model_schemas import HexBytes, NaiveDateTime, ReadOnly

FIELD_TYPES = [
    (ma.Boolean, rx.Boolean), (ma.Integer, rx.Integer), (ma.Float, rx.Float),
    (NaiveDateTime, rx.DateTime), (ma.DateTime, rx.DateTime), (ma.Date, rx.Date),
    (ma.String, rx.String), (HexBytes, rx.String),
]


def restx_field(field, optional=False):
    """Convert one marshmallow field to a flask-restx field for the spec (``optional``: never required)."""
    kwargs = {"required": field.required and not optional, "description": field.metadata.get("description"),
              "nullable": field.allow_none or None}
    if isinstance(field, ma.Nested):
        schema = field.schema
        model = restx_model_from_schema(schema)
        return rx.List(rx.Nested(model), **kwargs) if field.many else rx.Nested(model, **kwargs)
    if isinstance(field, ma.List):
        return rx.List(restx_field(field.inner), **kwargs)
    if isinstance(field, ma.Dict):
        return rx.Raw(**kwargs)
    for validator in field.validators:
        if isinstance(validator, validate.OneOf):
            kwargs["enum"] = list(validator.choices)
        elif isinstance(validator, validate.Length) and validator.max is not None:
            kwargs["max_length"] = validator.max
        elif isinstance(validator, validate.Range):
            kwargs["min"], kwargs["max"] = validator.min, validator.max
    for ma_type, rx_type in FIELD_TYPES:
        if isinstance(field, ma_type):
            if rx_type is not rx.String:
                kwargs.pop("enum", None)
                kwargs.pop("max_length", None)
            if rx_type not in (rx.Integer, rx.Float):
                kwargs.pop("min", None)
                kwargs.pop("max", None)
            return rx_type(**kwargs)
    return rx.Raw(**kwargs)


_MODELS = {}
CLOSED_MODELS = set()  # names of body models whose schema refuses unknown fields (additionalProperties: false)


def restx_model_from_schema(schema, name=None):
    """Return a restx ``Model`` describing ``schema`` (cached by name); a partial schema requires nothing."""
    name = name or type(schema).__name__
    if name not in _MODELS:
        optional = getattr(schema, "partial", None) is True
        props = {f.data_key or key: restx_field(f, optional) for key, f in schema.fields.items()
                 if not isinstance(f, ReadOnly) and not f.load_only}
        _MODELS[name] = rx_model(name, props)
        if schema.unknown == RAISE:
            CLOSED_MODELS.add(name)
    return _MODELS[name]


def rx_model(name, props):
    """Create a restx model detached from any namespace (namespaces adopt it via ``add_model``)."""
    from flask_restx import Model

    return Model(name, props)


def envelope_model(row_model):
    """Return the model of the list envelope ``{"data": {"total", "rows"}, "message"}``."""
    name = f"{row_model.name}List"
    if name not in _MODELS:
        page = rx_model(f"{row_model.name}Page", {
            "total": rx.Integer(description="rows matching the filters (all pages)"),
            "total_is_lower_bound": rx.Boolean(description="present (true) when the count stopped at "
                                                           "LIST_COUNT_LIMIT: there are at least total rows"),
            "rows": rx.List(rx.Nested(row_model)),
        })
        _MODELS[page.name] = page
        _MODELS[name] = rx_model(name, {"data": rx.Nested(page), "message": rx.String(nullable=True)})
    return _MODELS[name]


ERROR_MODEL = rx_model("Error", {
    "message": rx.String(required=True, description="what went wrong"),
    "errors": rx.Raw(description="field -> list of messages (validation errors only)"),
})


def document_model(ns, model):
    """Register ``model`` (and the models it nests) with namespace ``ns``; return it."""
    for field in model.values():
        inner = getattr(field, "container", None)
        nested = getattr(inner, "model", None) or getattr(field, "model", None)
        if nested is not None and nested.name not in ns.models:
            document_model(ns, nested)
    if model.name not in ns.models:
        ns.add_model(model.name, model)
    return model
