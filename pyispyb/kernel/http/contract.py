# SPDX-License-Identifier: LGPL-3.0-or-later
"""Make the Swagger 2 document say what the server really sends (applied once to the whole document).

* Date-times are ISO 8601 **without offset** (the database's local time, as 1.x and legacy
  clients parse them): a ``string`` with a pattern, not ``format: date-time`` (which requires an offset).
* Properties whose field is ``nullable`` carry ``x-nullable: true`` (Swagger 2 has no ``null`` type;
  OpenAPI 3 converters map it to ``nullable``); a nullable nested object is ``allOf`` + ``x-nullable``.
* Every operation documents the answers any request may get: 400 (a malformed parameter), 404 when
  it has path parameters, 500 (a bug), 503 (the database or a tool is unavailable, with
  ``Retry-After``), 413 on bodies, 429 on logins; operations that send files (images, PDF, ZIP) also
  produce ``application/json``, the type of their error answers.
"""

DATETIME_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?$"
DATETIME_NOTE = ("ISO 8601 date-time without offset (YYYY-MM-DDTHH:MM:SS[.ffffff], the database's local time); "
                 "bodies may add an offset, converted to UTC")
COMMON_RESPONSES = {
    "400": "Bad request (unknown or malformed parameter or body)",
    "500": "Internal server error (a bug: the message says nothing more, the log has the details)",
    "503": "The database or a tool the route needs is unavailable: retry after Retry-After seconds",
}
BODY_RESPONSES = {"413": "The request body is larger than MAX_CONTENT_LENGTH"}
PATH_RESPONSES = {"404": "Not found (an object named in the path does not exist)"}
LOGIN_RESPONSES = {"429": "Too many failed logins: retry after Retry-After seconds"}
RETRY_AFTER = {"Retry-After": {"type": "integer", "description": "seconds to wait before retrying"}}
ERROR_DEFINITION = {
    "type": "object", "required": ["message"],
    "properties": {"message": {"type": "string", "description": "what went wrong"},
                   "errors": {"type": "object", "description": "field -> list of messages (validation errors only)"}},
}


def complete_spec(spec, models, max_limit=None, closed=()):
    """Rewrite ``spec`` (the Swagger dict) in place from the restx ``models`` (name -> Model); return it.

    ``max_limit`` (PAGINATION_MAX_LIMIT) bounds the ``limit`` parameter of lists, ``offset`` is >= 0;
    the ``closed`` body models refuse unknown fields (``additionalProperties: false``).
    """
    definitions = spec.setdefault("definitions", {})
    definitions.setdefault("Error", ERROR_DEFINITION)
    for name, definition in definitions.items():
        if name in closed:
            definition["additionalProperties"] = False
        model = models.get(name)
        for key, prop in (definition.get("properties") or {}).items():
            field = model.get(key) if model is not None else None
            fix_property(prop, nullable=bool(getattr(field, "nullable", False) or getattr(field, "allow_null", False)))
    for path, operations in spec.get("paths", {}).items():
        bound_paging(operations, max_limit)  # parameters shared by the path's operations
        for method, operation in operations.items():
            if method == "parameters" or not isinstance(operation, dict):
                continue
            add_responses(path, method, operation)
            bound_paging(operation, max_limit)
    return spec


def bound_paging(operation, max_limit):
    """Give the ``limit`` and ``offset`` query parameters of a list their ranges."""
    for parameter in operation.get("parameters", []):
        if parameter.get("in") != "query" or parameter.get("type") != "integer":
            continue
        if parameter.get("name") == "limit" and max_limit:
            parameter.update(minimum=1, maximum=max_limit)
        elif parameter.get("name") == "offset":
            parameter.update(minimum=0, maximum=2**31)


def fix_property(prop, nullable=False):
    """Honest date-times, ``x-nullable`` and Swagger-2 nullable references for one property schema."""
    if prop.get("format") == "date-time":
        prop.pop("format")
        prop["pattern"] = DATETIME_PATTERN
        prop["description"] = f"{prop['description']} ({DATETIME_NOTE})" if prop.get("description") else DATETIME_NOTE
    items = prop.get("items")
    if isinstance(items, dict) and items.get("format") == "date-time":
        fix_property(items)
    any_of = prop.pop("anyOf", None)
    if any_of:  # restx writes a nullable Nested as anyOf [ref, null]: not Swagger 2
        prop["allOf"] = [s for s in any_of if s.get("type") != "null"]
        nullable = True
    if nullable:
        if "$ref" in prop:
            prop["allOf"] = [{"$ref": prop.pop("$ref")}]
        prop["x-nullable"] = True


def add_responses(path, method, operation):
    """Document the answers every operation may give, and the JSON type of its errors."""
    responses = operation.setdefault("responses", {})
    produces = operation.get("produces")
    if produces and "application/json" not in produces:
        operation["produces"] = [*produces, "application/json"]
    extra = dict(COMMON_RESPONSES)
    if method in ("post", "put", "patch"):
        extra.update(BODY_RESPONSES)
    if "{" in path:
        extra.update(PATH_RESPONSES)
    if path.endswith(("/login", "/authenticate")):
        extra.update(LOGIN_RESPONSES)
    for code, description in extra.items():
        entry = responses.setdefault(code, {"description": description})
        entry.setdefault("schema", {"$ref": "#/definitions/Error"})
        if code in ("429", "503"):
            entry.setdefault("headers", RETRY_AFTER)
