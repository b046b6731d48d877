"""vizlog.runlog.init: wandb's init rules (settings, environment, config files, modes, reinit)."""

from __future__ import annotations

from pathlib import Path

import pytest

import vizlog
from vizlog.errors import RunFinishedError, UsageError
from vizlog.runlog.disabled import DisabledRun
from vizlog.runlog.names import is_generated_name


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for key in list(__import__("os").environ):
        if key.startswith(("WANDB_", "VIZLOG_")):
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_environment_variables_set_the_run(clean_env: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WANDB_PROJECT", "p-wandb")
    monkeypatch.setenv("VIZLOG_PROJECT", "p-vizlog")  # VIZLOG_* wins
    monkeypatch.setenv("WANDB_ENTITY", "team")
    monkeypatch.setenv("WANDB_NAME", "named")
    monkeypatch.setenv("WANDB_NOTES", "some notes")
    monkeypatch.setenv("WANDB_TAGS", "a,b")
    monkeypatch.setenv("WANDB_RUN_ID", "envid")
    monkeypatch.setenv("WANDB_RUN_GROUP", "g")
    monkeypatch.setenv("WANDB_JOB_TYPE", "train")
    monkeypatch.setenv("WANDB_DIR", str(clean_env / "root"))
    monkeypatch.setenv("WANDB_SILENT", "true")
    run = vizlog.init()
    assert (run.project, run.entity, run.name, run.notes, run.tags, run.id, run.group,
            run.job_type) == ("p-vizlog", "team", "named", "some notes", ("a", "b"), "envid",
                              "g", "train")
    assert run.dir == str((clean_env / "root" / "envid").resolve())
    assert run.path == "team/p-vizlog/envid" and run.settings.silent is True
    run.finish()
    meta = vizlog.open_run(run.dir).meta
    assert meta["entity"] == "team" and meta["name"] == "named"


def test_init_keywords_beat_settings_beat_environment(clean_env: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WANDB_PROJECT", "env")
    s = vizlog.Settings(project="settings", run_name="from-settings", _private="kept")
    run = vizlog.init(dir=clean_env, settings=s, name="from-init")
    assert run.project == "settings" and run.name == "from-init"
    assert run.settings._private == "kept" and run.settings.run_name == "from-init"
    run.finish()


def test_config_defaults_yaml_then_config_paths_then_config(clean_env: Path) -> None:
    (clean_env / "config-defaults.yaml").write_text(
        "wandb_version: 1\nlr:\n  desc: learning rate\n  value: 0.1\nbatch:\n  value: 32\n")
    (clean_env / "extra.yaml").write_text("batch:\n  value: 64\nopt:\n  value: adam\n")
    run = vizlog.init(dir=clean_env / "runs", config={"opt": "sgd"},
                      settings={"config_paths": ["extra.yaml"]})
    assert dict(run.config) == {"lr": 0.1, "batch": 64, "opt": "sgd"}
    run.finish()
    run = vizlog.init(dir=clean_env / "runs", config={"a": 1, "b": 2},
                      config_exclude_keys=["b", "lr"])
    assert dict(run.config) == {"a": 1, "batch": 32}
    run.finish()


def test_disabled_mode_writes_nothing_and_every_call_works(clean_env: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    for how in ("arg", "env"):
        if how == "env":
            monkeypatch.setenv("WANDB_MODE", "disabled")
            run = vizlog.init(dir=clean_env / "runs", config={"lr": 1})
        else:
            run = vizlog.init(dir=clean_env / "runs", mode="disabled", config={"lr": 1})
        assert isinstance(run, DisabledRun) and run.disabled and run.mode == "disabled"
        assert vizlog.run is run and run.config.lr == 1
        run.log({"a": 1})
        vizlog.log({"b": 2})
        run.summary["x"] = 1
        run.define_metric("a", summary="max")
        run.alert("t", "x")
        run.watch(object())
        assert run.save("*.py") == [] and run.get_url() is None
        run.finish()
        assert vizlog.run is None
    assert list(clean_env.iterdir()) == []


def test_generated_names_are_wandb_like_and_numbered(clean_env: Path) -> None:
    runs = [vizlog.init(dir=clean_env / "runs") for _ in range(1)]
    runs[0].finish()
    second = vizlog.init(dir=clean_env / "runs")
    second.finish()
    assert is_generated_name(runs[0].name) and runs[0].name.endswith("-1")
    assert second.name.endswith("-2")


def test_reinit_modes(clean_env: Path) -> None:
    first = vizlog.init(dir=clean_env)
    assert vizlog.init(dir=clean_env, reinit="return_previous") is first
    second = vizlog.init(dir=clean_env, reinit="create_new")
    assert first.state == "running" and vizlog.run is second
    third = vizlog.init(dir=clean_env)  # default: the active run is finished first
    assert second.state == "finished" and vizlog.run is third
    first.finish()
    third.finish()
    with pytest.raises(UsageError, match="`reinit` must be one of"):
        vizlog.init(dir=clean_env, reinit="sometimes")


def test_resume_auto_and_a_run_id_as_resume(clean_env: Path) -> None:
    with vizlog.init(dir=clean_env, id="r1") as run:
        run.log({"a": 1})
    again = vizlog.init(dir=clean_env, resume="r1")  # wandb: a resume string is a run id
    assert again.id == "r1" and again.resumed and again.step == 1
    again.finish()
    auto = vizlog.init(dir=clean_env, id="r1", resume=True)
    assert auto.resumed
    auto.finish()


def test_finished_run_refuses_changes_as_wandb(clean_env: Path) -> None:
    run = vizlog.init(dir=clean_env)
    run.finish()
    for change in (lambda: run.log({"a": 1}), lambda: run.config.update({"a": 1}),
                   lambda: run.summary.__setitem__("a", 1),
                   lambda: setattr(run, "name", "x")):
        with pytest.raises(RunFinishedError):
            change()
    assert issubclass(RunFinishedError, UsageError)


def test_an_unknown_keyword_is_refused_and_wandb_only_ones_are_accepted(tmp_path) -> None:
    """A typo never passes silently (wandb.init raises TypeError too); wandb's keywords that
    have no offline meaning are accepted, so wandb code runs unchanged."""
    with pytest.raises(TypeError, match=r"unexpected keyword argument 'lerning_rate'.*spelling"):
        vizlog.init(dir=tmp_path, lerning_rate=0.1)
    assert not any(tmp_path.iterdir())  # nothing left behind
    run = vizlog.init(dir=tmp_path, save_code=False, sync_tensorboard=False, anonymous="never",
                      allow_val_change=True, monitor_gym=False, quiet=True)
    run.finish()
    assert run.state == "finished"
