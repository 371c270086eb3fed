"""The parts of a CNIL PIA export that the export writes and the import reads back by name."""

from __future__ import annotations

CNIL_RISKS = {
    "3.2": "Illegitimate access to data",
    "3.3": "Unwanted modification of data",
    "3.4": "Data disappearance",
}
HEADS = {
    "categories": "Data categories:",
    "subjects": "Data subjects:",
    "recipients": "Recipients:",
    "retention": "Retention:",
}
