"""The Run's artifact methods and the module-level ones: lineage in both runs and the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import vizlog
from vizlog.errors import RunFinishedError, UsageError


@pytest.fixture
def model(tmp_path: Path) -> Path:
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "weights.bin").write_bytes(b"\x01" * 64)
    return tmp_path / "model"


def _lineage(run: vizlog.Run) -> dict:
    return json.loads((Path(run.dir) / "artifacts.json").read_text())


def test_log_and_use_record_lineage_in_both_runs(runs_dir: Path, model: Path) -> None:
    producer = vizlog.init(dir=runs_dir, project="p", quiet=True)
    art = vizlog.Artifact("mnist", type="dataset", metadata={"rows": 2})
    art.add_dir(model)
    art.add(vizlog.Table(columns=["a"], data=[[1], [2]]), "sample")
    assert producer.log_artifact(art, aliases=["latest", "best"]) is art
    assert (art.name, art.aliases) == ("mnist:v0", ["latest", "best"])
    producer.finish()
    consumer = vizlog.init(dir=runs_dir, project="p", quiet=True)
    used = vizlog.use_artifact("p/mnist:best")
    assert used.get("sample").data == [[1], [2]]
    assert used.logged_by().id == producer.id
    assert [r.id for r in used.used_by()] == [consumer.id]
    consumer.finish()
    item = {"name": "mnist", "version": "v0", "type": "dataset", "digest": art.digest}
    assert _lineage(producer) == {"_vizlog": "run-artifacts", "format_version": 1,
                                  "logged": [item], "used": []}
    assert _lineage(consumer)["used"] == [item]


def test_log_artifact_takes_a_path(runs_dir: Path, model: Path) -> None:
    run = vizlog.init(dir=runs_dir, quiet=True)
    art = run.log_artifact(model, type="weights")
    assert (art.name, art.type) == (f"run-{run.id}-model:v0", "weights")
    one = run.log_artifact(model / "weights.bin", name="w")
    assert [e.path for e in one.files()] == ["weights.bin"]
    with pytest.raises(UsageError, match="`local_path` must be an existing file"):
        run.log_artifact(model / "missing.bin", name="w")
    with pytest.raises(UsageError, match="`name` must be an artifact name"):
        run.log_artifact(model, name="has space")
    run.finish()
    with pytest.raises(RunFinishedError, match=r"`log_artifact\(\)` needs a running run"):
        run.log_artifact(model, name="late")


def test_models_and_the_registry(runs_dir: Path, model: Path, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    run = vizlog.init(dir=runs_dir, quiet=True)
    run.log_model(path=model, name="resnet", aliases=["production"])
    with pytest.raises(UsageError, match="`name` must be a model name"):
        run.log_model(path=model, name="team/resnet")
    with pytest.raises(UsageError, match="`registered_model_name` must be the bare"):
        run.link_model(model, "entity/project/reg")
    run.link_model(model, "reg", name="resnet", aliases=["staging"])
    monkeypatch.chdir(tmp_path)
    path = run.use_model("resnet:production")
    assert Path(path).read_bytes() == b"\x01" * 64 and path.endswith("weights.bin")
    assert vizlog.artifact(runs_dir, "model-registry/reg:staging").name == "resnet:v0"
    run.log_artifact(model, name="data", type="dataset")
    with pytest.raises(UsageError, match="use_model\\(\\) needs a type containing 'model'"):
        run.use_model("data:latest")
    with pytest.raises(UsageError, match="has type 'dataset', not 'model'"):
        run.use_artifact("data:v0", type="model")


def test_distributed_artifacts_through_runs(runs_dir: Path, model: Path) -> None:
    a = vizlog.init(dir=runs_dir, group="g1", quiet=True, reinit="create_new")
    b = vizlog.init(dir=runs_dir, group="g1", quiet=True, reinit="create_new")
    part_a = vizlog.Artifact("shards", "dataset")
    part_a.add_file(model / "weights.bin", name="a.bin")
    a.upsert_artifact(part_a)  # distributed_id defaults to the group
    part_b = vizlog.Artifact("shards", "dataset")
    part_b.add_file(model / "weights.bin", name="b.bin")
    b.upsert_artifact(part_b, distributed_id="g1")
    done = a.finish_artifact(vizlog.Artifact("shards", "dataset"))
    assert [e.path for e in done.files()] == ["a.bin", "b.bin"] and done.version == "v0"
    solo = vizlog.init(dir=runs_dir, quiet=True, reinit="create_new")
    with pytest.raises(UsageError, match="`distributed_id` is needed"):
        solo.upsert_artifact(part_a)
    for r in (a, b, solo):
        r.finish()


def test_module_functions_need_an_active_run(model: Path) -> None:
    with pytest.raises(vizlog.RunStateError, match="no active run"):
        vizlog.use_artifact("x:latest")
    with pytest.raises(vizlog.RunStateError, match="no active run"):
        vizlog.log_model(model)
