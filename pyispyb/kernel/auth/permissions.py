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


#: short spellings stored in ``Permission.type`` (15 characters at most) -> permission name
STORED_ALIASES = {
    "write_datacoll": WRITE_DATA_COLLECTIONS,
    "write_process": WRITE_PROCESSING,
}
