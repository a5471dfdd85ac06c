"""A private PostgreSQL cluster with TLS, shared by the sync connection tests."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.helpers.pg_cluster import (
    DESK_PASSWORD,
    DESK_ROLE,
    SERVER_NAME,
    Certificate,
    ClusterUnavailable,
    PrivateCluster,
)


@pytest.fixture(scope="session")
def tls_cluster() -> Iterator[PrivateCluster]:
    """Started once for the run and stopped at its end, whatever the tests did.

    In CI a cluster that will not start fails the tests; elsewhere they are skipped.
    """
    cluster: PrivateCluster | None = None
    try:
        cluster = PrivateCluster()
        cluster.start()
        cluster.create_role(DESK_ROLE, DESK_PASSWORD)
    except ClusterUnavailable as exc:
        if cluster is not None:
            cluster.stop()
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"the private PostgreSQL cluster is required in CI: {exc}")
        pytest.skip(f"no private PostgreSQL cluster: {exc}")
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def tls_central(tls_cluster: PrivateCluster) -> Iterator[str]:
    """A fresh migrated central database, with ``DESK_ROLE`` enrolled; its name."""
    name = tls_cluster.central_database()
    tls_cluster.enrol(name, DESK_ROLE)
    try:
        yield name
    finally:
        tls_cluster.drop_database(name)


def _serving(cluster: PrivateCluster, certificate: Certificate) -> Iterator[Certificate]:
    cluster.serve_certificate(certificate)
    try:
        yield certificate
    finally:
        cluster.serve_certificate(cluster.good)


@pytest.fixture
def expired_certificate(tls_cluster: PrivateCluster) -> Iterator[Certificate]:
    """The cluster serves a certificate from the right CA for the right name, expired."""
    yield from _serving(tls_cluster, tls_cluster.ca.server_certificate(SERVER_NAME, expired=True))


@pytest.fixture
def wrong_name_certificate(tls_cluster: PrivateCluster) -> Iterator[Certificate]:
    """The cluster serves a valid certificate from the right CA for another name."""
    yield from _serving(tls_cluster, tls_cluster.ca.server_certificate("other.test", address=None))
