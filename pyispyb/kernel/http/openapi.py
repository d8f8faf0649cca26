# SPDX-License-Identifier: LGPL-3.0-or-later
"""OpenAPI 3.0 document of the API, converted from the Swagger 2.0 document flask-restx builds.

``swagger.json`` stays as it is for 1.x clients; ``openapi.json`` is what client generators
and the Swagger UI read. The conversion maps:

* ``definitions`` to ``components.schemas`` (and every ``$ref`` with them), the top-level
  ``responses`` to ``components.responses``;
* ``x-nullable: true`` to ``nullable: true``; ``type: file`` to a binary string;
* ``body`` and ``formData`` parameters to a ``requestBody`` (JSON, form or multipart);
* the other parameters' type keywords into a ``schema`` (``collectionFormat`` into
  ``style``/``explode``);
* ``produces``/``consumes`` into the ``content`` of answers and bodies; a successful answer
  of a route producing files (images, archives, PDF) is a binary string of those types;
* the security scheme into HTTP bearer: Swagger UI users paste the bare token.
"""

import copy

import orjson
from flask import current_app, render_template, url_for

OPENAPI_VERSION = "3.0.3"
JSON = "application/json"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PARAMETER_SCHEMA_KEYS = ("type", "format", "items", "enum", "default", "minimum", "maximum", "exclusiveMinimum",
                         "exclusiveMaximum", "minLength", "maxLength", "pattern", "minItems", "maxItems",
                         "uniqueItems", "multipleOf")
OPERATION_KEYS = ("tags", "summary", "description", "externalDocs", "operationId", "deprecated", "security")
BEARER_SCHEME = {
    "type": "http",
    "scheme": "bearer",
    "bearerFormat": "JWT",
    "description": "The token of POST /auth/login (paste it alone: the UI adds 'Bearer ').",
}
BINARY = {"type": "string", "format": "binary"}


def convert_ref(ref):
    """Return the OpenAPI 3 form of a Swagger 2 ``$ref``."""
    for old, new in (("#/definitions/", "#/components/schemas/"), ("#/responses/", "#/components/responses/"),
                     ("#/parameters/", "#/components/parameters/")):
        if ref.startswith(old):
            return new + ref[len(old):]
    return ref


