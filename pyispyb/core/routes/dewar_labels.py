# SPDX-License-Identifier: LGPL-3.0-or-later
"""Shipping labels of dewars as PDF or HTML (``/dewars/{dewar_id}/labels``)."""

from flask import Response, current_app, request
from flask_restx import Namespace

from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.params import check_params, choice_param
from pyispyb.kernel.files.html_pdf import html_to_pdf, wkhtmltopdf_binary
from pyispyb.core.services import dewar_labels as dewar_label_pages

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


@route(ns, "/<int:dewar_id>/labels",
       answer="The labels: dewar label with barcode and QR code, outward and return addresses",
       errors=(400, 401, 403, 404, 503), produces=["application/pdf", "text/html"],
       params={"format": {"in": "query", "type": "string", "enum": ["pdf", "html"], "default": "pdf",
                          "description": "pdf (made with wkhtmltopdf) or html"}})
def dewar_labels(user, dewar_id):
    """Get the printable labels of a dewar (PDF, or HTML with format=html)."""
    check_params(request.args, ("format",))
    output = choice_param(request.args, "format", ("pdf", "html"), "pdf")
    html = dewar_label_pages.label_html(user, dewar_id)
    if output == "html":
        response = label_response(html, "text/html", f"dewar_{dewar_id}_label.html", as_attachment=False)
        response.headers["Content-Security-Policy"] = HTML_POLICY
        return response
    binary = wkhtmltopdf_binary(current_app.config.get("WKHTMLTOPDF_PATH"))
    pdf = html_to_pdf(html, binary=binary, page_options=PAGE_OPTIONS)
    return label_response(pdf, "application/pdf", f"dewar_{dewar_id}_label.pdf", as_attachment=True)
