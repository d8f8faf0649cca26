# SPDX-License-Identifier: LGPL-3.0-or-later
"""Payload schemas of persons, laboratories and lab contacts."""

from pyispyb.kernel.data.model_schemas import model_schemas
from pyispyb.models import LabContact, Laboratory, Person

PERSON = model_schemas(Person, name="Person")
LABORATORY = model_schemas(Laboratory, name="Laboratory")
LAB_CONTACT = model_schemas(LabContact, name="LabContact")
