"""An S3-compatible server for the tests: moto's server mode on 127.0.0.1, started by the tests.

Use the ``s3`` fixture (tests/conftest.py): it gives a fresh, empty bucket on a server shared by
the tests of one process (one server per pytest-xdist worker), with credentials that exist only in
the test's environment (``monkeypatch``): fake keys, no credential or config files,
``AWS_EC2_METADATA_DISABLED=true`` and ``AWS_ENDPOINT_URL`` pointing at the local server, so no
other address is ever contacted. Subprocesses started by the test inherit that environment, so
they write to the same server::

    def test_x(s3: S3) -> None:
        run = vizlog.init(dir=s3.url("runs"))      # s3://<fresh bucket>/runs

moto (``moto[server]``) is in the ``test`` extra; the fixture fails, never skips, without it.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

#: The only credentials the tests use (moto accepts any).
TEST_ENV = {
    "AWS_ACCESS_KEY_ID": "vizlog-test-key",
    "AWS_SECRET_ACCESS_KEY": "vizlog-test-secret",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_EC2_METADATA_DISABLED": "true",
    "AWS_CONFIG_FILE": os.devnull,
    "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
}
#: Variables that could point boto elsewhere; removed in the test's environment.
CLEARED = ("AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_PROFILE", "AWS_DEFAULT_PROFILE",
           "AWS_ENDPOINT_URL_S3", "AWS_CA_BUNDLE", "AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE",
           "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
           "HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy")
_BUCKETS = itertools.count()


@contextmanager
def moto_server() -> Iterator[str]:
    """Start moto's S3 server on 127.0.0.1 (a free port) in a thread; yields its endpoint URL
    and stops it on exit."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per request
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield f"http://{host}:{port}"
    finally:
        server.stop()


def environment(endpoint: str) -> dict[str, str]:
    """The whole S3 test environment for a server at ``endpoint`` (see :data:`TEST_ENV`)."""
    return {**TEST_ENV, "AWS_ENDPOINT_URL": endpoint, "NO_PROXY": "127.0.0.1",
            "no_proxy": "127.0.0.1"}


@dataclass(frozen=True)
class S3:
    """One fresh bucket on the test server."""

    endpoint: str
    bucket: str

    def url(self, path: str = "") -> str:
        """``s3://<bucket>/<path>``."""
        return f"s3://{self.bucket}/{path}".rstrip("/")

    def fs(self) -> Any:
        """An s3fs file system on the test server (listings never cached)."""
        import s3fs

        return s3fs.S3FileSystem(endpoint_url=self.endpoint, use_listings_cache=False,
                                 key=TEST_ENV["AWS_ACCESS_KEY_ID"],
                                 secret=TEST_ENV["AWS_SECRET_ACCESS_KEY"])

    def keys(self, path: str = "") -> list[str]:
        """Every object key under ``path`` in the bucket, sorted."""
        base = f"{self.bucket}/{path}".rstrip("/")
        return sorted(k[len(self.bucket) + 1:] for k in self.fs().find(base, detail=False))


def new_bucket(endpoint: str) -> S3:
    """Create a new, empty bucket on the server at ``endpoint``."""
    s3 = S3(endpoint, f"vizlog-test-{os.getpid()}-{next(_BUCKETS)}")
    s3.fs().mkdir(s3.bucket)
    return s3
