"""vizlog.store.content (and the naming rule of vizlog.format): safe names, content addressing,
atomic writes, containment."""

from __future__ import annotations

import hashlib
import os
import random
from pathlib import Path

import pytest

from vizlog.errors import UnsafePathError
from vizlog.protocol import Encoded
from vizlog.store import LocalBackend, MemoryBackend, Store, check_key, sanitize_key

ADVERSARIAL = [
    "../../x", "/abs", "a/../../b", "C:\\x", "nul\x00byte", "k" * 4096, "..", ".", "",
    "CON", "con.txt", "a/b/c", "a\\b", "[*?]", "img", "Img", "spaces and:colons?",
    "~tilde", "x~0123abcd", ".hidden", "a//b", "/", "é/ü", "\u2024\u2024/x", "a/" * 40 + "z",
]


def _enc(data: bytes = b"payload", ext: str = "bin") -> Encoded:
    return Encoded(data, ext, "media/test", {"_type": "test"})


def test_sanitized_names_are_plain_relative_segments() -> None:
    for key in ADVERSARIAL:
        name = sanitize_key(key)
        assert not name.startswith("/")
        for seg in name.split("/"):
            assert seg not in ("", ".", "..")
            assert not seg.startswith(".")
            assert "\\" not in seg and "\x00" not in seg and ":" not in seg
            assert len(seg) <= 96 + 66
        assert name.count("/") <= 15


def test_safe_keys_are_kept_verbatim() -> None:
    assert sanitize_key("train/img") == "train/img"
    assert sanitize_key("val_loss-1.png") == "val_loss-1.png"


def test_distinct_keys_never_share_a_name() -> None:
    rnd = random.Random(5)
    alphabet = ["a", "b", "/", ".", "..", "\\", ":", "~", "\x00", "_", "-", "A", "é", " "]
    keys = set(ADVERSARIAL)
    for _ in range(5000):
        keys.add("".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 8))))
    names = {}
    for key in keys:
        name = sanitize_key(key)
        assert name not in names, f"{key!r} and {names[name]!r} both map to {name!r}"
        names[name] = key


def _unescape(name: str) -> str:
    """The inverse of sanitize_key's escape (for names without the ``~~`` digest)."""
    out = []
    for seg in name.split("/"):
        if seg == "~":
            out.append("")
            continue
        raw = bytearray()
        i = 0
        while i < len(seg):
            if seg[i] == "~":
                raw.append(int(seg[i + 1:i + 3], 16))
                i += 3
            else:
                raw += seg[i].encode()
                i += 1
        out.append(raw.decode("utf-8", "surrogatepass"))
    return "/".join(out)


def test_escaped_names_are_reversible_and_cut_names_carry_the_full_digest() -> None:
    rnd = random.Random(11)
    alphabet = ["a", "/", ".", "\\", "~", "\x00", "_", "é", " ", "\ud800", "C", "O", "N"]
    keys = set(ADVERSARIAL) | {"".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
                               for _ in range(3000)}
    for key in keys:
        name = sanitize_key(key)
        if "~~" in name:
            assert name.endswith("~~" + hashlib.sha256(
                key.encode("utf-8", "surrogatepass")).hexdigest())
        else:
            assert _unescape(name) == key
    assert sanitize_key("a b") == "a~20b" and sanitize_key("CON") == "~43ON"
    assert sanitize_key("x~0123abcd") == "x~7E0123abcd"


def test_every_adversarial_key_stays_inside_the_run_dir(tmp_path: Path) -> None:
    store = Store(tmp_path / "run")
    root = (tmp_path / "run").resolve()
    paths = set()
    for i, key in enumerate(ADVERSARIAL):
        desc = store.put(key, 0, _enc(f"data{i}".encode()))
        real = Path(os.path.realpath(root / desc["path"]))
        assert root in real.parents, key
        assert real.read_bytes() == f"data{i}".encode()
        paths.add(desc["path"])
    assert len(paths) == len(ADVERSARIAL)
    outside = {p for p in tmp_path.rglob("*") if root not in p.parents and p != root}
    assert outside == set()


def test_name_is_key_step_hash(tmp_path: Path) -> None:
    desc = Store(tmp_path).put("img", 7, _enc(b"abc", "png"))
    digest = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert desc == {"_type": "test", "path": f"media/test/img_7_{digest[:20]}.png",
                    "sha256": digest, "size": 3}


def test_identical_bytes_are_stored_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(tmp_path)
    writes = []
    real = LocalBackend.put
    monkeypatch.setattr(LocalBackend, "put",
                        lambda self, k, d, durable=False: (writes.append(k), real(self, k, d)))
    a = store.put("k", 1, _enc(b"same"))
    b = store.put("k", 1, _enc(b"same"))
    c = store.put("k", 2, _enc(b"same"))
    assert a == b and a["path"] != c["path"]
    assert len(writes) == 2


