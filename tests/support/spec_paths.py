# SPDX-License-Identifier: LGPL-3.0-or-later
"""Concrete URLs from the templated paths of a Swagger document."""

import itertools
import re

PATH_PARAMETER = re.compile(r"{(\w+)}")


def filled_paths(path, choices_of, limit):
    """Yield at most ``limit`` URLs of ``path``, each ``{name}`` replaced by one of ``choices_of(name)``."""
    names = PATH_PARAMETER.findall(path)
    for combination in itertools.islice(itertools.product(*(choices_of(name) for name in names)), limit):
        url = path
        for name, value in zip(names, combination, strict=True):
            url = url.replace("{" + name + "}", value)
        yield url
