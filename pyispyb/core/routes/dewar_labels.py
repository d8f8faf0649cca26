# SPDX-License-Identifier: LGPL-3.0-or-later
"""Shipping labels of dewars as PDF or HTML (``/dewars/{dewar_id}/labels``)."""

from flask import Response, current_app, request
from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import AuthenticatedResource, document_errors
from pyispyb.kernel.http.params import check_params, choice_param
from pyispyb.kernel.auth.decorators import current_user
from pyispyb.kernel.files.html_pdf import html_to_pdf, wkhtmltopdf_binary
from pyispyb.core.services import dewar_labels

ns = Namespace("Dewar labels", description="Printable shipping labels of dewars", path="/dewars")

PAGE_OPTIONS = {"page-size": "A4", "margin-top": "12mm", "margin-bottom": "12mm", "margin-left": "12mm",
                "margin-right": "12mm"}
HTML_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"


def label_response(body, mimetype, download_name, as_attachment):
    """Return a label response that is never cached (it holds personal data)."""
    response = Response(body, mimetype=mimetype)
    response.headers.set("Content-Disposition", "attachment" if as_attachment else "inline", filename=download_name)
    response.headers["Cache-Control"] = "no-store"
    return response


@ns.route("/<int:dewar_id>/labels", endpoint="dewar_labels")
class DewarLabels(AuthenticatedResource):
    """The shipping labels of a dewar."""

    @ns.doc(params={"format": {"in": "query", "type": "string", "enum": ["pdf", "html"], "default": "pdf",
                               "description": "pdf (made with wkhtmltopdf) or html"}})
    @ns.produces(["application/pdf", "text/html"])
    @ns.response(200, "The labels: dewar label with barcode and QR code, outward and return addresses")
    @document_errors(ns, (400, 401, 403, 404, 503))
    def get(self, dewar_id):
        """Get the printable labels of a dewar (PDF, or HTML with format=html)."""
        check_params(request.args, ("format",))
        output = choice_param(request.args, "format", ("pdf", "html"), "pdf")
        html = dewar_labels.label_html(current_user(), dewar_id)
        if output == "html":
            response = label_response(html, "text/html", f"dewar_{dewar_id}_label.html", as_attachment=False)
            response.headers["Content-Security-Policy"] = HTML_POLICY
            return response
        binary = wkhtmltopdf_binary(current_app.config.get("WKHTMLTOPDF_PATH"))
        pdf = html_to_pdf(html, binary=binary, page_options=PAGE_OPTIONS)
        return label_response(pdf, "application/pdf", f"dewar_{dewar_id}_label.pdf", as_attachment=True)
