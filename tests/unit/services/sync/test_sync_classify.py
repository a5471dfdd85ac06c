"""Connection failures told apart: by SQLSTATE where the server sent one, else by libpq's
words; a TLS stream cut short is a broken connection, not an untrusted certificate."""

from __future__ import annotations

import pytest

from app.services.sync.run import (
    CERTIFICATE_REFUSED,
    CONNECTION_REFUSED,
    PASSWORD_REFUSED,
    classify,
)
from app.services.sync.transport import CentralRefused, TransportError

_AT = 'connection failed: connection to server at "central.test" (10.0.0.5), port 5432 failed: '


class _Failure(Exception):
    def __init__(self, message: str, sqlstate: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("message", "sqlstate", "expected", "reason"),
    [
        (_AT + 'FATAL:  password authentication failed for user "d"', None, PASSWORD_REFUSED, ""),
        # the server's words in its own language: the SQLSTATE decides
        ("FATAL:  用户 d 的口令认证失败", "28P01", PASSWORD_REFUSED, ""),
        (
            _AT + 'FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "d", no encryption',
            "28000",
            CONNECTION_REFUSED,
            'no pg_hba.conf entry for host "10.0.0.9", user "d", no encryption',
        ),
        (
            _AT + 'FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "d", no encryption',
            None,
            CONNECTION_REFUSED,
            'no pg_hba.conf entry for host "10.0.0.9", user "d", no encryption',
        ),
        (
            _AT + "SSL error: certificate verify failed",
            None,
            CERTIFICATE_REFUSED,
            "SSL error: certificate verify failed",
        ),
        (
            _AT + 'server certificate for "a.test" does not match host name "central.test"',
            None,
            CERTIFICATE_REFUSED,
            'server certificate for "a.test" does not match host name "central.test"',
        ),
        (
            _AT + "server does not support SSL, but SSL was required",
            None,
            CERTIFICATE_REFUSED,
            "server does not support SSL, but SSL was required",
        ),
    ],
)
def test_refusals_say_what_was_refused(
    message: str, sqlstate: str | None, expected: str, reason: str
) -> None:
    problem = classify(_Failure(message, sqlstate))
    assert isinstance(problem, CentralRefused)
    assert problem.message == expected
    assert problem.params.get("reason", "") == reason


@pytest.mark.parametrize(
    ("message", "sqlstate", "reason"),
    [
        ("consuming input failed: SSL error: unexpected eof while reading", None, None),
        ("SSL SYSCALL error: EOF detected", None, None),
        (
            "terminating connection due to administrator command\n"
            "SSL connection has been closed unexpectedly",
            "57P01",
            "terminating connection due to administrator command",
        ),
        (
            _AT + "Connection refused\n\tIs the server running on that host?",
            None,
            "Connection refused",
        ),
        (_AT + "FATAL:  the database system is starting up", "57P03", None),
    ],
)
def test_broken_or_missing_connections_are_transport_errors(
    message: str, sqlstate: str | None, reason: str | None
) -> None:
    problem = classify(_Failure(message, sqlstate))
    assert isinstance(problem, TransportError)
    if reason is not None:
        assert problem.params["reason"] == reason


def test_a_refusal_reads_with_its_reason_filled_in() -> None:
    problem = classify(_Failure(_AT + "SSL error: certificate verify failed"))
    assert str(problem) == (
        "The central server's certificate could not be trusted"
        " (SSL error: certificate verify failed); nothing was sent."
    )
