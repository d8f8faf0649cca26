# SPDX-License-Identifier: LGPL-3.0-or-later
"""Dewar labels: what a shipping label says, drawn from the dewar's shipment, proposal and lab contacts.

:func:`label_html` fills a Jinja2 template (autoescaped, so field values always print as text):
the packaged ``dewar_label.html`` or ``DEWAR_LABEL_TEMPLATE_FILEPATH``. Barcode (python-barcode,
``BARCODE_TYPE``), QR code (qrcode) and logo are embedded as ``data:`` URIs.
"""

import base64
import io
import logging
import mimetypes
from datetime import date
from importlib import resources
from pathlib import Path

import barcode
import qrcode
from barcode.errors import BarcodeError, BarcodeNotFoundError
from barcode.writer import ImageWriter
from flask import current_app
from jinja2 import Environment, TemplateError

from pyispyb.kernel.exceptions import ServiceUnavailable
from pyispyb.kernel import access
from pyispyb.models import Dewar, LabContact, Laboratory, Person, Proposal, Shipping

log = logging.getLogger(__name__)

LOGO_MAX_BYTES = 1024 * 1024
PERSON_FIELDS = ("givenName", "familyName", "emailAddress", "phoneNumber")
LAB_FIELDS = ("name", "address", "city", "postcode", "country")


def _contact_tables(prefix):
    return (LabContact.__table__.alias(f"{prefix}_contact"), Person.__table__.alias(f"{prefix}_person"),
            Laboratory.__table__.alias(f"{prefix}_lab"))


def _contact_columns_and_joins(prefix, key_column):
    contact, person, lab = _contact_tables(prefix)
    columns = [contact.c.cardName.label(f"{prefix}_cardName")]
    columns += [person.c[name].label(f"{prefix}_{name}") for name in PERSON_FIELDS]
    columns += [lab.c[name].label(f"{prefix}_lab_{name}") for name in LAB_FIELDS]
    joins = [(contact, contact.c.labContactId == key_column), (person, person.c.personId == contact.c.personId),
             (lab, lab.c.laboratoryId == person.c.laboratoryId)]
    return columns, joins


def label_fields(user, dewar_id):
    """Return the dewar, shipment, proposal and contacts of a dewar the user may see, in one query."""
    send_columns, send_joins = _contact_columns_and_joins("send", Shipping.sendingLabContactId)
    return_columns, return_joins = _contact_columns_and_joins("return", Shipping.returnLabContactId)
    columns = [Dewar.dewarId, Dewar.code, Dewar.barCode, Shipping.shippingId, Shipping.shippingName,
               Proposal.proposalCode, Proposal.proposalNumber, Proposal.title, *send_columns, *return_columns]
    joins = [(Shipping.__table__, Shipping.shippingId == Dewar.shippingId),
             (Proposal.__table__, Proposal.proposalId == Shipping.proposalId), *send_joins, *return_joins]
    return access.fetch_visible(user, Dewar, [Dewar.dewarId == dewar_id], columns, joins=joins)


def _contact(row, prefix):
    if row[f"{prefix}_cardName"] is None:
        return None
    name = " ".join(part for part in (row[f"{prefix}_givenName"], row[f"{prefix}_familyName"]) if part)
    lab = [row[f"{prefix}_lab_name"], row[f"{prefix}_lab_address"],
           " ".join(p for p in (row[f"{prefix}_lab_postcode"], row[f"{prefix}_lab_city"]) if p),
           row[f"{prefix}_lab_country"]]
    return {"card": row[f"{prefix}_cardName"], "name": name or row[f"{prefix}_cardName"],
            "email": row[f"{prefix}_emailAddress"], "phone": row[f"{prefix}_phoneNumber"],
            "laboratory": [line for line in lab if line]}


def _png_data_uri(data):
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


