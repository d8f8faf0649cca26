# SPDX-License-Identifier: LGPL-3.0-or-later
"""Cross-origin answers: flask-cors on the API roots, and the headers it gives a request without ``Origin``."""

from flask_cors import CORS

#: headers a browser script may read from an answer
EXPOSED_HEADERS = ["Content-Disposition", "Content-Length", "ETag", "X-PDB-Source", "X-PDB-Entry", "X-PDB-Cache",
                   "X-Total-Count"]


def init_app(app, roots):
    """Let browsers on ``CORS_ORIGINS`` call every route under ``roots``."""
    before = list(app.after_request_funcs.get(None, ()))
    CORS(app, resources={f"{root}/*": {"origins": app.config["CORS_ORIGINS"]} for root in roots},
         expose_headers=EXPOSED_HEADERS)
    added = [hook for hook in app.after_request_funcs.get(None, ()) if hook not in before]
    app.extensions["ispyb_cors_hook"] = added[0] if len(added) == 1 else None


def headers_without_origin(app, path):
    """Return the headers flask-cors adds to a GET of ``path`` sent without ``Origin`` (None: not known)."""
    hook = app.extensions.get("ispyb_cors_hook")
    if hook is None:
        return None
    with app.test_request_context(path, method="GET"):
        response = app.response_class()
        before = list(response.headers.items())
        response = hook(response)
        return [header for header in response.headers.items() if header not in before]
