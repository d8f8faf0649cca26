# SPDX-License-Identifier: LGPL-3.0-or-later
"""What the image routes of EM rows share (``GET /<id>/<image>``): their errors, media types and answer."""

from pyispyb.kernel.files import send_data_file
from pyispyb.em.services.images import item_file

IMAGE_ERRORS = (401, 403, 404, 501)
IMAGE_TYPES = ["image/png"]


def send_item_file(spec, user, item_id, column):
    """Send the file that ``column`` of the ``spec`` row ``item_id`` records (the row must be visible)."""
    return send_data_file(item_file(spec, user, item_id, column))
