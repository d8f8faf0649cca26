# SPDX-License-Identifier: LGPL-3.0-or-later
"""ispyb-client 1.0.0: log in, then its legacy calls, with the token in the path and in the header."""

import json

from harness import Steps

import ispyb_client
from ispyb_client.apis.tags import (
    authentication_api,
    data_collections_legacy_with_header_token_api,
    em_legacy_with_header_token_api,
    legacy_with_token_in_path_only_for_compatibility_api,
    proposals_legacy_with_header_token_api,
    sessions_legacy_with_header_token_api,
)
from ispyb_client.model.login import Login

APIS = {
    "path": legacy_with_token_in_path_only_for_compatibility_api.LegacyWithTokenInPathOnlyForCompatibilityApi,
    "em": em_legacy_with_header_token_api.EMLegacyWithHeaderTokenApi,
    "sessions": sessions_legacy_with_header_token_api.SessionsLegacyWithHeaderTokenApi,
    "proposals": proposals_legacy_with_header_token_api.ProposalsLegacyWithHeaderTokenApi,
    "collections": data_collections_legacy_with_header_token_api.DataCollectionsLegacyWithHeaderTokenApi,
}


def run(steps):
    """Log in, then make each call of the settings: (api, method, path parameters, query parameters)."""
    settings = steps.settings
    configuration = ispyb_client.Configuration(host=settings["host"])
    api_client = ispyb_client.ApiClient(configuration)
    auth = authentication_api.AuthenticationApi(api_client)
    login = steps.run("login", lambda: auth.login_ispyb_api_v1_auth_login_post(
        Login(plugin=settings["plugin"], login=settings["username"], password=settings["password"])).body)
    token = str(login["token"]) if login else ""
    configuration.access_token = token  # the header token of the legacy calls without it in the path

    def call(api, method, path, query):
        """Call a generated method; return the status and the JSON it answered (raises on a non-2xx answer)."""
        path = {"token": token, **path} if api == "path" else path
        kwargs = {"path_params": path, "skip_deserialization": True} if path else {"skip_deserialization": True}
        if query is not None:
            kwargs["query_params"] = query
        response = getattr(APIS[api](api_client), method)(**kwargs).response
        return {"status": response.status, "json": json.loads(response.data.decode() or "null")}

    for api, method, path, query in settings["calls"]:
        steps.run(f"{api}.{method}", call, api, method, path, query)


Steps().drive(run)
