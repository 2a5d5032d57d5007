"""The HTTP API through FastAPI's TestClient: every endpoint and every error answer.

One app for the module, with an API key and one real audit worker process.
"""

from __future__ import annotations

import json
import logging

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from attribution.config import Config  # noqa: E402
from attribution.server import create_app  # noqa: E402
from attribution.server.settings import ServerSettings  # noqa: E402

from conftest import SEEDS  # noqa: E402
from html_pages import article_page  # noqa: E402

KEY = "test-key-3f9a"
AUTH = {"Authorization": f"Bearer {KEY}"}
TEXT = ("“We are not leaving,” the ambassador said on Monday.\n\n"
        "The embassy will cut its staff by half, a diplomat said.\n\n"
        "The minister is reportedly planning a visit.\n")


@pytest.fixture(scope="module")
def client():
    app = create_app(ServerSettings(workers=1, timeout=120, api_key=KEY))
    with TestClient(app) as c:
        yield c


def _problem(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status and body["type"] == "about:blank" and body["detail"]
    assert "\n" not in body["detail"]
    return body


def test_json_body_answer_is_the_library_report_byte_for_byte(client, run):
    seed = SEEDS[0].read_text(encoding="utf-8")
    response = client.post("/v1/audit", headers=AUTH, json={"text": seed, "id": "story-1"})
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    assert response.content == run(seed, doc_id="story-1").model_dump_json().encode("utf-8")


def test_text_plain_body_with_query_options_is_the_library_report(client, run):
    response = client.post("/v1/audit?id=s2&fast=true", headers={**AUTH, "Content-Type": "text/plain; charset=utf-8"},
                           content=TEXT.encode("utf-8"))
    assert response.status_code == 200
    assert response.content == run(TEXT, doc_id="s2", fast=True).model_dump_json().encode("utf-8")


def test_text_html_body_audits_the_article_body(client, run):
    page = article_page()
    response = client.post("/v1/audit", headers={**AUTH, "Content-Type": "text/html"}, content=page.encode("utf-8"))
    assert response.status_code == 200
    report = response.json()
    assert report["document"]["format"] == "html"
    assert response.content == run(page, input_format="html").model_dump_json().encode("utf-8")


@pytest.mark.parametrize("fmt, media, marker", [
    ("html", "text/html", "<style>"),
    ("sarif", "application/sarif+json", '"version": "2.1.0"'),
    ("markdown", "text/markdown", "# Sourcing audit"),
    ("text", "text/plain", "attributions"),
    ("github", "text/plain", "::"),
])
def test_other_formats_are_the_cli_renderings(client, fmt, media, marker):
    response = client.post("/v1/audit", headers=AUTH, json={"text": TEXT, "format": fmt})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media)
    assert marker in response.text


def test_select_and_ignore_choose_the_rules(client):
    only = client.post("/v1/audit", headers=AUTH, json={"text": TEXT, "select": ["ATR106"]}).json()
    assert only["findings"] and {f["code"] for f in only["findings"]} == {"ATR106"}
    rest = client.post("/v1/audit?ignore=ATR106", headers={**AUTH, "Content-Type": "text/plain"}, content=TEXT).json()
    assert "ATR106" not in {f["code"] for f in rest["findings"]}
    body = _problem(client.post("/v1/audit", headers=AUTH, json={"text": TEXT, "select": ["ATR999"]}), 422)
    assert "ATR999" in body["detail"] and body["code"] == "E020"


def test_api_key_is_required_on_v1_and_v2(client):
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": KEY}):
        body = _problem(client.post("/v1/audit", headers=headers, json={"text": TEXT}), 401)
        assert "API key" in body["detail"]
    assert client.post("/v1/audit", headers={"Authorization": "Bearer wrong"},
                       json={"text": TEXT}).headers["www-authenticate"].startswith("Bearer")
    _problem(client.get("/v1/rules"), 401)
    _problem(client.post("/v2/check", data={"text": TEXT, "language": "en-US"}), 401)
    _problem(client.get("/v2/languages"), 401)
    assert client.get("/healthz").status_code == 200


