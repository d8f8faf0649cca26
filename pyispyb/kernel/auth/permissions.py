# SPDX-License-Identifier: LGPL-3.0-or-later
"""The permission vocabulary (``Permission.type`` values, or Dummy-plugin passwords).

Groups named in ``ADMIN_GROUPS`` hold every permission. ``Permission.type`` is a
``varchar(15)``: the two longer names are stored under the short spellings of
:data:`STORED_ALIASES`.
"""

OWN_PROPOSALS = "own_proposals"
ALL_PROPOSALS = "all_proposals"
OWN_SESSIONS = "own_sessions"
ALL_SESSIONS = "all_sessions"
WRITE_PROPOSALS = "write_proposals"
WRITE_SESSIONS = "write_sessions"
WRITE_CONTACTS = "write_contacts"
WRITE_SHIPMENTS = "write_shipments"
WRITE_SAMPLES = "write_samples"
WRITE_DATA_COLLECTIONS = "write_data_collections"
WRITE_PROCESSING = "write_processing"
WRITE_BEAMLINE = "write_beamline"
SET_FILE_PATHS = "set_file_paths"
ADMIN_PROPOSALS = "admin_proposals"
ADMIN_PERSONS = "admin_persons"
EM_ADMIN = "em_admin"
UPORTAL_SYNC = "uportal_sync"

DESCRIPTIONS = {
    OWN_PROPOSALS: "read the proposals the user owns or takes part in, and what belongs to them",
    ALL_PROPOSALS: "read every proposal and what belongs to it",
    OWN_SESSIONS: "read the user's sessions and their data collections and processing",
    ALL_SESSIONS: "read every session and its data collections and processing",
    WRITE_PROPOSALS: "change proposals the user may read (creating one needs admin_proposals)",
    WRITE_SESSIONS: "create and change sessions (and beam calendars) of proposals the user may read",
    WRITE_CONTACTS: "create and change lab contacts; change one's own person and the laboratories one sees",
    WRITE_SHIPMENTS: "create and change shipments, dewars and containers",
    WRITE_SAMPLES: "create and change proteins, crystals, samples and diffraction plans",
    WRITE_DATA_COLLECTIONS: "record data collection groups and data collections",
    WRITE_PROCESSING: "record processing results (autoprocessing, EM and SSX pipelines)",
    WRITE_BEAMLINE: "change beamline set-ups, detectors and robot actions",
    SET_FILE_PATHS: "write the columns that name files on the beamline's disks (beamline and pipeline accounts)",
    ADMIN_PROPOSALS: "create and delete proposals, delete sessions (deletes cascade to all they hold)",
    ADMIN_PERSONS: "create, delete and change any person; create and delete laboratories",
    EM_ADMIN: "record cryo-EM processing results",
    UPORTAL_SYNC: "import proposals from the user office",
}

#: short spellings stored in ``Permission.type`` (15 characters at most) -> permission name
STORED_ALIASES = {
    "write_datacoll": WRITE_DATA_COLLECTIONS,
    "write_process": WRITE_PROCESSING,
}
