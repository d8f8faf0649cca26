# SPDX-License-Identifier: LGPL-3.0-or-later
"""Every EM and SSX route of the spec, tried by a stranger on boaty's objects (v5.0.0, all tables present).

The routes come from swagger.json, so a route added later without an entry here fails the test.
The stranger holds every read and write permission but owns nothing: items, files, statistics and
writes are 403, lists are empty. Only the shared vocabularies answer him.
"""

import re

import pytest

from tests.em.conftest import build_em_session
from tests.em.test_tomography import tomography  # noqa: F401 (fixture)
from tests.ssx.conftest import STRANGER, ssx_collections, v5_only  # noqa: F401 (fixtures)

API = "/ispyb/api/v1"
VOCABULARIES = ("/ssx/component_types", "/ssx/concentration_types", "/ssx/event_types")
STRANGER_ALL = STRANGER + ("em_admin", "write_processing")


@pytest.fixture
def objects(client, auth, db_transaction, database, tomography, ssx_collections):  # noqa: F811
    """Ids of boaty's EM and SSX objects, by path parameter (with per-collection overrides)."""
    em = build_em_session(client, auth, db_transaction, database)
    headers = auth.headers("boaty", ("own_proposals", "own_sessions"))
    compositions = {path: client.get(f"{API}/ssx/{path}?limit=1", headers=headers).get_json()["data"]["rows"][0]
                    for path in ("crystal_compositions", "sample_compositions")}
    movie = em.movies[em.collections[0]][0]
    correction = em.corrections[movie]
    return {
        "movie_id": movie, "motion_correction_id": correction, "ctf_id": em.ctfs[correction],
        "particle_picker_id": em.picker, "classification_id": em.classes[0], "tomogram_id": tomography["tomogram"],
        "grid_square_id": tomography["squares"][0], "foil_hole_id": tomography["hole"], "session_id": 55167,
        "datacollection_id": em.collections[0], "ids": f"{em.collections[0]},{em.collections[1]}",
        "proposal": "cm14451", "group_id": em.group, "sample_id": ssx_collections.sample,
        "data_collection_id": ssx_collections.jet["dataCollectionId"],
        "component_id": ssx_collections.components["HEPES"],
        ("/em/classification_groups", "group_id"): em.classification_group,
        ("/ssx/data_collection_groups", "group_id"): ssx_collections.jet["dataCollectionGroupId"],
        ("/ssx/crystal_compositions", "composition_id"): compositions["crystal_compositions"]["crystalCompositionId"],
        ("/ssx/sample_compositions", "composition_id"): compositions["sample_compositions"]["sampleCompositionId"],
        "bodies": {
            "/em/movies": {"dataCollectionId": em.collections[0]},
            "/em/motion_corrections": {"movieId": movie},
            "/em/ctf": {"motionCorrectionId": correction},
            "/em/particle_pickers": {"firstMotionCorrectionId": correction},
            "/em/classification_groups": {"particlePickerId": em.picker},
            "/em/classifications": {"particleClassificationGroupId": em.classification_group},
            "/ssx/components": {"proposalId": 37027, "componentTypeId": 1, "name": "mine"},
            "/ssx/crystal_compositions": {"crystalId": ssx_collections.crystal, "componentId": 1},
            "/ssx/sample_compositions": {"blSampleId": ssx_collections.sample, "componentId": 1},
            "/ssx/data_collections": {"dataCollectionGroupId": ssx_collections.jet["dataCollectionGroupId"],
                                      "dataCollection": {}, "ssx": {}},
        },
    }


def operations(app):
    spec = app.test_client().get(f"{API}/swagger.json").get_json()
    for path, item in spec["paths"].items():
        if path.startswith(("/em/", "/ssx/")) or (path.startswith("/legacy/") and "/em/" in path):
            for method in item:
                if method != "parameters":
                    yield method, path


def concrete(path, objects, token):
    base = re.sub(r"/{\w+}.*", "", path)

    def fill(match):
        name = match.group(1)
        return token if name == "token" else str(objects.get((base, name), objects.get(name)))

    return re.sub(r"{(\w+)}", fill, path)


def test_a_stranger_gets_nothing_from_any_em_or_ssx_route(app, client, auth, objects):
    headers = auth.headers("stranger", STRANGER_ALL)
    token = auth.token("stranger", STRANGER_ALL)
    tried = 0
    for method, path in operations(app):
        if path.startswith(VOCABULARIES):
            continue
        url = API + concrete(path, objects, token)
        assert "None" not in url, f"no object for {path}"
        body = objects["bodies"].get(re.sub(r"/{\w+}.*", "", path), {}) if method in ("post", "put", "patch") else None
        response = client.open(url, method=method.upper(), json=body,
                               headers=None if path.startswith("/legacy/") else headers)
        is_list = method == "get" and "{" not in path
        if is_list:
            assert response.status_code == 200 and response.get_json()["data"]["total"] == 0, path
        else:
            assert response.status_code == 403, f"{method.upper()} {path} answered {response.status_code}"
        tried += 1
    assert tried >= 60