def barcode_image(value, symbology):
    """Return ``(data URI, note)``: the barcode of ``value``, or None and why it cannot be drawn."""
    try:
        symbol_class = barcode.get_barcode_class(symbology)
    except BarcodeNotFoundError:
        raise ServiceUnavailable(f"BARCODE_TYPE {symbology!r} is not a barcode type this server knows") from None
    try:
        symbol = symbol_class(value, writer=ImageWriter())
        out = io.BytesIO()
        symbol.write(out, options={"write_text": False, "module_height": 12.0, "quiet_zone": 2.0})
    except BarcodeError as exc:
        log.warning("dewar barcode %r cannot be drawn as %s: %s", value, symbology, exc)
        return None, f"{value} cannot be drawn as a {symbology} barcode"
    return _png_data_uri(out.getvalue()), None


def qr_image(value):
    """Return the QR code of ``value`` as a PNG data URI."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=6, border=2)
    code.add_data(value)
    code.make(fit=True)
    out = io.BytesIO()
    code.make_image().save(out)
    return _png_data_uri(out.getvalue())


def logo_image(configured):
    """Return the site logo (``SITE_LOGO_PATH``, else the py-ISPyB logo) as a data URI, or None if unreadable."""
    try:
        if configured:
            data, name = Path(configured).read_bytes()[:LOGO_MAX_BYTES + 1], configured
        else:
            data, name = resources.files("pyispyb.static").joinpath("logo.svg").read_bytes(), "logo.svg"
    except OSError as exc:
        log.warning("site logo %s cannot be read: %s", configured, exc)
        return None
    mimetype = mimetypes.guess_type(name)[0]
    if len(data) > LOGO_MAX_BYTES or not mimetype or not mimetype.startswith("image/"):
        log.warning("site logo %s is not an image of at most %d bytes", name, LOGO_MAX_BYTES)
        return None
    return f"data:{mimetype};base64," + base64.b64encode(data).decode("ascii")


def label_context(row, config):
    """Return the template variables of a label (every value is escaped by the template engine)."""
    value = row["barCode"] or row["code"] or f"DEWAR-{row['dewarId']}"
    barcode_uri, barcode_note = barcode_image(value, config["BARCODE_TYPE"])
    sender = _contact(row, "send")
    return {
        "site_name": config["SITE_NAME"],
        "site_address": [line for line in (config["SITE_ADDRESS"] or "").splitlines() if line.strip()],
        "site_logo": logo_image(config.get("SITE_LOGO_PATH")),
        "dewar": {"id": row["dewarId"], "code": row["code"] or f"Dewar {row['dewarId']}", "barcode": value},
        "barcode_image": barcode_uri, "barcode_note": barcode_note, "qr_image": qr_image(value),
        "shipment": {"id": row["shippingId"], "name": row["shippingName"]},
        "proposal": {"name": f"{row['proposalCode'] or ''}{row['proposalNumber'] or ''}", "title": row["title"]},
        "sender": sender,
        "return_to": _contact(row, "return") or sender,
        "printed_on": date.today().isoformat(),
    }


def template_source(configured):
    """Return the label template text: ``DEWAR_LABEL_TEMPLATE_FILEPATH`` or the packaged one."""
    if configured:
        try:
            return Path(configured).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            log.error("dewar label template %s cannot be read: %s", configured, exc)
            raise ServiceUnavailable("the dewar label template cannot be read (see the server log)") from None
    return resources.files("pyispyb.static").joinpath("dewar_label.html").read_text(encoding="utf-8")


def label_html(user, dewar_id):
    """Return the HTML label of a dewar the user may see."""
    config = current_app.config
    context = label_context(label_fields(user, dewar_id), config)
    environment = Environment(autoescape=True)
    try:
        return environment.from_string(template_source(config.get("DEWAR_LABEL_TEMPLATE_FILEPATH"))).render(context)
    except TemplateError as exc:
        log.error("dewar label template failed: %s", exc)
        raise ServiceUnavailable("the dewar label template is not valid (see the server log)") from None

