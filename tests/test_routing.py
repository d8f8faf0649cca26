# SPDX-License-Identifier: LGPL-3.0-or-later
"""The route decorator on a small application of its own: endpoints, methods, tokens, Swagger."""

from types import SimpleNamespace

import pytest
from flask import Blueprint, Flask, Response
from flask_restx import Api, Namespace

from pyispyb.kernel.exceptions import Unauthorized
from pyispyb.kernel.http.errors import register_api_handlers
from pyispyb.kernel.http.routing import PATH_TOKEN, route


class TokenProvider:
    """Tokens are user names; the token ``bad`` is refused."""

    def user_from_token(self, token):
        """Return a caller named by the token."""
        if token == "bad":
            raise Unauthorized("token refused")
        return SimpleNamespace(username=token, is_admin=False, groups=[], permissions=[],
                               has_any=lambda names: False, describe=lambda: token)


def build_app():
    """An application whose namespace holds one route of each kind."""
    ns = Namespace("Things", path="/things")

    @route(ns, "/<int:thing_id>", answer="The thing", errors=(401, 404))
    def thing_by_id(user, thing_id):
        """Get a thing."""
        return {"user": user.username, "id": thing_id}

    @route(ns, "/<int:thing_id>", "PUT", answer="Updated", errors=(401, (409, "Taken")))
    def replace_thing(user, thing_id):
        """Replace a thing."""
        return {"replaced": thing_id}

    @route(ns, "/<int:thing_id>", "DELETE", answer="Deleted", status=204)
    def delete_thing(user, thing_id):
        """Delete a thing."""

    @route(ns, "", "POST", answer="Created", status=201)
    def things(user):
        """Create a thing."""
        return {"created": True}

    @route(ns, "/<token>/legacy/<int:thing_id>", answer="Rows", auth=PATH_TOKEN)
    def legacy_thing(user, thing_id):
        """Get a thing, the token in the path."""
        return [user.username, thing_id]

    @route(ns, "/both/<int:thing_id>", answer="The thing", endpoint="thing_by_old_path")
    @route(ns, "/<int:thing_id>/both", answer="The thing")
    def thing_at_two_paths(user, thing_id):
        """Get a thing at either of its paths."""
        return thing_id

    @route(ns, "/open", answer="Open", auth=None)
    def open_thing():
        """Answer without a token."""
        return Response("plain", mimetype="text/plain")

    app = Flask(__name__)
    app.extensions["ispyb_auth"] = TokenProvider()
    blueprint = Blueprint("api", __name__, url_prefix="/api")
    api = Api(blueprint, validate=False)
    register_api_handlers(api)
    api.add_namespace(ns)
    app.register_blueprint(blueprint)
    return app


@pytest.fixture(scope="module")
def routed():
    """The application and its test client."""
    app = build_app()
    return app, app.test_client()


def test_endpoints_are_the_function_names_and_one_url_keeps_its_first_name(routed):
    app, _ = routed
    rules = {rule.rule: (rule.endpoint, rule.methods - {"HEAD", "OPTIONS"}) for rule in app.url_map.iter_rules()}
    assert rules["/api/things/<int:thing_id>"] == ("api.thing_by_id", {"GET", "PUT", "DELETE"})
    assert rules["/api/things"] == ("api.things", {"POST"})
    assert rules["/api/things/<token>/legacy/<int:thing_id>"][0] == "api.legacy_thing"
    assert rules["/api/things/<int:thing_id>/both"][0] == "api.thing_at_two_paths"
    assert rules["/api/things/both/<int:thing_id>"][0] == "api.thing_by_old_path"


def test_the_caller_and_path_arguments_reach_the_function(routed):
    _, client = routed
    assert client.get("/api/things/7", headers={"Authorization": "Bearer ann"}).get_json() == {"user": "ann", "id": 7}
    assert client.put("/api/things/7", headers={"Authorization": "Bearer ann"}).get_json() == {"replaced": 7}
    assert client.post("/api/things", headers={"Authorization": "Bearer ann"}).status_code == 201
    assert client.delete("/api/things/7", headers={"Authorization": "Bearer ann"}).status_code == 204


def test_a_token_is_needed_unless_auth_is_none(routed):
    _, client = routed
    assert client.get("/api/things/7").status_code == 401
    assert client.get("/api/things/7", headers={"Authorization": "Bearer bad"}).status_code == 401
    answer = client.get("/api/things/open")
    assert (answer.status_code, answer.get_data(as_text=True)) == (200, "plain")


def test_the_path_token_authenticates_and_is_not_passed_on(routed):
    _, client = routed
    assert client.get("/api/things/bob/legacy/3").get_json() == ["bob", 3]
    assert client.get("/api/things/bad/legacy/3").status_code == 401


def test_swagger_names_operations_after_the_endpoint_and_documents_answers(routed):
    app, client = routed
    spec = client.get("/api/swagger.json").get_json()
    item = spec["paths"]["/things/{thing_id}"]
    assert (item["get"]["operationId"], item["put"]["operationId"]) == ("get_thing_by_id", "put_thing_by_id")
    assert item["get"]["summary"] == "Get a thing"
    assert set(item["get"]["responses"]) == {"200", "401", "404"}
    assert item["put"]["responses"]["409"]["description"] == "Taken"
    assert spec["paths"]["/things/open"]["get"]["security"] == []
    token = [p for p in spec["paths"]["/things/{token}/legacy/{thing_id}"]["get"]["parameters"]
             if p["name"] == "token"]
    assert token[0]["in"] == "path"


def test_a_method_declared_twice_on_one_path_is_refused():
    ns = Namespace("Twice", path="/twice")

    @route(ns, "", answer="One")
    def first(user):
        """First."""

    with pytest.raises(ValueError, match="declared twice"):
        @route(ns, "", answer="Two")
        def second(user):
            """Second."""


@pytest.mark.parametrize("accept", [None, "*/*", "application/json", "text/html", "application/json, text/plain, */*"])
def test_every_accept_header_gets_the_same_json(client, auth, accept):
    """The JSON fast path (no Accept, */*) and flask-restx's negotiation answer the same bytes."""
    headers = {**auth.headers("boaty", ("own_proposals", "own_sessions")), **({"Accept": accept} if accept else {})}
    response = client.get("/ispyb/api/v1/proposals/37027", headers=headers)
    assert response.status_code == 200 and response.headers["Content-Type"] == "application/json"
    assert response.get_json()["proposalId"] == 37027


def test_head_is_answered_by_get_with_its_guard(client, auth):
    """HEAD runs the GET handler and its guard: 401 without a token, 200 and no body with one."""
    assert client.head("/ispyb/api/v1/proposals/37027").status_code == 401
    response = client.head("/ispyb/api/v1/proposals/37027", headers=auth.headers("boaty", ("own_proposals",)))
    assert response.status_code == 200 and response.get_data() == b""
