"""Record identifiers: random UUIDs, person ids derived from resident IDs, stable reference ids."""

from __future__ import annotations

import hashlib
import hmac
import os
import uuid

# Namespace for ids of shipped reference data, so every laptop seeds the very same rows.
REFERENCE_NAMESPACE = uuid.UUID("6b1d3c52-8d4f-4a7e-9f0e-1a2b3c4d5e6f")


def new_id() -> str:
    """A random version-4 UUID as text, as str(uuid.uuid4()) gives it (16 bytes from the OS)."""
    return uuid_text(int.from_bytes(os.urandom(16), "big"), 4)


def new_ids(count: int) -> list[str]:
    """`count` random ids (new_id), their randomness read from the OS in one call (an import
    makes one per new row)."""
    data = os.urandom(16 * count)
    return [uuid_text(int.from_bytes(data[i : i + 16], "big"), 4) for i in range(0, 16 * count, 16)]


_VERSION_CLEAR = ~((0xC000 << 48) | (0xF000 << 64))  # variant and version bits of a UUID's integer


def uuid_text(value: int, version: int) -> str:
    """`str(uuid.UUID(int=value, version=version))` without building the UUID object (the
    demo and person ids make thousands of them at a time): RFC 4122 variant, the version."""
    value = (value & _VERSION_CLEAR) | (0x8000 << 48) | (version << 76)
    text = "%032x" % value  # noqa: UP031
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def person_id_for(resident_id: str, deployment_key: bytes) -> str:
    """The person's row id: HMAC-SHA256 of the normalised resident ID with the deployment key.

    Two laptops of one deployment that enter the same person produce the same row id, and the
    id reveals nothing about the ID number without the key.
    """
    digest = hmac.digest(deployment_key, resident_id.encode("ascii"), hashlib.sha256)
    return uuid_text(int.from_bytes(digest[:16], "big"), 5)


def reference_id(kind: str, key: str) -> str:
    """A stable id for a shipped reference row (place, pairing, target) of the given key."""
    return str(uuid.uuid5(REFERENCE_NAMESPACE, f"{kind}:{key}"))
