"""Hostile zips are refused with a reason before anything is unpacked."""

from __future__ import annotations

import io
import struct
import warnings
import zipfile

import pytest

from lishui_desktop.sync.limits import Limits, UnsafeBundle, read_members

ALLOWED = {"manifest.json", "ops.jsonl", "devices.json"}


def make_zip(members: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names on purpose
        with zipfile.ZipFile(buf, "w", method) as z:
            for name, data in members:
                z.writestr(name, data)
    return buf.getvalue()


def refused(data: bytes, fragment: str, **kw: object) -> None:
    with pytest.raises(UnsafeBundle) as info:
        read_members(data, ALLOWED, **kw)  # type: ignore[arg-type]
    from lishui_desktop.domain.i18n import set_language

    set_language("en")
    assert fragment in info.value.text()


def test_valid_bundle_is_read() -> None:
    data = make_zip([("manifest.json", b"{}"), ("ops.jsonl", b'{"a":1}\n' * 100)])
    members = read_members(data, ALLOWED, required={"manifest.json"})
    assert members["manifest.json"] == b"{}"
    assert members["ops.jsonl"] == b'{"a":1}\n' * 100


def test_not_a_zip_truncated_and_missing() -> None:
    refused(b"hello world" * 10, "not a bundle")
    good = make_zip([("manifest.json", b"{}" * 500), ("ops.jsonl", b"x" * 1000)])
    for cut in (len(good) // 3, len(good) - 10, 30):
        with pytest.raises(UnsafeBundle):
            read_members(good[:cut], ALLOWED)
    refused(make_zip([("ops.jsonl", b"")]), "missing", required={"manifest.json"})


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("/etc/passwd", "unsafe path"),
        ("../manifest.json", "unsafe path"),
        ("C:/x", "unsafe path"),
        ("evil.exe", "unexpected file"),
    ],
)
def test_bad_names(name: str, fragment: str) -> None:
    refused(make_zip([("manifest.json", b"{}"), (name, b"x")]), fragment)


def test_duplicates_and_entry_count() -> None:
    refused(make_zip([("manifest.json", b"{}"), ("manifest.json", b"{2}")]), "twice")
    allowed = {f"f{i}" for i in range(40)}
    data = make_zip([(f"f{i}", b"") for i in range(40)])
    with pytest.raises(UnsafeBundle):
        read_members(data, allowed)


def test_ratio_and_size_caps() -> None:
    bomb = make_zip([("ops.jsonl", b"\0" * (20 * 1024 * 1024))])
    refused(bomb, "too large when unpacked")
    refused(
        make_zip([("ops.jsonl", b"x" * 5000)]), "too large", limits=Limits(max_member_bytes=4000)
    )
    refused(
        make_zip([("ops.jsonl", b"x" * 5000)]), "too large", limits=Limits(max_archive_bytes=100)
    )


def _central_offsets(data: bytes) -> list[int]:
    """Positions of the central directory headers."""
    out, pos = [], 0
    while (pos := data.find(b"PK\x01\x02", pos)) != -1:
        out.append(pos)
        pos += 4
    return out


def test_overlapping_entries_are_refused() -> None:
    data = bytearray(make_zip([("manifest.json", b"{}" * 100), ("ops.jsonl", b"y" * 100)]))
    second = _central_offsets(bytes(data))[1]
    struct.pack_into("<L", data, second + 42, 0)  # second entry points at the first header
    refused(bytes(data), "overlapping")


def test_member_larger_than_declared_is_refused() -> None:
    data = bytearray(make_zip([("ops.jsonl", b"z" * 3000)], method=zipfile.ZIP_DEFLATED))
    central = _central_offsets(bytes(data))[0]
    struct.pack_into("<L", data, central + 24, 100)  # declared uncompressed size
    with pytest.raises(UnsafeBundle):
        read_members(bytes(data), ALLOWED)


def test_encrypted_flag_is_refused() -> None:
    data = bytearray(make_zip([("ops.jsonl", b"z")]))
    central = _central_offsets(bytes(data))[0]
    flags = struct.unpack_from("<H", data, central + 8)[0]
    struct.pack_into("<H", data, central + 8, flags | 1)
    refused(bytes(data), "unsupported compression")


def test_a_zip_version_python_cannot_read_is_refused_not_a_traceback() -> None:
    """A damaged header saying "version 6.4 needed" made zipfile raise NotImplementedError
    (found by the bundle fuzzer): refused like any damaged file."""
    data = bytearray(make_zip([("manifest.json", b"{}"), ("ops.jsonl", b"{}\n")]))
    at = data.index(b"PK\x01\x02")  # the central directory's first entry
    data[at + 6 : at + 8] = struct.pack("<H", 64)  # version needed to extract: 6.4
    refused(bytes(data), "damaged")
