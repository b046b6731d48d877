"""References: entries that record where data lives (a URI) and its checksum, never a copy.

* ``file://PATH`` (or an absolute path): a file gets its ``sha256`` and ``size``; a folder gets one
  entry per regular file under it (``max_objects`` bounds how many).
* ``http://`` / ``https://``: one ``HEAD`` request (with ``checksum=True``) records ``etag`` and
  ``size`` when the server sends them; when it cannot be reached the URI is recorded with a
  ``note`` saying so.
* ``s3://bucket/key``: with ``boto3`` installed (and ``checksum=True``) a ``head_object`` records
  the ``etag`` and ``size``; without it the URI is recorded with a ``note`` (no checksum).

Other schemes (``gs://``, ...) are recorded as given, with a note.
"""

from __future__ import annotations

import importlib.util
import os
import urllib.parse
from typing import Any

from vizlog.artifacts.root import hash_file
from vizlog.errors import UsageError, bad_argument

__all__ = ["reference_entries"]

#: Seconds a ``HEAD`` request of an ``https://`` reference may take.
HTTP_TIMEOUT = 10.0


def _file_path(uri: str) -> str:
    if uri.startswith("file://"):
        parsed = urllib.parse.urlparse(uri)
        if parsed.netloc not in ("", "localhost"):
            raise UsageError(bad_argument("uri", "a 'file://' URI of this machine (file:///path)",
                                          uri))
        return urllib.parse.unquote(parsed.path)
    return uri


def _file_entries(uri: str, name: str, max_objects: int | None) -> dict[str, dict[str, Any]]:
    path = os.path.abspath(_file_path(uri))
    if os.path.isfile(path):
        sha, size = hash_file(path)
        return {name: {"ref": "file://" + urllib.parse.quote(path), "sha256": sha,
                       "size": size}}
    if not os.path.isdir(path):
        raise UsageError(bad_argument("uri", "a file or folder that exists", uri,
                                      "Check the path; references are recorded with their "
                                      "checksum, so the data must be readable now."))
    out: dict[str, dict[str, Any]] = {}
    for dirpath, dirnames, filenames in os.walk(path):
        dirnames.sort()
        for fname in sorted(filenames):
            full = os.path.join(dirpath, fname)
            if os.path.islink(full) or not os.path.isfile(full):
                continue
            rel = os.path.relpath(full, path).replace(os.sep, "/")
            if max_objects is not None and len(out) >= max_objects:
                raise UsageError(f"`uri` {uri!r} holds more than max_objects={max_objects} "
                                 "files; raise `max_objects` or reference a smaller folder.")
            sha, size = hash_file(full)
            out[f"{name}/{rel}"] = {"ref": "file://" + urllib.parse.quote(full),
                                    "sha256": sha, "size": size}
    return out


def _http_entry(uri: str, checksum: bool) -> dict[str, Any]:
    entry: dict[str, Any] = {"ref": uri}
    if not checksum:
        entry["note"] = "checksum=False: recorded without a checksum"
        return entry
    import urllib.request

    req = urllib.request.Request(uri, method="HEAD")
    try:
        with urllib.request.urlopen(req, timeout=HTTP_TIMEOUT) as resp:
            etag = resp.headers.get("ETag")
            length = resp.headers.get("Content-Length")
    except (OSError, ValueError) as exc:
        entry["note"] = f"not reachable when added ({type(exc).__name__}); no checksum"
        return entry
    if etag:
        entry["etag"] = etag.strip()
    else:
        entry["note"] = "the server sent no ETag; no checksum"
    if length is not None and length.isdigit():
        entry["size"] = int(length)
    return entry


def _s3_entry(uri: str, checksum: bool) -> dict[str, Any]:
    entry: dict[str, Any] = {"ref": uri}
    if not checksum:
        entry["note"] = "checksum=False: recorded without a checksum"
        return entry
    if importlib.util.find_spec("boto3") is None:
        entry["note"] = "boto3 is not installed: recorded without a checksum"
        return entry
    import boto3

    parsed = urllib.parse.urlparse(uri)
    try:
        head = boto3.client("s3").head_object(Bucket=parsed.netloc, Key=parsed.path.lstrip("/"))
    except Exception as exc:  # botocore's errors: no credentials, no object, no network
        entry["note"] = f"not readable when added ({type(exc).__name__}); no checksum"
        return entry
    entry["etag"] = str(head.get("ETag", "")).strip('"')
    if isinstance(head.get("ContentLength"), int):
        entry["size"] = head["ContentLength"]
    return entry


def reference_entries(uri: object, name: str | None, checksum: bool = True,
                      max_objects: int | None = None) -> dict[str, dict[str, Any]]:
    """The manifest entries of a reference (see the module docstring), keyed by entry path.
    ``name`` defaults to the URI's last path segment."""
    if not isinstance(uri, str) or not uri:
        raise UsageError(bad_argument("uri", "a URI string (file://, https://, s3://)", uri))
    scheme = uri.split("://", 1)[0].lower() if "://" in uri else "file"
    if name is None:
        name = urllib.parse.urlparse(uri).path.rstrip("/").rsplit("/", 1)[-1] or \
            urllib.parse.urlparse(uri).netloc
    if scheme == "file":
        return _file_entries(uri, name, max_objects)
    if scheme in ("http", "https"):
        return {name: _http_entry(uri, checksum)}
    if scheme == "s3":
        return {name: _s3_entry(uri, checksum)}
    return {name: {"ref": uri, "note": f"scheme {scheme!r}: recorded without a checksum"}}
