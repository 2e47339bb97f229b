"""Record ids: random ids are version-4 UUIDs as uuid.uuid4 writes them."""

from __future__ import annotations

import hashlib
import hmac
import uuid

from lishui_desktop.domain.ids import new_id, new_ids, person_id_for


def test_new_id_is_a_random_version_4_uuid_in_canonical_text() -> None:
    ids = [new_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    for text in ids:
        parsed = uuid.UUID(text)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
        assert str(parsed) == text
    # the two free bits of the variant nibble are random too: 8, 9, a and b all occur
    assert {text[19] for text in ids} == set("89ab")


def test_ids_made_in_bulk_are_random_version_4_uuids() -> None:
    ids = new_ids(3000)
    assert len(set(ids)) == 3000
    assert all(uuid.UUID(text).version == 4 and str(uuid.UUID(text)) == text for text in ids)
    assert new_ids(0) == []


def test_person_id_is_the_hmac_of_the_resident_id_as_a_version_5_uuid() -> None:
    key = b"k" * 32
    digest = hmac.new(key, b"51082319900101001X", hashlib.sha256).digest()
    assert person_id_for("51082319900101001X", key) == str(uuid.UUID(bytes=digest[:16], version=5))
    assert person_id_for("51082319900101001X", b"other") != person_id_for("51082319900101001X", key)
