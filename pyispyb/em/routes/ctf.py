# SPDX-License-Identifier: LGPL-3.0-or-later
"""The image routes of CTF estimations (``/em/ctf/{id}/...``); their CRUD: em/resources.py."""

from pyispyb.kernel.http.routing import route
from pyispyb.em import resources
from pyispyb.em.routes.images import IMAGE_ERRORS, IMAGE_TYPES, send_item_file

ns = resources.CTF_ESTIMATIONS.namespace


@route(ns, "/<int:ctf_id>/spectrum", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_ctf_spectrum(user, ctf_id):
    """Get the image of the fitted CTF spectrum."""
    return send_item_file(resources.CTF_ESTIMATIONS, user, ctf_id, "fftTheoreticalFullPath")
