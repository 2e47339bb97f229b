"""Signatures, the encryption envelope, passphrase protection, paper backup, device keys."""

from __future__ import annotations

import json
import time

import pytest

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Device
from lishui_desktop.domain.i18n import set_language
from lishui_desktop.sync import crypto, keys


def test_manifest_signature() -> None:
    private = crypto.new_private_key()
    signed = crypto.sign_manifest({"bundle_id": "b1", "counts": {"ops": 3}}, private)
    public = crypto.sign_public(private)
    assert crypto.manifest_signer(signed) == public
    assert crypto.verify_manifest(signed, public)
    tampered = {**signed, "counts": {"ops": 4}}
    assert not crypto.verify_manifest(tampered, public)
    other = crypto.sign_public(crypto.new_private_key())
    assert not crypto.verify_manifest(signed, other)
    assert crypto.manifest_signer({"bundle_id": "x"}) is None


def test_envelope_to_several_recipients() -> None:
    office, lead, stranger = (crypto.new_private_key() for _ in range(3))
    data = b"ops " * 1000
    sealed = crypto.encrypt(data, [crypto.box_public(office), crypto.box_public(lead)])
    assert crypto.is_envelope(sealed)
    assert b"ops" not in sealed
    assert crypto.decrypt(sealed, office) == data
    assert crypto.decrypt(sealed, lead) == data
    set_language("en")
    with pytest.raises(crypto.BundleRefused, match="another office"):
        crypto.decrypt(sealed, stranger)


def test_envelope_whose_entry_lost_its_key_is_damaged() -> None:
    """A changed byte in the header that renames an entry's "wrap" (found by the trust fuzz
    test) is the damaged-bundle sentence, not a KeyError traceback."""
    office = crypto.new_private_key()
    sealed = crypto.encrypt(b"secret rows" * 50, [crypto.box_public(office)])
    assert sealed.count(b'"wrap"') == 1
    set_language("en")
    with pytest.raises(crypto.BundleRefused, match="damaged"):
        crypto.decrypt(sealed.replace(b'"wrap"', b'"wrbp"'), office)


@pytest.mark.parametrize("position", [3, 20, 60, -5, -40])
def test_tampered_envelope_is_refused(position: int) -> None:
    office = crypto.new_private_key()
    sealed = bytearray(crypto.encrypt(b"secret rows" * 50, [crypto.box_public(office)]))
    sealed[position] ^= 0x01
    set_language("en")
    with pytest.raises(crypto.BundleRefused):
        crypto.decrypt(bytes(sealed), office)
    with pytest.raises(crypto.BundleRefused, match="damaged"):
        crypto.decrypt(bytes(sealed[:-3]), office)


def test_passphrase_and_paper_backup() -> None:
    secret = crypto.new_private_key()
    blob = crypto.protect(secret, "正确的口令 horse")
    assert secret not in blob
    assert crypto.unprotect(blob, "正确的口令 horse") == secret
    with pytest.raises(crypto.WrongPassphrase):
        crypto.unprotect(blob, "wrong")
    paper = crypto.paper_backup(secret)
    assert crypto.from_paper_backup(paper.lower()) == secret
    typo = paper.replace(paper[0], "A" if paper[0] != "A" else "B", 1)
    with pytest.raises(crypto.WrongPassphrase):
        crypto.from_paper_backup(typo)


def test_device_keys_and_recipients(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from lishui_desktop.services import issuing

    published = keys.ensure_device_keys(db)
    assert keys.ensure_device_keys(db) == published  # made once
    own = db.get_setting("device_id")
    with db.sessions() as s:
        me = s.get(Device, own)  # the office issued itself at set-up
        assert me is not None and me.sign_public_key == crypto.b64(published.sign) and me.certificate
    # the office issues a lead and a field laptop
    lead = issuing.issue_device(db, "组长", "lead")
    field = issuing.issue_device(db, "平昌-01", "field")
    lead_box, field_box = (crypto.box_public(i.box_private) for i in (lead, field))
    with db.sessions() as s:
        assert set(keys.recipients(s, own)) == {lead_box, field_box}
        # seen from the field laptop: only the office's and leads' keys
        assert set(keys.recipients(s, field.certificate["id"])) == {lead_box, published.box}
    issuing.revoke(db, "组长")  # a revoked lead is nobody's recipient
    with db.sessions() as s:
        assert set(keys.recipients(s, own)) == {field_box}


def test_passphrase_protects_the_office_key(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    keys.ensure_device_keys(db)
    before = keys.box_private(db)
    keys.set_passphrase(db, "长长的口令12345")
    assert keys.is_protected(db) and db.get_blob(keys.BOX_KEY) is None
    keys._unlocked.clear()
    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    with pytest.raises(keys.NeedPassphrase):
        keys.box_private(db)
    with pytest.raises(crypto.WrongPassphrase):
        keys.box_private(db, "nope-nope")
    assert keys.box_private(db, "长长的口令12345") == before


def test_a_tampered_key_file_is_refused_quickly() -> None:
    """A key file whose scrypt cost was raised (it would take minutes and gigabytes) or whose
    JSON nests too deep is refused like a wrong passphrase, not a hang or a traceback."""
    blob = json.loads(crypto.protect(b"k" * 32, "pass phrase"))
    for field, value in (("n", 2**30), ("r", 1024), ("p", 64), ("n", 0)):
        tampered = json.dumps({**blob, field: value}).encode()
        started = time.perf_counter()
        with pytest.raises(crypto.WrongPassphrase):
            crypto.unprotect(tampered, "pass phrase")
        assert time.perf_counter() - started < 1.0
    with pytest.raises(crypto.WrongPassphrase):
        crypto.unprotect(b"[" * 100_000 + b"]" * 100_000, "pass phrase")
    assert crypto.unprotect(json.dumps(blob).encode(), "pass phrase") == b"k" * 32