def test_failed_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(tmp_path)

    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        store.put("k", 0, _enc())
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_no_temporary_files_remain(tmp_path: Path) -> None:
    store = Store(tmp_path)
    for i in range(20):
        store.put("k", i, _enc(bytes([i])))
    store.write_json("x.json", {"a": 1})
    assert not [p for p in tmp_path.rglob(".tmp-*")]


def test_store_never_writes_a_key_that_leaves_the_run(tmp_path: Path) -> None:
    store = Store(tmp_path / "run")
    for bad in ("../x", "/etc/passwd", "a/../../x"):
        with pytest.raises(UnsafePathError, match="refused"):
            store.put_file(bad, b"x")
    assert check_key("a/b") == "a/b"
    assert not (tmp_path / "x").exists()


def test_same_store_on_memory_backend() -> None:
    backend = MemoryBackend()
    desc = Store(backend).put("img", 7, _enc(b"abc", "png"))
    assert backend.get(desc["path"]) == b"abc"
    assert backend.list() == [desc["path"]]


def test_streamed_file_is_named_like_put(tmp_path: Path) -> None:
    store = Store(tmp_path)
    stream = store.open_stream("tables")
    stream.write(b"ab")
    stream.write(b"c")
    desc = stream.commit("t", 3, "arrow", {"_type": "table-file"})
    assert desc["path"] == Store(tmp_path).put("t", 3, Encoded(b"abc", "arrow", "tables"))["path"]
    assert (tmp_path / desc["path"]).read_bytes() == b"abc"
    aborted = store.open_stream("tables")
    aborted.write(b"zzz")
    aborted.abort()
    assert [p.name for p in (tmp_path / "tables").iterdir()] == [Path(desc["path"]).name]


def test_write_json_is_strict_and_sorted(tmp_path: Path) -> None:
    Store(tmp_path).write_json("s.json", {"b": float("nan"), "a": -0.0})
    assert (tmp_path / "s.json").read_text() == \
        '{"a":-0.0,"b":{"_type":"float","value":"NaN"}}\n'


def test_inline_encoded_writes_no_file(tmp_path: Path) -> None:
    desc = Store(tmp_path).put("h", 0, Encoded(None, "", "", {"_type": "histogram", "v": 1}))
    assert desc == {"_type": "histogram", "v": 1}
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("backend", ["local", "memory"])
def test_big_files_hashed_aside_get_the_same_name_and_digest(tmp_path: Path,
                                                            backend: str) -> None:
    """From PARALLEL_HASH_BYTES on, put hashes in a helper thread while it writes: the name,
    digest, size and bytes are those of the plain path, and no temporary file is left."""
    from vizlog.store.content import PARALLEL_HASH_BYTES

    store = Store(LocalBackend(tmp_path) if backend == "local" else MemoryBackend())
    data = random.Random(3).randbytes(PARALLEL_HASH_BYTES + 17)
    desc = store.put("big/one", 4, _enc(data))
    digest = hashlib.sha256(data).hexdigest()
    assert desc == {"_type": "test", "path": f"media/test/big/one_4_{digest[:20]}.bin",
                    "sha256": digest, "size": len(data)}
    assert store.backend.get(desc["path"]) == data
    assert store.put("big/one", 4, _enc(data)) == desc          # the same name: stored once
    small = store.put("big/one", 4, _enc(data[:100]))
    assert small["sha256"] == hashlib.sha256(data[:100]).hexdigest()
    assert store.backend.list() == sorted([desc["path"], small["path"]])
    if backend == "local":
        left = [p for p in tmp_path.rglob("*") if p.name.startswith(".tmp-")]
        assert left == []


def test_a_file_removed_behind_the_store_is_written_again_by_a_new_store(tmp_path: Path) -> None:
    data = b"x" * 10
    desc = Store(tmp_path).put("k", 0, _enc(data))
    (tmp_path / desc["path"]).unlink()
    assert Store(tmp_path).put("k", 0, _enc(data)) == desc
    assert (tmp_path / desc["path"]).read_bytes() == data


def _chunks(data: bytes, sizes: list[int]) -> list[bytes]:
    out, at = [], 0
    for n in sizes:
        out.append(data[at:at + n])
        at += n
    return [*out, data[at:]]