def test_malformed_json_is_422_and_the_server_lives_on(client):
    body = _problem(client.post("/v1/audit", headers={**AUTH, "Content-Type": "application/json"},
                                content=b'{"text": "unclosed'), 422)
    assert "malformed JSON" in body["detail"]
    assert client.post("/v1/audit", headers=AUTH, json={"text": TEXT}).status_code == 200


@pytest.mark.parametrize("payload, field", [
    ({"text": TEXT, "fats": True}, "fats"),
    ({"txt": TEXT}, "text"),
    ({"text": TEXT, "format": "pdf"}, "format"),
    ({"text": 12}, "text"),
    (["not", "an", "object"], "body"),
])
def test_bad_fields_are_422_naming_the_field(client, payload, field):
    body = _problem(client.post("/v1/audit", headers=AUTH, json=payload), 422)
    assert body["detail"].startswith(field)


def test_bad_query_option_is_422(client):
    body = _problem(client.post("/v1/audit?fats=1", headers={**AUTH, "Content-Type": "text/plain"}, content=TEXT), 422)
    assert "fats" in body["detail"]


def test_wrong_content_type_is_415(client):
    _problem(client.post("/v1/audit", headers={**AUTH, "Content-Type": "application/xml"}, content=b"<a/>"), 415)
    _problem(client.post("/v1/audit", headers=AUTH, content=b"no type"), 415)


def test_body_over_the_limit_is_413_before_it_is_read(client):
    body = _problem(client.post("/v1/audit", headers={**AUTH, "Content-Type": "text/plain"},
                                content=b"x" * 6_000_000), 413)
    assert body["code"] == "E006" and "6,000,000 bytes" in body["detail"]


def test_chunked_body_over_the_limit_is_cut_off_with_413(client):
    def chunks():
        for _ in range(100):
            yield b"y" * 65_536
    _problem(client.post("/v1/audit", headers={**AUTH, "Content-Type": "text/plain"}, content=chunks()), 413)


def test_empty_json_text_is_the_librarys_empty_report(client, run):
    response = client.post("/v1/audit", headers=AUTH, json={"text": ""})
    assert response.status_code == 200 and response.content == run("").model_dump_json().encode("utf-8")


@pytest.mark.parametrize("media, body, code", [
    ("text/plain", b"", "E005"),
    ("text/plain", b"\x00\x01\x02\xff\xfe binary", "E004"),
    ("text/html", b"<html><body><script>var a = 1;</script></body></html>", "E008"),
])
def test_body_that_cannot_be_audited_is_422_with_its_code(client, media, body, code):
    problem = _problem(client.post("/v1/audit", headers={**AUTH, "Content-Type": media}, content=body), 422)
    assert problem["code"] == code


def test_rules_endpoint_is_the_rule_table(client):
    rules = client.get("/v1/rules", headers=AUTH).json()
    assert [r["code"] for r in rules][:2] == ["ATR101", "ATR102"]
    assert all({"code", "name", "severity", "summary", "docs", "enabled", "fires", "passes"} <= set(r) for r in rules)
    assert all(r["enabled"] for r in rules)


def test_rules_endpoint_shows_the_servers_policy():
    config = Config(ignore=("ATR102",), severity={"ATR101": "error"})
    with TestClient(create_app(ServerSettings(config=config), pool=_FailingPool(RuntimeError()))) as c:
        rules = {r["code"]: r for r in c.get("/v1/rules").json()}
    assert rules["ATR102"]["enabled"] is False and rules["ATR101"]["severity"] == "error"


def test_healthz_shows_the_workers(client):
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["workers"] == 1 and health["alive"] == 1
    assert client.head("/healthz").status_code == 200
    assert client.get("/favicon.ico").status_code == 204


