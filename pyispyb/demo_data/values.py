# SPDX-License-Identifier: LGPL-3.0-or-later
"""Value vocabularies of generated data, modelled on real ISPyB content."""

from datetime import datetime

#: first day of the generated facility year
YEAR_START = datetime(2025, 1, 6, 8, 0, 0)

BEAMLINES = ["i03", "i04", "i04-1", "i24", "i02-2", "id23-1", "id23-2", "id30a-1", "id30b", "bm07"]
PROPOSAL_CODES = [("mx", 0.7), ("cm", 0.15), ("in", 0.1), ("lb", 0.05)]
EXPERIMENT_TYPES = [
    ("OSC", 0.45),
    ("SAD", 0.15),
    ("Characterization", 0.12),
    ("Mesh", 0.1),
    ("Helical", 0.06),
    ("Screening", 0.06),
    ("MAD", 0.03),
    ("Collect - Multiwedge", 0.03),
]
SPACE_GROUPS = ["P212121", "P21", "C2", "P1", "P43212", "P41212", "I222", "P3121", "P6122", "C2221", "I4", "R3"]
PROCESSING_PROGRAMS = ["xia2 dials", "xia2 3dii", "autoPROC", "fast_dp", "XDSAPP", "grenades_fastproc"]
ELEMENTS = [("Se", "K"), ("Zn", "K"), ("Fe", "K"), ("Cu", "K"), ("Hg", "L3"), ("Pt", "L3")]
CONTAINER_TYPES = [("Puck", 16), ("Unipuck", 16), ("Spinepuck", 10), ("CrystalQuickX", 96)]
DEWAR_STATUSES = ["opened", "at facility", "processing", "sent to user", "dispatch-requested"]
SHIPPING_STATUSES = ["opened", "sent to facility", "at facility", "processing", "sent to user"]
GIVEN_NAMES = [
    "Ada",
    "Ben",
    "Chloe",
    "Dmitri",
    "Elena",
    "Farid",
    "Greta",
    "Hiro",
    "Ines",
    "Jonas",
    "Kavya",
    "Lars",
    "Mei",
    "Nadia",
    "Oscar",
    "Priya",
    "Quentin",
    "Rosa",
    "Sven",
    "Tomas",
    "Uma",
    "Viktor",
    "Wen",
    "Xavier",
    "Yara",
    "Zoe",
]
FAMILY_NAMES = [
    "Andersen",
    "Bianchi",
    "Carvalho",
    "Dubois",
    "Eriksson",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quispe",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Ueda",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zhang",
]
CITIES = [
    ("Grenoble", "France"),
    ("Didcot", "United Kingdom"),
    ("Hamburg", "Germany"),
    ("Lund", "Sweden"),
    ("Barcelona", "Spain"),
    ("Saint-Aubin", "France"),
    ("Cambridge", "United Kingdom"),
    ("Heidelberg", "Germany"),
]
INSTITUTES = [
    "Institute of Structural Biology",
    "University Biochemistry Department",
    "Protein Science Centre",
    "Molecular Medicine Laboratory",
    "Drug Discovery Unit",
    "Centre for Enzyme Research",
]
PROTEIN_NAMES = [
    "Lysozyme",
    "Thaumatin",
    "Trypsin",
    "Insulin",
    "Thermolysin",
    "Glucose isomerase",
    "Proteinase K",
    "Ferritin",
    "Carbonic anhydrase",
    "Myoglobin",
    "Concanavalin A",
    "Endothiapepsin",
    "Kinase domain",
    "Beta-lactamase",
    "Nanobody",
    "Polymerase",
    "Transporter",
    "Dehydrogenase",
]
AMINO_ACIDS = "ACDEFGHIKLMNPQRSTVWY"
PERMISSIONS = [
    ("own_proposals", "Read own proposals"),
    ("all_proposals", "Read all proposals"),
    ("own_sessions", "Read own sessions"),
    ("all_sessions", "Read all sessions"),
    ("write_proposals", "Change proposals"),
    ("write_sessions", "Change sessions"),
    ("write_shipments", "Change shipments"),
    ("write_samples", "Change samples"),
    ("write_contacts", "Change contacts"),
    ("write_data_collections", "Record data collections"),
    ("write_processing", "Record processing"),
    ("write_beamline", "Change beamline set-ups"),
]
GROUPS = {
    "users": ["own_proposals", "own_sessions", "write_shipments", "write_samples", "write_contacts"],
    "staff": [
        "all_proposals",
        "all_sessions",
        "write_sessions",
        "write_data_collections",
        "write_processing",
        "write_beamline",
    ],
    "admin": [],
}


def weighted(rng, choices):
    """Pick from ``[(value, weight)]``."""
    values, weights = zip(*choices, strict=True)
    return rng.choices(values, weights)[0]
