# SPDX-License-Identifier: LGPL-3.0-or-later
"""Route factory for the image files of EM rows (``GET /<id>/<image>``)."""

from pyispyb.kernel.http.crud_routes import AuthenticatedResource, document_errors
from pyispyb.kernel.auth.decorators import current_user
from pyispyb.kernel.files import send_data_file
from pyispyb.em.services.images import item_file

IMAGE_ERRORS = (401, 403, 404, 501)


def image_routes(ns, spec, images, *, endpoint, item_param):
    """Add one route per ``images`` entry ``name: (column, summary)`` serving the file that column records."""
    for name, (column, summary) in images.items():

        def get(self, column=column, **kwargs):
            return send_data_file(item_file(spec, current_user(), kwargs[item_param], column))

        get.__doc__ = summary
        get = document_errors(ns, IMAGE_ERRORS)(ns.response(200, "The file")(ns.produces(["image/png"])(get)))
        resource = type(f"{spec.model.__name__}_{name}", (AuthenticatedResource,),
                        {"__doc__": summary, "get": get})
        ns.route(f"/<int:{item_param}>/{name}", endpoint=f"{endpoint}_{name}")(resource)
