# SPDX-License-Identifier: LGPL-3.0-or-later
"""The cryo-EM tables served as REST collections, each declared once (see :mod:`pyispyb.kernel.resources`).

Each row hangs off a data collection through its parents; lists also select rows by data
collection, group or session (:class:`~pyispyb.em.services.reach.CollectionFilters`). Acquisition
writes movies, grid squares and foil holes; processing pipelines write the rest. The image
routes beside them live in ``pyispyb/em/routes/``.
"""

from pyispyb import models as m
from pyispyb.em.services.processing import WRITE_ACQUISITION, WRITE_EM_PROCESSING, motion_correction_parent
from pyispyb.em.services.reach import CollectionFilters
from pyispyb.kernel.access.scopes import via
from pyispyb.kernel.resources import Catalog

CATALOG = Catalog(endpoint_prefix="em_")
declare = CATALOG.declare
READ_AND_CREATE = ("GET", "POST")

MOVIES = declare(
    m.Movie, "/em/movies", tag="EM movies", description="Cryo-EM movies recorded during data collections",
    scope=via(m.Movie.dataCollectionId), write=WRITE_ACQUISITION, required=("dataCollectionId",),
    methods=READ_AND_CREATE, list_filters=CollectionFilters(m.Movie))
MOTION_CORRECTIONS = declare(
    m.MotionCorrection, "/em/motion_corrections", tag="EM motion correction",
    description="Motion correction of cryo-EM movies", scope=via(m.MotionCorrection.movieId),
    write=WRITE_EM_PROCESSING, required=("movieId",), before_write=motion_correction_parent,
    methods=READ_AND_CREATE, list_filters=CollectionFilters(m.MotionCorrection))
CTF_ESTIMATIONS = declare(
    m.CTF, "/em/ctf", tag="EM CTF", description="Contrast transfer function estimation of motion-corrected micrographs",
    label="CTF estimation", scope=via(m.CTF.motionCorrectionId), write=WRITE_EM_PROCESSING,
    required=("motionCorrectionId",), methods=READ_AND_CREATE, list_filters=CollectionFilters(m.CTF))
PARTICLE_PICKERS = declare(
    m.ParticlePicker, "/em/particle_pickers", tag="EM particle picking",
    description="Particle picking runs on motion-corrected micrographs",
    scope=via(m.ParticlePicker.firstMotionCorrectionId), write=WRITE_EM_PROCESSING,
    required=("firstMotionCorrectionId",), methods=READ_AND_CREATE, list_filters=CollectionFilters(m.ParticlePicker))
CLASSIFICATION_GROUPS = declare(
    m.ParticleClassificationGroup, "/em/classification_groups", tag="EM classification groups",
    description="Batches of 2D or 3D classification of picked particles", name="classification_group",
    label="particle classification group", scope=via(m.ParticleClassificationGroup.particlePickerId),
    write=WRITE_EM_PROCESSING, required=("particlePickerId",), methods=READ_AND_CREATE, item_param="group_id",
    list_filters=CollectionFilters(m.ParticleClassificationGroup))
CLASSIFICATIONS = declare(
    m.ParticleClassification, "/em/classifications", tag="EM classes",
    description="Classes found by 2D or 3D classification", name="classification", label="particle classification",
    scope=via(m.ParticleClassification.particleClassificationGroupId), write=WRITE_EM_PROCESSING,
    required=("particleClassificationGroupId",), methods=READ_AND_CREATE,
    list_filters=CollectionFilters(m.ParticleClassification))
TOMOGRAMS = declare(
    m.Tomogram, "/em/tomograms", tag="EM tomograms", description="Tomograms reconstructed from tilt series",
    scope=via(m.Tomogram.dataCollectionId), write=WRITE_EM_PROCESSING, methods=("GET",),
    list_filters=CollectionFilters(m.Tomogram))
GRID_SQUARES = declare(
    m.GridSquare, "/em/grid_squares", tag="EM grid squares", description="Grid squares of the atlas of a cryo-EM grid",
    scope=via(m.GridSquare.atlasId), write=WRITE_ACQUISITION, methods=("GET",),
    list_filters=CollectionFilters(m.GridSquare))
FOIL_HOLES = declare(
    m.FoilHole, "/em/foil_holes", tag="EM foil holes", description="Foil holes within grid squares",
    scope=via(m.FoilHole.gridSquareId), write=WRITE_ACQUISITION, methods=("GET",),
    list_filters=CollectionFilters(m.FoilHole))
