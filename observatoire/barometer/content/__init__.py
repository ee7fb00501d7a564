"""The barometers written for the observatory, loaded by `load_demo` (idempotent)."""

from . import grossesse, premieres_relations

BAROMETERS = (grossesse, premieres_relations)
