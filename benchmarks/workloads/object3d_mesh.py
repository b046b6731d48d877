"""``object3d_mesh``: a trimesh icosphere (subdivisions=6, 81,920 faces) exported to a .glb file,
logged once from its path, plus finish.

The GLB is written before the clock starts. As workloads.md says, the time covers the ``log``
call plus ``finish()`` (``init`` runs before the clock; ``run`` returns its own ``seconds``).
vizlog validates the GLB header and JSON chunk and counts vertices and faces from the accessors
without decoding buffers; wandb copies the file; ``rerun`` logs ``rr.Asset3D(path=...)`` (it
reads the file and stores its bytes in the ``.rrd`` file of a sink made before the clock; the
clock stops after the sink is flushed and closed). Floor: ``floor-copy``, ``shutil.copyfile`` of
the GLB into the output folder.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import (
    import_tool,
    rerun_finish,
    rerun_recording,
    tree_bytes,
    wandb_offline,
)

NAME = "object3d_mesh"
VARIANTS = ["vizlog", "wandb", "rerun", "floor-copy"]
FLOOR = "floor-copy"
BASELINE = "wandb"
UNIT = "meshes"


def make_inputs() -> str:
    import trimesh

    folder = Path(tempfile.mkdtemp(prefix="vizlog-bench-mesh-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "icosphere.glb"
    path.write_bytes(trimesh.creation.icosphere(subdivisions=6).export(file_type="glb"))
    return str(path)


def prepare(variant: str) -> None:
    import_tool(variant, "vizlog.media.object3d")
    if variant == "rerun":
        # modules Rerun imports on its first log call (pyarrow's pandas shim imports pandas):
        # imported before the clock like every system's modules
        for name in ("pandas", "pyarrow.pandas_compat", "pyarrow.vendored.version"):
            with contextlib.suppress(ImportError):
                importlib.import_module(name)


def run(variant: str, path: str, out: str) -> dict[str, Any]:
    if variant == "vizlog":
        import vizlog

        run = vizlog.init(project="bench", dir=out)
        t0 = time.perf_counter()
        run.log({"mesh": vizlog.Object3D(path)})
        run.finish()
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": tree_bytes(out, (".glb",)), "items": 1}
    if variant == "rerun":
        rr, rec = rerun_recording(out)
        t0 = time.perf_counter()
        rec.log("mesh", rr.Asset3D(path=path))
        rerun_finish(rec)
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": tree_bytes(out, (".rrd",)), "items": 1}
    if variant == "floor-copy":
        t0 = time.perf_counter()
        shutil.copyfile(path, f"{out}/mesh.glb")
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": tree_bytes(out, (".glb",)), "items": 1}
    wandb = wandb_offline(out)
    wrun = wandb.init(project="bench", dir=out, mode="offline")
    t0 = time.perf_counter()
    wrun.log({"mesh": wandb.Object3D(path)})
    wrun.finish()
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "bytes": tree_bytes(out, (".glb",)), "items": 1}
