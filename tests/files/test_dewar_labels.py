# SPDX-License-Identifier: LGPL-3.0-or-later
"""Dewar labels: a PDF read back with pdftotext, hostile values printed as text, HTML, 503 without wkhtmltopdf."""

import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

from pyispyb.models import Dewar, LabContact, Laboratory, Person, Shipping
from tests.conftest import IN_CI
from tests.files.conftest import API, OWNER

READER = ("x", ("all_proposals",))
DEWAR = 573  # shipment 474 "cm-0001 1 processing" of proposal 141666 (cm1)
HOSTILE_SHIPMENT = '<b>x</b><script>alert("PWNED")</script>'
HOSTILE_LAB = '<img src="file:///etc/passwd">'
HOSTILE_CITY = "file:///etc/shadow"



@pytest.fixture(autouse=True)
def pdf_tools():
    """The label tests need wkhtmltopdf and pdftotext (Debian: wkhtmltopdf, poppler-utils); CI must have them."""
    missing = [tool for tool in ("wkhtmltopdf", "pdftotext") if shutil.which(tool) is None]
    if missing:
        message = f"{', '.join(missing)} not installed"
        pytest.fail(message) if IN_CI else pytest.skip(message)


@pytest.fixture
def labelled_dewar(app, data_root, tmp_path, monkeypatch):
    """Give dewar 573's shipment hostile values and sending/return contacts, and the site an address."""
    monkeypatch.setitem(app.config, "SITE_NAME", "Example Light Source")
    monkeypatch.setitem(app.config, "SITE_ADDRESS", "Sample Receipt\n1 Synchrotron Road\nDidcot OX11 0DE")
    lab = data_root.insert(Laboratory, name=HOSTILE_LAB, address="12 Bench Street", city=HOSTILE_CITY,
                           postcode="75005", country="France")
    sender = data_root.insert(Person, givenName="Ada", familyName="Lovelace<i>", emailAddress="ada@example.org",
                              laboratoryId=lab, login="ada_label_test")
    home = data_root.insert(Laboratory, name="Home Lab", address="3 Return Lane", city="Grenoble", country="France")
    returner = data_root.insert(Person, givenName="Rosalind", familyName="Franklin", laboratoryId=home,
                                login="rosalind_label_test")
    send_contact = data_root.insert(LabContact, personId=sender, cardName="Ada card", proposalId=141666)
    return_contact = data_root.insert(LabContact, personId=returner, cardName="Ros card", proposalId=141666)
    data_root.update(Shipping, Shipping.shippingId, 474, shippingName=HOSTILE_SHIPMENT,
                     sendingLabContactId=send_contact, returnLabContactId=return_contact)
    return DEWAR


def pdf_text(pdf, tmp_path):
    path = tmp_path / "label.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout


def test_label_pdf_holds_the_dewar_shipment_proposal_contacts_and_site(client, auth, labelled_dewar, tmp_path):
    response = client.get(f"{API}/dewars/{labelled_dewar}/labels", headers=auth.headers(*READER))
    assert response.status_code == 200, response.data[:200]
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"] == f"attachment; filename=dewar_{labelled_dewar}_label.pdf"
    assert response.headers["Cache-Control"] == "no-store"
    text = pdf_text(response.data, tmp_path)
    for expected in ("Dewar-1-cm0001-1", "dewar-cm0001-1-0000001", "cm1", "Example Light Source",
                     "1 Synchrotron Road", "Ada Lovelace<i>", "ada@example.org", "Rosalind Franklin",
                     "3 Return Lane", "OUTWARD ADDRESS", "RETURN ADDRESS"):
        assert expected in text, expected


def test_hostile_field_values_are_printed_as_text(client, auth, labelled_dewar, tmp_path):
    text = pdf_text(client.get(f"{API}/dewars/{labelled_dewar}/labels", headers=auth.headers(*READER)).data, tmp_path)
    assert HOSTILE_SHIPMENT in text.replace("\n", "")
    assert HOSTILE_LAB in text and HOSTILE_CITY in text
    assert text.count("PWNED") == text.count('alert("PWNED")')  # the script is text, never run
    assert "root:" not in text


def test_html_format_is_escaped_and_locked_down(client, auth, labelled_dewar, count_queries):
    client.get(f"{API}/dewars/{labelled_dewar}/labels?format=html", headers=auth.headers(*READER))
    with count_queries() as queries:
        response = client.get(f"{API}/dewars/{labelled_dewar}/labels?format=html", headers=auth.headers(*READER))
    assert queries.count == 1  # dewar, shipment, proposal and both contacts in one query
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/html")
    html = response.get_data(as_text=True)
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert 'src="file:' not in html and "data:image/png;base64," in html
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]