def test_openapi_documents_the_endpoints(client):
    spec = client.get("/openapi.json").json()
    assert {"/v1/audit", "/v1/rules", "/v2/check", "/healthz"} <= set(spec["paths"])
    body = spec["paths"]["/v1/audit"]["post"]["requestBody"]["content"]
    assert {"application/json", "text/plain", "text/html"} <= set(body)
    assert "text" in body["application/json"]["schema"]["properties"]


def test_openapi_has_the_report_schema_and_the_bearer_scheme(client):
    spec = client.get("/openapi.json").json()
    ok = spec["paths"]["/v1/audit"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/Report"}
    assert {"Report", "Attribution", "Span", "Finding"} <= set(spec["components"]["schemas"])
    assert spec["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    assert spec["paths"]["/v2/check"]["post"]["security"] == [{"bearer": []}]
    assert "security" not in spec["paths"]["/healthz"]["get"]


def test_api_docs_load_nothing_from_a_cdn(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert "cdn" not in page.text.lower() and "https://" not in page.text
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css"):
        src = next(part for part in page.text.split('"') if part.endswith(asset))
        assert client.get(src).status_code == 200


def test_page_is_served_at_the_root(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert 'id="audit"' in page.text and '"v1/audit"' in page.text
    assert "https://" not in page.text and "http://" not in page.text
    assert "connect-src 'self'" in page.headers["content-security-policy"]


def test_unknown_path_is_a_problem(client):
    _problem(client.get("/nowhere"), 404)


def test_request_id_is_echoed_and_the_log_has_no_article_text(client, caplog):
    secret = "Zyxwvut Qoppaland"
    with caplog.at_level(logging.INFO, logger="attribution.server.access"):
        response = client.post("/v1/audit?id=private-id", headers={**AUTH, "Content-Type": "text/plain",
                                                                   "X-Request-ID": "req-42"},
                               content=f"The vote was put off, {secret} said.".encode())
    assert response.headers["x-request-id"] == "req-42"
    lines = [r.getMessage() for r in caplog.records if r.name == "attribution.server.access"]
    assert any("req-42" in line and "POST /v1/audit" in line and " 200 " in line for line in lines)
    assert not any(secret in line or "private-id" in line for line in lines)
    assert client.get("/healthz").headers["x-request-id"] != "req-42"


def test_check_gives_one_match_per_finding_at_utf16_offsets(client, run):
    text = "😀 " + TEXT
    response = client.post("/v2/check", headers=AUTH, data={"text": text, "language": "en-US"})
    assert response.status_code == 200
    answer = response.json()
    findings = run(text).findings
    assert len(answer["matches"]) == len(findings) > 0
    units = text.encode("utf-16-le")
    for match, finding in zip(answer["matches"], findings):
        assert match["rule"]["id"] == finding.code
        assert units[2 * match["offset"]: 2 * (match["offset"] + match["length"])].decode("utf-16-le") == \
            finding.span.text


def test_check_takes_the_key_as_a_form_field_too(client):
    assert client.post("/v2/check", data={"text": TEXT, "language": "auto", "apiKey": KEY}).status_code == 200
    body = _problem(client.post("/v2/check", data={"text": TEXT, "language": "auto", "apiKey": "nope"}), 401)
    assert "apiKey" in body["detail"]
    assert client.get(f"/v2/languages?apiKey={KEY}").status_code == 200


def test_check_honours_disabled_and_enabled_rules(client):
    everything = client.post("/v2/check", headers=AUTH, data={"text": TEXT, "language": "en"}).json()["matches"]
    codes = {m["rule"]["id"] for m in everything}
    assert "ATR106" in codes and len(codes) > 1
    without = client.post("/v2/check", headers=AUTH, data={"text": TEXT, "language": "en",
                                                           "disabledRules": "ATR106,NOT_A_RULE"}).json()["matches"]
    assert {m["rule"]["id"] for m in without} == codes - {"ATR106"}
    only = client.post("/v2/check", headers=AUTH, data={"text": TEXT, "language": "en", "enabledRules": "ATR106",
                                                        "enabledOnly": "true"}).json()["matches"]
    assert {m["rule"]["id"] for m in only} == {"ATR106"}
    assert only[0]["rule"]["urls"] == [{"value": "http://testserver/rules#atr106"}]


def test_mistyped_json_option_is_422(client):
    body = _problem(client.post("/v1/audit", headers=AUTH, json={"text": TEXT, "fast": "yes"}), 422)
    assert body["detail"].startswith("fast")


def test_json_text_that_opens_like_html_is_read_as_text_as_audit_does(client, run):
    text = "<p>The plan was dropped, a source said.</p>"
    answer = client.post("/v1/audit", headers=AUTH, json={"text": text})
    assert answer.content == run(text).model_dump_json().encode("utf-8")
    assert client.post("/v1/audit", headers=AUTH, json={"text": text, "input_format": "auto"}).json()[
        "document"]["format"] == "html"


def test_check_with_annotated_data(client):
    data = json.dumps({"annotation": [{"markup": "<p>"}, {"text": "The plan was dropped, a source said."},
                                      {"markup": "</p>"}]})
    answer = client.post("/v2/check", headers=AUTH, data={"data": data, "language": "en-US"}).json()
    assert answer["matches"]
    original = "<p>The plan was dropped, a source said.</p>"
    spans = {original[m["offset"]: m["offset"] + m["length"]] for m in answer["matches"]}
    assert "a source" in spans


def test_check_of_other_languages_or_empty_text_has_no_matches(client):
    assert client.post("/v2/check", headers=AUTH, data={"text": TEXT, "language": "de-DE"}).json()["matches"] == []
    assert client.post("/v2/check", headers=AUTH, data={"text": "  ", "language": "en-US"}).json()["matches"] == []


def test_check_errors(client):
    _problem(client.post("/v2/check", headers=AUTH, data={"language": "en-US"}), 422)
    _problem(client.post("/v2/check", headers=AUTH, json={"text": TEXT}), 415)


def test_languages_lists_english(client):
    assert client.get("/v2/languages", headers=AUTH).json()[0]["code"] == "en"


@pytest.mark.parametrize("origin", ["https://cms.example.org/", "cms.example.org", "https://a.org/path"])
def test_cors_origin_must_be_an_origin(origin):
    from attribution.config import ConfigError
    from attribution.server.settings import resolve_settings

    with pytest.raises(ConfigError, match="scheme://host"):
        resolve_settings(Config(), cors_origins=(origin,))


def test_cors_only_for_configured_origins():
    config = Config(server={"cors-origins": ["https://cms.example.org"]})
    from attribution.server.settings import resolve_settings

    settings = resolve_settings(config, workers=1)
    assert settings.cors_origins == ("https://cms.example.org",)

    class NoPool:  # the preflight never reaches a worker
        async def start(self):
            return None

        def status(self):
            return {"workers": 0, "alive": 1, "busy": 0, "idle": 0, "replaced": 0}

        async def close(self):
            return None

    with TestClient(create_app(settings, pool=NoPool())) as c:
        allowed = c.options("/v1/audit", headers={"Origin": "https://cms.example.org",
                                                  "Access-Control-Request-Method": "POST"})
        assert allowed.headers["access-control-allow-origin"] == "https://cms.example.org"
        other = c.options("/v1/audit", headers={"Origin": "https://evil.example",
                                                "Access-Control-Request-Method": "POST"})
        assert "access-control-allow-origin" not in other.headers
        too_large = c.post("/v1/audit", headers={"Origin": "https://cms.example.org", "Content-Type": "text/plain"},
                           content=b"x" * 6_000_000)
        assert too_large.status_code == 413
        assert too_large.headers["access-control-allow-origin"] == "https://cms.example.org"
    with TestClient(create_app(ServerSettings(), pool=NoPool())) as c:
        assert "access-control-allow-origin" not in c.get("/healthz", headers={"Origin": "https://cms.example.org"}).headers


def test_lone_surrogate_is_422_not_a_dead_worker(client):
    for payload, field in (({"text": "The plan was dropped, a source said.", "id": "\udfff"}, "id"),
                           ({"text": "The plan was dropped \ud800, a source said."}, "text")):
        body = _problem(client.post("/v1/audit", headers={**AUTH, "Content-Type": "application/json"},
                                    content=json.dumps(payload).encode("ascii")), 422)
        assert body["detail"].startswith(field) and "surrogate" in body["detail"]
    assert client.get("/healthz").json()["replaced"] == 0
    assert client.post("/v1/audit", headers=AUTH, json={"text": TEXT}).status_code == 200


def test_json_nested_too_deeply_is_422(client):
    deep = b"[" * 100_000 + b"]" * 100_000
    body = _problem(client.post("/v1/audit", headers={**AUTH, "Content-Type": "application/json"}, content=deep), 422)
    assert "nested too deeply" in body["detail"]


def test_binary_body_with_a_charset_is_still_refused(client):
    body = bytes(range(32)) * 64
    problem = _problem(client.post("/v1/audit", headers={**AUTH, "Content-Type": "text/plain; charset=latin-1"},
                                   content=body), 422)
    assert problem["code"] == "E004"
    _problem(client.post("/v1/audit", headers={**AUTH, "Content-Type": "text/plain; charset=no-such"},
                         content=b"text"), 415)


def test_check_reads_a_text_field_over_a_megabyte(client):
    # Starlette caps form fields at 1 MB unless told otherwise: the field must reach the engine, whose answer
    # for a text this long is that the full path cannot parse it (E006), not the form parser's 400.
    text = "".join(f"Item {i} was dropped, a source said. " for i in range(40_000))
    assert len(text.encode()) > 1_100_000
    body = _problem(client.post("/v2/check", headers=AUTH, data={"text": text, "language": "en"}), 413)
    assert body["code"] == "E006" and "parse limit" in body["detail"]


def test_rules_page_has_an_anchor_per_rule(client):
    page = client.get("/rules")
    assert page.status_code == 200 and 'id="atr101"' in page.text and 'id="atr109"' in page.text


class _FailingPool:
    """A pool whose audits fail as the real one's can, to see the answers around them."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    async def start(self):
        return None

    async def close(self):
        return None

    def status(self):
        return {"workers": 1, "alive": 1, "busy": 0, "idle": 1, "replaced": 0}

    async def run(self, job):
        raise self.error


def test_busy_pool_is_503_with_retry_after():
    from attribution.server.pool import PoolBusy

    with TestClient(create_app(ServerSettings(), pool=_FailingPool(PoolBusy("every worker stayed busy")))) as c:
        answer = c.post("/v1/audit", json={"text": TEXT})
        _problem(answer, 503)
        assert answer.headers["retry-after"] == "5"


def test_unexpected_error_is_500_with_request_id_and_logged(caplog):
    app = create_app(ServerSettings(), pool=_FailingPool(RuntimeError("boom")))
    with caplog.at_level(logging.INFO, logger="attribution.server"), TestClient(app, raise_server_exceptions=False) as c:
        answer = c.post("/v1/audit", headers={"X-Request-ID": "r-500"}, json={"text": TEXT})
    body = _problem(answer, 500)
    assert body["code"] == "E099" and "boom" not in body["detail"]
    assert answer.headers["x-request-id"] == "r-500"
    line = next(r.getMessage() for r in caplog.records if r.name == "attribution.server.access")
    assert "r-500" in line and " 500 " in line and not line.split('" 500 ')[1].startswith("0 ")


def test_log_line_cannot_be_forged_through_the_path(client, caplog):
    with caplog.at_level(logging.INFO, logger="attribution.server.access"):
        client.get("/x%0A2026-01-01 INFO forged")
    lines = [r.getMessage() for r in caplog.records if r.name == "attribution.server.access"]
    assert lines and all("\n" not in line for line in lines) and "\\x0a" in lines[-1]
