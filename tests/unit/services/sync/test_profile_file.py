"""A connection profile file that is not what ``central enrol`` wrote is refused with a
message that names the fault, before anything connects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services.errors import ValidationError
from app.services.sync.profile import Profile, profile_text, read_profile

GOOD = Profile(
    host="127.0.0.1",
    port=5432,
    database="streetdesk",
    role="desk_role",
    ca_certificate="",
    server_name="",
    sslmode="disable",
)


def _written(tmp_path: Path, **changes: object) -> Path:
    data = json.loads(profile_text(GOOD))
    data.update(changes)
    path = tmp_path / "desk.profile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_good_profile_reads_back(tmp_path: Path) -> None:
    assert read_profile(_written(tmp_path)) == GOOD


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"port": "abc"}, "port"),
        ({"port": 0}, "port"),
        ({"port": 99999}, "port"),
        ({"port": True}, "port"),
        ({"host": None}, "incomplete"),
        ({"host": ""}, "incomplete"),
        ({"sslmode": "bogus"}, "sslmode"),
        ({"ca_certificate": "hello, not a certificate"}, "certificate"),
    ],
)
def test_a_bad_field_is_named(tmp_path: Path, changes: dict[str, object], words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        read_profile(_written(tmp_path, **changes))
    assert words in caught.value.message
    assert caught.value.params["file"] == str(tmp_path / "desk.profile.json")


def test_a_real_certificate_is_taken(tmp_path: Path) -> None:
    from tests.helpers.pg_cluster import CertificateAuthority

    pem = CertificateAuthority("StreetDesk test CA").pem
    assert read_profile(_written(tmp_path, ca_certificate=pem)).ca_certificate == pem


def test_enrol_refuses_a_ca_file_that_only_looks_like_pem(tmp_path: Path) -> None:
    from app.services.central.enrol import read_ca_certificate

    fake = tmp_path / "ca.pem"
    fake.write_text("-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n")
    with pytest.raises(ValidationError, match="no PEM certificate"):
        read_ca_certificate(fake)