def test_concurrent_conversions_never_mix_their_files(app, client, auth, labelled_dewar, tmp_path):
    from pyispyb.kernel.files.html_pdf import html_to_pdf, wkhtmltopdf_binary

    html = client.get(f"{API}/dewars/{labelled_dewar}/labels?format=html", headers=auth.headers(*READER)).get_data(
        as_text=True)

    def convert(number):
        with app.app_context():
            page = html.replace("Dewar-1-cm0001-1", f"Parallel-{number}-dewar")
            return pdf_text(html_to_pdf(page, binary=wkhtmltopdf_binary()), tmp_path / str(number))

    for number in range(6):
        (tmp_path / str(number)).mkdir()
    with ThreadPoolExecutor(6) as pool:
        texts = list(pool.map(convert, range(6)))
    assert all(f"Parallel-{n}-dewar" in text and "Parallel-" not in text.replace(f"Parallel-{n}-", "")
               for n, text in enumerate(texts))
    assert list((tmp_path / "scratch" / "pdf").iterdir()) == []


def test_missing_wkhtmltopdf_is_503_saying_so(client, auth, labelled_dewar, app, monkeypatch, tmp_path):
    monkeypatch.setitem(app.config, "WKHTMLTOPDF_PATH", str(tmp_path / "no-wkhtmltopdf"))
    response = client.get(f"{API}/dewars/{labelled_dewar}/labels", headers=auth.headers(*READER))
    assert response.status_code == 503 and "wkhtmltopdf is not installed" in response.get_json()["message"]
    assert client.get(f"{API}/dewars/{labelled_dewar}/labels?format=html",
                      headers=auth.headers(*READER)).status_code == 200


def test_barcode_type_and_template_come_from_the_site(client, auth, labelled_dewar, app, monkeypatch, tmp_path):
    template = tmp_path / "label.html"
    template.write_text("<p>{{ site_name }} / {{ dewar.code }} / {{ barcode_note or 'drawn' }}</p>")
    monkeypatch.setitem(app.config, "DEWAR_LABEL_TEMPLATE_FILEPATH", str(template))
    monkeypatch.setitem(app.config, "BARCODE_TYPE", "ean13")
    html = client.get(f"{API}/dewars/{labelled_dewar}/labels?format=html", headers=auth.headers(*READER))
    assert html.get_data(as_text=True) == \
        "<p>Example Light Source / Dewar-1-cm0001-1 / dewar-cm0001-1-0000001 cannot be drawn as a ean13 barcode</p>"
    monkeypatch.setitem(app.config, "BARCODE_TYPE", "nonsense")
    unknown = client.get(f"{API}/dewars/{labelled_dewar}/labels?format=html", headers=auth.headers(*READER))
    assert unknown.status_code == 503 and "BARCODE_TYPE" in unknown.get_json()["message"]


def test_dewar_of_another_proposal_is_403_and_bad_format_400(client, auth, data_root):
    assert client.get(f"{API}/dewars/{DEWAR}/labels", headers=auth.headers("boaty", OWNER)).status_code == 403
    assert client.get(f"{API}/dewars/1/labels", headers=auth.headers(*READER)).status_code == 404
    bad = client.get(f"{API}/dewars/{DEWAR}/labels?format=docx", headers=auth.headers(*READER))
    assert bad.status_code == 400 and "pdf, html" in bad.get_json()["message"]


def test_label_without_contacts_still_prints(client, auth, data_root, tmp_path):
    data_root.update(Dewar, Dewar.dewarId, DEWAR, barCode=None)
    response = client.get(f"{API}/dewars/{DEWAR}/labels", headers=auth.headers(*READER))
    text = pdf_text(response.data, tmp_path)
    assert "no sending lab contact recorded" in text and "Dewar-1-cm0001-1" in text


def test_the_converter_reads_no_local_file(app, tmp_path, monkeypatch):
    from pyispyb.kernel.files.html_pdf import html_to_pdf, wkhtmltopdf_binary

    monkeypatch.setitem(app.config, "TEMP_FOLDER", str(tmp_path / "scratch"))
    secret = tmp_path / "secret.txt"
    secret.write_text("LOCAL-SECRET-TEXT")
    page = (f'<p>before</p><iframe src="file://{secret}" width="400" height="80"></iframe>'
            f'<object data="file://{secret}"></object><p>after</p>')
    with app.app_context():
        text = pdf_text(html_to_pdf(page, binary=wkhtmltopdf_binary()), tmp_path)
    assert "before" in text and "after" in text
    assert "LOCAL-SECRET-TEXT" not in text
