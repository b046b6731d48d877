"""vizlog.runlog.settings: the Settings value, env variables, config YAML files."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

from vizlog.errors import UsageError
from vizlog.runlog.settings import (
    Settings,
    load_config_defaults,
    load_config_file,
    load_config_paths,
    resolve_settings,
    settings_from_env,
)


def test_fields_default_to_unset_and_are_frozen() -> None:
    s = Settings()
    assert s.to_dict() == {} and s.mode is None and s.extra == {}
    assert s.effective_mode == "offline" and not s.is_disabled
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.project = "x"  # type: ignore[misc]


def test_common_fields_and_conversions(tmp_path: Path) -> None:
    s = Settings(mode="online", project="p", entity="e", run_name="n", run_id="abc",
                 run_group="g", run_job_type="train", run_notes="notes", run_tags=["a", "b"],
                 root_dir=tmp_path, resume="allow", silent="true", console="off",
                 save_code=True, config_paths="a.yaml,b.yaml")
    assert s.run_tags == ("a", "b") and s.root_dir == str(tmp_path)
    assert s.silent is True and s.config_paths == ("a.yaml", "b.yaml")
    assert s.effective_mode == "offline"
    assert Settings(mode="disabled").effective_mode == "disabled"
    assert Settings(disabled=True).is_disabled
    assert Settings(resume=False).resume is None


def test_unknown_and_server_only_fields_are_kept() -> None:
    s = Settings(project="p", base_url="https://api.example", api_key="k",
                 _disable_stats=True, x_stats_sampling_interval=5.0)
    assert dict(s.extra) == {"_disable_stats": True, "api_key": "k",
                             "base_url": "https://api.example", "x_stats_sampling_interval": 5.0}
    assert s._disable_stats is True and s.base_url == "https://api.example"
    with pytest.raises(AttributeError, match="no setting 'nope'"):
        _ = s.nope
    assert s.to_dict()["api_key"] == "k" and s.to_dict()["project"] == "p"


def test_equality_hash_replace_and_merge() -> None:
    a = Settings(project="p", run_tags=("x",), foo=1)
    assert a == Settings(project="p", run_tags=["x"], foo=1)
    assert hash(a) == hash(Settings(project="p", run_tags=["x"], foo=1))
    b = a.replace(project="q", bar=2)
    assert (b.project, dict(b.extra)) == ("q", {"bar": 2, "foo": 1}) and a.project == "p"
    merged = Settings(project="p", silent=True).merged(
        Settings(project="q"), {"entity": "e", "silent": None}, None)
    assert (merged.project, merged.entity, merged.silent) == ("q", "e", True)
    with pytest.raises(UsageError, match=r"must be a vizlog\.Settings or a dict"):
        Settings().merged(3)  # type: ignore[arg-type]


@pytest.mark.parametrize(("kwargs", "match"), [
    ({"mode": "cloud"}, r"`mode`: 'cloud' is not one of 'online', 'offline'"),
    ({"console": "tty"}, r"`console`: 'tty' is not one of"),
    ({"project": "a/b"}, r"cannot contain the characters .* found '/'"),
    ({"project": "x" * 129}, r"exceeded 128 characters"),
    ({"run_name": 3}, r"`run_name` must be a str or None"),
    ({"silent": "maybe"}, r"could not parse 'maybe' as a bool"),
    ({"silent": 2}, r"`silent` must be a bool"),
    ({"run_tags": [1]}, r"`run_tags` must hold only str"),
    ({"run_tags": 5}, r"`run_tags` must be a list of str"),
    ({"resume": 1.5}, r"`resume` must be a bool"),
])
def test_invalid_values_are_usage_errors(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(UsageError, match=match):
        Settings(**kwargs)  # type: ignore[arg-type]


def test_settings_from_env_reads_wandb_names() -> None:
    env = {"WANDB_MODE": "disabled", "WANDB_PROJECT": "proj", "WANDB_ENTITY": "team",
           "WANDB_NAME": "my run", "WANDB_NOTES": "hello", "WANDB_TAGS": "a, b,,c",
           "WANDB_RUN_ID": "r1", "WANDB_RUN_GROUP": "grp", "WANDB_JOB_TYPE": "eval",
           "WANDB_DIR": "/tmp/x", "WANDB_RESUME": "must", "WANDB_CONFIG_PATHS": "c1.yaml,c2.yaml",
           "WANDB_SILENT": "true", "WANDB_API_KEY": "secret", "HOME": "/root"}
    s = settings_from_env(env)
    assert s.to_dict() == {"mode": "disabled", "project": "proj", "entity": "team",
                           "run_name": "my run", "run_notes": "hello",
                           "run_tags": ("a", "b", "c"), "run_id": "r1", "run_group": "grp",
                           "run_job_type": "eval", "root_dir": "/tmp/x", "resume": "must",
                           "config_paths": ("c1.yaml", "c2.yaml"), "silent": True}
    assert s.is_disabled


def test_vizlog_env_wins_and_empty_is_unset() -> None:
    env = {"WANDB_PROJECT": "w", "VIZLOG_PROJECT": "v", "WANDB_ENTITY": "e",
           "VIZLOG_ENTITY": "", "VIZLOG_SILENT": "0", "WANDB_SILENT": "1",
           "VIZLOG_RESUME": "true"}
    s = settings_from_env(env)
    assert (s.project, s.entity, s.silent, s.resume) == ("v", "e", False, True)
    assert settings_from_env({}) == Settings()


def test_env_bool_errors_name_the_variable() -> None:
    with pytest.raises(UsageError, match=r"\$WANDB_SILENT: could not parse 'loud'"):
        settings_from_env({"WANDB_SILENT": "loud"})
    with pytest.raises(UsageError, match=r"`mode`: 'cloudy'"):
        settings_from_env({"VIZLOG_MODE": "cloudy"})


CONFIG = """\
wandb_version: 1
lr:
  desc: learning rate
  value: 0.01