@pytest.mark.parametrize("backend", ["local", "memory"])
@pytest.mark.parametrize("size", [100, 1 << 22])  # below and above PARALLEL_HASH_BYTES
def test_parts_and_writer_store_the_bytes_data_would(tmp_path: Path, backend: str,
                                                     size: int) -> None:
    """Encoded parts (buffers, never joined) and a writer callback give the same file, name,
    digest and size as the same bytes given whole, and leave no temporary file."""
    import numpy as np

    data = random.Random(size).randbytes(size)
    store = Store(LocalBackend(tmp_path) if backend == "local" else MemoryBackend())
    whole = Store(MemoryBackend()).put("k", 1, _enc(data))
    head, body = data[:7], np.frombuffer(data[7:], dtype=np.uint8)
    parts = store.put("k", 1, Encoded(None, "bin", "media/test", {"_type": "test"},
                                      parts=[head, body]))

    def writer(sink: object) -> None:
        for piece in _chunks(data, [3, 1 << 16, 5, 1 << 17]):
            assert sink.write(piece) == len(piece)  # type: ignore[attr-defined]
        assert sink.tell() == len(data)  # type: ignore[attr-defined]

    streamed = Store(store.backend).put("k", 1, Encoded(None, "bin", "media/test",
                                                         {"_type": "test"}, writer=writer))
    assert parts == streamed == whole
    assert whole["sha256"] == hashlib.sha256(data).hexdigest() and whole["size"] == size
    assert store.backend.get(whole["path"]) == data
    assert store.backend.list() == [whole["path"]]
    if backend == "local":
        assert [p for p in tmp_path.rglob("*") if p.name.startswith(".tmp-")] == []


def test_a_failing_writer_leaves_nothing(tmp_path: Path) -> None:
    def writer(sink: object) -> None:
        sink.write(b"x" * (1 << 17))  # type: ignore[attr-defined]
        raise ValueError("encoder broke")

    with pytest.raises(ValueError, match="encoder broke"):
        Store(tmp_path).put("k", 0, Encoded(None, "bin", "media/test", writer=writer))
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_a_writer_file_stored_twice_is_written_once(tmp_path: Path) -> None:
    calls = []

    def writer(sink: object) -> None:
        calls.append(1)
        sink.write(b"same bytes")  # type: ignore[attr-defined]

    store = Store(tmp_path)
    enc = Encoded(None, "bin", "media/test", writer=writer)
    first = store.put("k", 0, enc)
    mtime = (tmp_path / first["path"]).stat().st_mtime_ns
    assert store.put("k", 0, enc) == first and len(calls) == 2
    assert (tmp_path / first["path"]).stat().st_mtime_ns == mtime
    assert [p.name for p in (tmp_path / "media" / "test").iterdir()] == \
        [Path(first["path"]).name]


@pytest.mark.parametrize("backend", ["local", "memory"])
def test_a_digest_computed_ahead_names_the_file_like_the_store_would(tmp_path: Path,
                                                                   backend: str) -> None:
    """Encoded.digest (started by the media type) is taken instead of hashing: the same name,
    digest, size and bytes; a second put of the same name writes nothing new; a digest of
    other bytes' size is ignored (the store hashes)."""
    from vizlog._digest import MIN_BYTES, Sha256Ahead, sha256_ahead

    data = random.Random(8).randbytes(MIN_BYTES + 99)
    head, body = data[:11], data[11:]
    store = Store(LocalBackend(tmp_path) if backend == "local" else MemoryBackend())
    plain = Store(MemoryBackend()).put("k", 2, _enc(data))

    def enc(digest: Sha256Ahead | None) -> Encoded:
        return Encoded(None, "bin", "media/test", {"_type": "test"}, parts=[head, body],
                       digest=digest)

    ahead = sha256_ahead([head, body])
    assert ahead is not None
    assert store.put("k", 2, enc(ahead)) == plain
    assert store.put("k", 2, enc(sha256_ahead([head, body]))) == plain     # stored once
    wrong = Sha256Ahead([b"other"])
    assert store.put("k", 2, enc(wrong)) == plain and wrong._hex is None    # not used
    assert store.backend.get(plain["path"]) == data
    assert store.backend.list() == [plain["path"]]
    if backend == "local":
        assert [p for p in tmp_path.rglob("*") if p.name.startswith(".tmp-")] == []


def test_a_failed_write_with_a_digest_ahead_leaves_nothing(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from vizlog._digest import MIN_BYTES, sha256_ahead

    data = random.Random(9).randbytes(MIN_BYTES)

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    monkeypatch.setattr(os, "link", boom)  # an unnamed upload is linked (then copied) instead
    with pytest.raises(OSError, match="disk full"):
        Store(tmp_path).put("k", 0, Encoded(data, "bin", "media/test", {"_type": "test"},
                                            digest=sha256_ahead([data])))
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []
