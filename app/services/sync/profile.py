"""A desk's connection profile for the central database: where, as whom, and whom to trust.

The profile file is handed to a desk's administrator by ``central enrol``; it holds no
password (that is handed over apart, and kept in the OS keyring).
"""

from __future__ import annotations

import json
import ssl
from dataclasses import asdict, dataclass
from pathlib import Path

from app.services.errors import N_, ValidationError

PROFILE_FORMAT = "streetdesk-central-profile"
PROFILE_VERSION = 1
#: libpq's sslmode values from strictest down; anything below ``verify-full`` must be
#: allowed by an administrator, and the Sync pane says so in red
SSL_MODES = ("verify-full", "verify-ca", "require", "prefer", "disable")


@dataclass(frozen=True)
class Profile:
    host: str
    port: int
    database: str
    role: str
    #: PEM text of the CA that signed the server's certificate ('' = the system's)
    ca_certificate: str
    #: the name the server's certificate must carry (verify-full); '' = ``host``
    server_name: str
    sslmode: str = "verify-full"
    desk_name: str = ""
    street_code: str = ""

    @property
    def expected_name(self) -> str:
        return self.server_name or self.host


def profile_text(profile: Profile) -> str:
    data = {"format": PROFILE_FORMAT, "version": PROFILE_VERSION, **asdict(profile)}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_profile(path: Path, profile: Profile) -> None:
    path.write_text(profile_text(profile), encoding="utf-8")


def read_profile(path: Path) -> Profile:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError(
            "profile",
            N_("The profile file {file} cannot be read: {reason}"),
            file=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    except ValueError as exc:
        raise ValidationError(
            "profile", N_("{file} is not a StreetDesk connection profile."), file=str(path)
        ) from exc
    if not isinstance(data, dict) or data.get("format") != PROFILE_FORMAT:
        raise ValidationError(
            "profile", N_("{file} is not a StreetDesk connection profile."), file=str(path)
        )
    if data.get("version") != PROFILE_VERSION:
        raise ValidationError(
            "profile",
            N_("The profile {file} is of a newer version; update StreetDesk."),
            file=str(path),
        )
    try:
        profile = Profile(
            host=_text(data, "host"),
            port=_port(data["port"], path),
            database=_text(data, "database"),
            role=_text(data, "role"),
            ca_certificate=str(data.get("ca_certificate") or ""),
            server_name=str(data.get("server_name") or ""),
            sslmode=str(data.get("sslmode") or "verify-full"),
            desk_name=str(data.get("desk_name") or ""),
            street_code=str(data.get("street_code") or ""),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(
            "profile", N_("The profile {file} is incomplete."), file=str(path)
        ) from exc
    _check(profile, path)
    return profile


def _text(data: dict[str, object], key: str) -> str:
    value = data[key]
    if not isinstance(value, str) or not value.strip():
        raise ValueError(key)
    return value


def _port(value: object, path: Path) -> int:
    try:
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise ValueError(value)
        port = int(value)
    except ValueError:
        port = 0
    if not 0 < port < 65536:
        raise ValidationError(
            "profile",
            N_("The profile {file} gives the port {port}; a port is a number from 1 to 65535."),
            file=str(path),
            port=str(value),
        )
    return port


def _check(profile: Profile, path: Path) -> None:
    """What a hand-edited profile can get wrong, named before anything connects."""
    if profile.sslmode not in SSL_MODES:
        raise ValidationError(
            "profile",
            N_("The profile {file} gives an unknown sslmode {mode}; it must be one of {modes}."),
            file=str(path),
            mode=profile.sslmode,
            modes=", ".join(SSL_MODES),
        )
    if profile.ca_certificate.strip() and not is_certificate(profile.ca_certificate):
        raise ValidationError(
            "profile",
            N_("The CA certificate in the profile {file} is not a PEM certificate."),
            file=str(path),
        )


def is_certificate(pem: str) -> bool:
    """True when ``pem`` holds at least one certificate that TLS can load."""
    try:
        ssl.create_default_context(cadata=pem)
    except (ssl.SSLError, ValueError):
        return False
    return "BEGIN CERTIFICATE" in pem
