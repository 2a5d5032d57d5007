"""Configuration: [tool.attribution] discovery, --config files, bad values."""

from __future__ import annotations

import pytest

from attribution.config import Config, ConfigError, discover, fails, load_file


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_select_every_rule_and_fail_on_error():
    conf = Config()
    assert conf.select == () and conf.ignore == () and conf.fail_on == "error"
    assert conf.threshold("anonymous-share") == 0.5


def test_pyproject_found_from_the_article_directory_upwards(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.attribution]\nignore = ["ATR104"]\nfail-on = "warning"\n'
          '[tool.attribution.severity]\nATR106 = "error"\n[tool.attribution.thresholds]\nanonymous-share = 0.7\n')
    article = write(tmp_path / "desk" / "politics" / "story.txt", "text")
    conf = discover(str(article), cwd=tmp_path / "elsewhere")
    assert conf.ignore == ("ATR104",) and conf.fail_on == "warning"
    assert conf.severity == {"ATR106": "error"} and conf.threshold("anonymous-share") == 0.7
    assert conf.path == str((tmp_path / "pyproject.toml").resolve())


def test_pyproject_without_the_table_is_skipped(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.attribution]\nselect = ["ATR105"]\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "newsroom"\n')
    article = write(tmp_path / "sub" / "story.txt", "text")
    assert discover(str(article), cwd=tmp_path).select == ("ATR105",)


def test_working_directory_when_the_article_has_none(tmp_path):
    write(tmp_path / "cwd" / "pyproject.toml", '[tool.attribution]\nfail-on = "never"\n')
    article = write(tmp_path / "articles" / "story.txt", "text")
    assert discover(str(article), cwd=tmp_path / "cwd").fail_on == "never"


def test_config_file_top_level_or_tool_table(tmp_path):
    top = write(tmp_path / "policy.toml", 'select = ["anonymous"]\n')
    nested = write(tmp_path / "nested.toml", '[tool.attribution]\nselect = ["quote"]\n')
    assert load_file(str(top)).select == ("anonymous",)
    assert load_file(str(nested)).select == ("quote",)


@pytest.mark.parametrize("body, problem", [
    ('fail-on = "sometimes"\n', "fail-on"),
    ('[severity]\nATR101 = "fatal"\n', "severity of ATR101"),
    ('[thresholds]\nanonymous-share = "half"\n', "anonymous-share"),
    ('[thresholds]\nshare = 0.2\n', "unknown threshold"),
    ('[thresholds]\nmin-women-share = 30\n', "share between 0 and 1 (0.3 for 30%)"),
    ('[thresholds]\nmin-women-share = -0.1\n', "min-women-share"),
    ('colour = true\n', "unknown key"),
    ('select = [1, 2]\n', "select"),
    ('select = [\n', "not valid TOML"),
])
def test_bad_config_is_one_clear_error(tmp_path, body, problem):
    path = write(tmp_path / "policy.toml", body)
    with pytest.raises(ConfigError) as err:
        load_file(str(path))
    assert problem in str(err.value) and str(path) in str(err.value) and "\n" not in str(err.value)


def test_missing_config_file(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_file(str(tmp_path / "nope.toml"))


def test_command_line_overrides():
    conf = Config(ignore=("ATR101",)).with_overrides(select=["ATR1"], ignore=["ATR104"], fail_on="info")
    assert conf.select == ("ATR1",) and conf.ignore == ("ATR101", "ATR104") and conf.fail_on == "info"


def test_fails_at_or_above_the_failing_severity():
    assert fails("error", "error") and not fails("warning", "error")
    assert fails("warning", "warning") and fails("info", "info")
    assert not fails("error", "never")


def test_limits_table_is_read_and_checked(tmp_path):
    from attribution.config import ConfigError, load_file

    path = tmp_path / "policy.toml"
    path.write_text("[limits]\nmax-document-chars = 1000\n", encoding="utf-8")
    config = load_file(str(path))
    assert config.limit("max-document-chars") == 1000
    assert config.limit("max-sentence-chars") == 10_000
    path.write_text("[limits]\nmax-sentence-chars = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="whole number above 0"):
        load_file(str(path))
    path.write_text("[limits]\nmax-words = 10\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown limit"):
        load_file(str(path))


def test_server_table_is_read_and_flags_win(tmp_path, monkeypatch):
    from attribution.server.settings import resolve_settings

    path = tmp_path / "policy.toml"
    path.write_text('[tool.attribution.server]\nport = 9000\nworkers = 3\ntimeout = 12.5\n'
                    'cors-origins = ["https://cms.example.org"]\n', encoding="utf-8")
    monkeypatch.setenv("ATTRIBUTION_API_KEY", "k")
    settings = resolve_settings(load_file(str(path)), workers=5, port=None)
    assert (settings.port, settings.workers, settings.timeout) == (9000, 5, 12.5)
    assert settings.cors_origins == ("https://cms.example.org",) and settings.api_key == "k"
    monkeypatch.setenv("ATTRIBUTION_API_KEY", "")
    assert resolve_settings(Config()).api_key is None


@pytest.mark.parametrize("table, problem", [
    ("bind = 'x'", "unknown key 'bind'"),
    ("workers = 0", "'workers' must be above 0"),
    ("timeout = 'slow'", "wrong type"),
    ("cors-origins = ['']", "cors-origins"),
])
def test_bad_server_table_is_a_config_error(tmp_path, table, problem):
    path = tmp_path / "policy.toml"
    path.write_text(f"[tool.attribution.server]\n{table}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=problem):
        load_file(str(path))


def test_voices_table_sets_the_gender_mode(tmp_path):
    assert Config().gender == "text+names"
    path = tmp_path / "policy.toml"
    for mode in ("text+names", "text", "off"):
        path.write_text(f'[tool.attribution.voices]\ngender = "{mode}"\n', encoding="utf-8")
        assert load_file(str(path)).gender == mode


@pytest.mark.parametrize("table, problem", [
    ('gender = "names"', "must be one of text\\+names, text, off"),
    ('genders = "text"', "unknown key 'genders'"),
])
def test_bad_voices_table_is_a_config_error(tmp_path, table, problem):
    path = tmp_path / "policy.toml"
    path.write_text(f"[tool.attribution.voices]\n{table}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=problem):
        load_file(str(path))


def test_women_share_target_is_a_threshold_off_by_default(tmp_path):
    assert Config().threshold("min-women-share") == 0 and Config().threshold("women-share-min-people") == 3
    path = tmp_path / "policy.toml"
    path.write_text("[tool.attribution.thresholds]\nmin-women-share = 0.3\nwomen-share-min-people = 5\n",
                    encoding="utf-8")
    conf = load_file(str(path))
    assert conf.threshold("min-women-share") == 0.3 and conf.threshold("women-share-min-people") == 5