layers:
  value: [64, 32]
opt:
  value: {name: adam, beta: 0.9}
"""


def test_config_defaults_as_wandb(tmp_path: Path) -> None:
    assert load_config_defaults(tmp_path) is None
    (tmp_path / "config-defaults.yaml").write_text(CONFIG)
    assert load_config_defaults(tmp_path) == {"lr": 0.01, "layers": [64, 32],
                                              "opt": {"name": "adam", "beta": 0.9}}
    (tmp_path / "empty.yaml").write_text("")
    assert load_config_file(tmp_path / "empty.yaml") is None


def test_config_paths_merge_in_order(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("lr:\n  value: 1\nbs:\n  value: 8\n")
    (tmp_path / "b.yaml").write_text("lr:\n  value: 2\n")
    got = load_config_paths([tmp_path / "a.yaml", tmp_path / "missing.yaml", tmp_path / "b.yaml"])
    assert got == {"lr": 2, "bs": 8}
    assert load_config_paths(None) == {}


@pytest.mark.parametrize(("text", "match"), [
    ("lr: 0.1\n", r"key 'lr' must map to \{value: \.\.\., desc: \.\.\.\}"),
    ("wandb_version: 2\nlr:\n  value: 1\n", r"wandb_version 2"),
    ("- 1\n- 2\n", r"must hold a mapping"),
    ("a: [1,\n", r"is not valid YAML"),
])
def test_bad_config_files(tmp_path: Path, text: str, match: str) -> None:
    p = tmp_path / "c.yaml"
    p.write_text(text)
    with pytest.raises(UsageError, match=match):
        load_config_file(p)


def test_missing_file_with_must_exist(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"does not exist"):
        load_config_file(tmp_path / "nope.yaml", must_exist=True)


def test_pyyaml_is_needed_only_when_a_file_exists(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "yaml", None)
    assert load_config_defaults(tmp_path) is None
    (tmp_path / "config-defaults.yaml").write_text(CONFIG)
    with pytest.raises(UsageError, match=r"needs PyYAML.*pip install pyyaml"):
        load_config_defaults(tmp_path)


def test_resolve_settings_layers_as_wandb() -> None:
    env = {"WANDB_PROJECT": "wp", "VIZLOG_ENTITY": "ve", "WANDB_NAME": "env-name",
           "WANDB_TAGS": "a,b", "WANDB_MODE": "disabled"}
    s = resolve_settings(env)
    assert (s.project, s.entity, s.run_name, s.run_tags, s.mode) == (
        "wp", "ve", "env-name", ("a", "b"), "disabled")
    s = resolve_settings(env, Settings(project="sp", mode="offline", _x=1), name="init-name",
                         project=None, tags=["t"], dir="/runs", id="abc", anonymous="never")
    assert (s.project, s.run_name, s.run_tags, s.root_dir, s.run_id, s.mode) == (
        "sp", "init-name", ("t",), "/runs", "abc", "offline")
    assert dict(s.extra) == {"_x": 1, "anonymous": "never"}
    assert resolve_settings({}, {"entity": "d"}, entity="i").entity == "i"


@pytest.mark.parametrize(("resume", "run_id", "want"), [
    (True, None, ("auto", None)),
    ("must", None, ("must", None)),
    ("abc123", None, ("allow", "abc123")),
    ("abc123", "given", ("allow", "given")),
    (False, None, (None, None)),
])
def test_resolve_settings_resume_rules(resume: object, run_id: str | None,
                                       want: tuple[object, object]) -> None:
    s = resolve_settings({}, resume=resume, id=run_id)
    assert (s.resume, s.run_id) == want
    assert resolve_settings({"WANDB_RESUME": "xyz"}).run_id == "xyz"


def test_history_chunk_bounds_are_checked_and_read_from_the_environment() -> None:
    s = Settings(history_chunk_bytes=4096, history_chunk_seconds="0.5")
    assert (s.history_chunk_bytes, s.history_chunk_seconds) == (4096, 0.5)
    env = settings_from_env({"VIZLOG_HISTORY_CHUNK_BYTES": "65536",
                             "VIZLOG_HISTORY_CHUNK_SECONDS": "2",
                             "WANDB_HISTORY_CHUNK_BYTES": "1"})
    assert (env.history_chunk_bytes, env.history_chunk_seconds) == (65536, 2.0)
    assert settings_from_env({"WANDB_HISTORY_CHUNK_BYTES": "1"}).history_chunk_bytes is None
    for bad in (0, -1, 1.5, True, "many", float("nan")):
        with pytest.raises(UsageError, match="`history_chunk_bytes` must be an int > 0"):
            Settings(history_chunk_bytes=bad)
    for bad in (0, -2.0, float("inf"), "soon"):
        with pytest.raises(UsageError, match="`history_chunk_seconds` must be a number > 0"):
            Settings(history_chunk_seconds=bad)


def test_columnar_copy_settings_are_checked_and_read_from_the_environment() -> None:
    s = Settings(columnar_copy="off", columnar_copy_min_bytes="4096")
    assert (s.columnar_copy, s.columnar_copy_min_bytes) == (False, 4096)
    env = settings_from_env({"VIZLOG_COLUMNAR_COPY": "0",
                             "VIZLOG_COLUMNAR_COPY_MIN_BYTES": "1"})
    assert (env.columnar_copy, env.columnar_copy_min_bytes) == (False, 1)
    assert (Settings().columnar_copy, Settings().columnar_copy_min_bytes) == (None, None)
    with pytest.raises(UsageError, match="`columnar_copy_min_bytes` must be an int > 0"):
        Settings(columnar_copy_min_bytes=0)
    with pytest.raises(UsageError, match="Settings field `columnar_copy` must be a bool"):
        Settings(columnar_copy=2)
