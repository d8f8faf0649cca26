# SPDX-License-Identifier: LGPL-3.0-or-later
"""ispyb-client 1.0.0: log in, then the legacy EM calls (token in the path) and the 1.x proposal list."""

import json

from harness import Steps

import ispyb_client
from ispyb_client.apis.tags import authentication_api
from ispyb_client.apis.tags import legacy_with_token_in_path_only_for_compatibility_api as legacy_api
from ispyb_client.model.login import Login


def run(steps):
    """The calls of this client, in the order a beamline makes them."""
    settings = steps.settings
    configuration = ispyb_client.Configuration(host=settings["host"])
    api_client = ispyb_client.ApiClient(configuration)
    auth = authentication_api.AuthenticationApi(api_client)
    login = steps.run("login", lambda: auth.login_ispyb_api_v1_auth_login_post(
        Login(plugin=settings["plugin"], login=settings["username"], password=settings["password"])).body)
    token = login["token"] if login else ""
    legacy = legacy_api.LegacyWithTokenInPathOnlyForCompatibilityApi(api_client)

    def call(method, path, query):
        """Call a generated method; return the status and the JSON it answered (raises on a non-2xx answer)."""
        kwargs = {"path_params": {"token": token, **path}, "skip_deserialization": True}
        if query is not None:
            kwargs["query_params"] = query
        response = getattr(legacy, method)(**kwargs).response
        return {"status": response.status, "json": json.loads(response.data.decode() or "null")}

    for method, path, query in settings["calls"]:
        steps.run(method, call, method, path, query)


Steps().drive(run)