def convert_schema(schema):
    """Return the OpenAPI 3 form of a Swagger 2 schema object (recursively)."""
    if isinstance(schema, list):
        return [convert_schema(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    converted = {}
    for key, value in schema.items():
        if key == "$ref":
            converted[key] = convert_ref(value)
        elif key == "x-nullable":
            if value:
                converted["nullable"] = True
        elif key in ("properties", "patternProperties", "definitions"):
            converted[key] = {str(name): convert_schema(inner) for name, inner in value.items()}
        elif key in ("items", "additionalProperties", "not", "allOf", "anyOf", "oneOf"):
            converted[key] = convert_schema(value)
        elif key == "discriminator" and isinstance(value, str):
            converted[key] = {"propertyName": value}
        else:
            converted[key] = copy.deepcopy(value)
    if converted.get("type") == "file":
        converted.update(BINARY)
    if "$ref" in converted and len(converted) > 1:  # siblings of $ref are ignored in 3.0: wrap it
        converted = {**{k: v for k, v in converted.items() if k != "$ref"}, "allOf": [{"$ref": converted["$ref"]}]}
    return converted


def parameter_schema(parameter):
    """Return the ``schema`` of a non-body Swagger 2 parameter (its type keywords)."""
    schema = {key: parameter[key] for key in PARAMETER_SCHEMA_KEYS if key in parameter}
    if parameter.get("x-nullable"):
        schema["nullable"] = True
    return convert_schema(schema)


def convert_parameter(parameter):
    """Return the OpenAPI 3 form of a path, query, header or cookie parameter."""
    if "$ref" in parameter:
        return {"$ref": convert_ref(parameter["$ref"])}
    converted = {"name": parameter["name"], "in": parameter["in"]}
    if parameter.get("description"):
        converted["description"] = parameter["description"]
    if parameter["in"] == "path" or parameter.get("required"):
        converted["required"] = True
    if parameter.get("allowEmptyValue"):
        converted["allowEmptyValue"] = True
    converted["schema"] = parameter_schema(parameter)
    collection = parameter.get("collectionFormat")
    if parameter.get("type") == "array" and collection:
        if collection == "multi":
            converted.update(style="form", explode=True)
        elif collection == "csv":
            converted.update(style="form" if parameter["in"] in ("query", "cookie") else "simple", explode=False)
        elif collection == "ssv":
            converted.update(style="spaceDelimited", explode=False)
        elif collection == "pipes":
            converted.update(style="pipeDelimited", explode=False)
    return converted


def form_body(parameters, consumes):
    """Return the ``requestBody`` of ``formData`` parameters (multipart when a file is sent)."""
    properties, required = {}, []
    for parameter in parameters:
        is_file = parameter.get("type") == "file"
        properties[parameter["name"]] = BINARY.copy() if is_file else parameter_schema(parameter)
        if parameter.get("description"):
            properties[parameter["name"]]["description"] = parameter["description"]
        if parameter.get("required"):
            required.append(parameter["name"])
    schema = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    has_file = any(p.get("type") == "file" for p in parameters)
    types = [t for t in consumes if t in ("multipart/form-data", "application/x-www-form-urlencoded")]
    if not types:
        types = ["multipart/form-data" if has_file else "application/x-www-form-urlencoded"]
    return {"required": bool(required), "content": {t: {"schema": copy.deepcopy(schema)} for t in types}}


def json_body(parameter, consumes):
    """Return the ``requestBody`` of a ``body`` parameter."""
    body = {"content": {t: {"schema": convert_schema(parameter.get("schema", {}))} for t in consumes or [JSON]}}
    if parameter.get("description"):
        body["description"] = parameter["description"]
    if parameter.get("required"):
        body["required"] = True
    return body


def is_binary_type(media_type):
    """Return True for media types whose content is not JSON or text (images, archives, PDF, models)."""
    return not (media_type == JSON or media_type.endswith("+json") or media_type.startswith("text/"))


def convert_response(response, produces, successful):
    """Return the OpenAPI 3 form of one answer: its schema under each media type it is sent as."""
    if "$ref" in response:
        return {"$ref": convert_ref(response["$ref"])}
    converted = {"description": response.get("description") or ""}
    schema = response.get("schema")
    types = produces if successful else [JSON]
    if schema is not None:
        schema = convert_schema(schema)
        if schema.get("format") == "binary":
            types = [t for t in types if is_binary_type(t)] or ["application/octet-stream"]
        converted["content"] = {t: {"schema": BINARY.copy() if is_binary_type(t) else copy.deepcopy(schema)}
                                for t in types}
    elif successful and any(is_binary_type(t) for t in produces):
        converted["content"] = {t: {"schema": BINARY.copy()} for t in produces if is_binary_type(t)}
    if "examples" in response and converted.get("content"):
        for media_type, example in response["examples"].items():
            if media_type in converted["content"]:
                converted["content"][media_type]["example"] = example
    if response.get("headers"):
        converted["headers"] = {name: {**({"description": header["description"]} if "description" in header else {}),
                                       "schema": parameter_schema(header)}
                                for name, header in response["headers"].items()}
    return converted


def convert_operation(operation, spec):
    """Return the OpenAPI 3 form of one operation."""
    converted = {key: copy.deepcopy(operation[key]) for key in OPERATION_KEYS if key in operation}
    consumes = operation.get("consumes") or spec.get("consumes") or [JSON]
    produces = operation.get("produces") or spec.get("produces") or [JSON]
    parameters = operation.get("parameters", [])
    plain = [convert_parameter(p) for p in parameters if p.get("in") not in ("body", "formData")]
    if plain:
        converted["parameters"] = plain
    body = [p for p in parameters if p.get("in") == "body"]
    form = [p for p in parameters if p.get("in") == "formData"]
    if body:
        converted["requestBody"] = json_body(body[0], [t for t in consumes if not t.startswith("multipart/")])
    elif form:
        converted["requestBody"] = form_body(form, consumes)
    responses = {str(code): convert_response(answer, produces, str(code).startswith("2"))
                 for code, answer in operation.get("responses", {}).items()}
    converted["responses"] = responses or {"default": {"description": "The answer"}}
    for key, value in operation.items():
        if key.startswith("x-"):
            converted[key] = copy.deepcopy(value)
    return converted


def convert_path(item, spec):
    """Return the OpenAPI 3 path item of a Swagger 2 path item."""
    converted = {}
    if item.get("parameters"):
        converted["parameters"] = [convert_parameter(p) for p in item["parameters"]
                                   if p.get("in") not in ("body", "formData")]
    for method in METHODS:
        if method in item:
            operation = dict(item[method])
            shared = [p for p in item.get("parameters", []) if p.get("in") in ("body", "formData")]
            if shared:  # a body declared on the path applies to each of its operations
                operation["parameters"] = shared + operation.get("parameters", [])
            converted[method] = convert_operation(operation, spec)
    return converted


def convert_security_scheme(scheme):
    """Return the OpenAPI 3 form of a Swagger 2 security definition (an Authorization header: HTTP bearer)."""
    if scheme.get("type") == "apiKey" and scheme.get("in") == "header" and scheme.get("name") == "Authorization":
        return dict(BEARER_SCHEME)
    if scheme.get("type") == "basic":
        return {"type": "http", "scheme": "basic", **({"description": scheme["description"]}
                                                      if "description" in scheme else {})}
    return copy.deepcopy(scheme)


def openapi_from_swagger(spec):
    """Return the OpenAPI 3.0 document equivalent to the Swagger 2.0 document ``spec``."""
    document = {
        "openapi": OPENAPI_VERSION,
        "info": copy.deepcopy(spec.get("info", {"title": "API", "version": "1"})),
        "servers": [{"url": spec.get("basePath") or "/"}],
    }
    if spec.get("host"):
        scheme = (spec.get("schemes") or ["https"])[0]
        document["servers"] = [{"url": f"{scheme}://{spec['host']}{spec.get('basePath', '')}"}]
    if spec.get("tags"):
        document["tags"] = copy.deepcopy(spec["tags"])
    if spec.get("security"):
        document["security"] = copy.deepcopy(spec["security"])
    document["paths"] = {path: convert_path(item, spec) for path, item in spec.get("paths", {}).items()}
    components = {}
    if spec.get("definitions"):
        components["schemas"] = {name: convert_schema(schema) for name, schema in spec["definitions"].items()}
    if spec.get("responses"):
        components["responses"] = {name: convert_response(answer, [JSON], False)
                                   for name, answer in spec["responses"].items()}
    if spec.get("securityDefinitions"):
        components["securitySchemes"] = {name: convert_security_scheme(scheme)
                                         for name, scheme in spec["securityDefinitions"].items()}
    if components:
        document["components"] = components
    for key, value in spec.items():
        if key.startswith("x-"):
            document[key] = copy.deepcopy(value)
    return document


def openapi_of(api):
    """Return the OpenAPI 3 document of a flask-restx ``Api``, converted once from its Swagger 2 document."""
    document = getattr(api, "_openapi_document", None)
    if document is None:
        document = api._openapi_document = openapi_from_swagger(api.__schema__)
    return document


def serve_openapi(api, blueprint):
    """Serve ``openapi.json`` (public, like ``swagger.json``) on the API's blueprint; the Swagger UI shows it."""

    def openapi_document():
        """Answer the OpenAPI 3 document of the API."""
        body = orjson.dumps(openapi_of(api), option=orjson.OPT_NON_STR_KEYS)  # column names are str subclasses
        return current_app.response_class(body, mimetype="application/json")

    def swagger_ui():
        """Render the Swagger UI of flask-restx over ``openapi.json``."""
        return render_template("swagger-ui.html", title=api.title, specs_url=url_for(f"{blueprint.name}.openapi"))

    blueprint.add_url_rule("/openapi.json", "openapi", openapi_document)
    api.documentation(swagger_ui)
