"""The OpenAPI document at /api/openapi.json against the running demo: real responses of every read route
validate against the document's schemas, errors are problem details with the extension members it promises,
and every route the server lists is documented."""
import json
import re
import urllib.parse

import pytest

jsonschema = pytest.importorskip("jsonschema")


@pytest.fixture(scope="module")
def openapi(demo_server):
    status, headers, body = demo_server.get("/api/openapi.json")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    document = json.loads(body)
    assert document["openapi"].startswith("3.1")
    return document


def validator(document, schema):
    """A JSON Schema 2020-12 validator for `schema` that resolves `#/components/...` inside the document."""
    root = {"$schema": "https://json-schema.org/draft/2020-12/schema", "components": document["components"], **schema}
    return jsonschema.Draft202012Validator(root)


def response_schema(document, path, method, status, media="application/json"):
    operation = document["paths"][path][method]
    response = operation["responses"][str(status)]
    if "$ref" in response:
        response = document["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    return response["content"][media]["schema"]


def check(document, demo_server, url, path, status=200, method="get", media="application/json"):
    code, headers, body = demo_server.get(url)
    assert code == status, (url, body[:500])
    content_type = headers["Content-Type"].split(";")[0]
    assert content_type == media, (url, content_type)
    value = json.loads(body)
    errors = sorted(validator(document, response_schema(document, path, method, status, media)).iter_errors(value),
                    key=lambda e: e.path)
    assert not errors, f"{url}: " + "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    return value


def test_every_listed_route_is_documented(openapi, demo_server):
    status, _, body = demo_server.get("/api/v1/routes")
    assert status == 200
    routed = set()
    for route in json.loads(body):
        path = route["path"]
        if path.startswith("/api/") or path in ("/health", "/ready", "/metrics"):
            routed.add((route["method"].lower(), re.sub(r":(\w+)", r"{\1}", path)))
    documented = {(method, path) for path, ops in openapi["paths"].items() for method in ops
                  if method in ("get", "post", "put", "patch", "delete")}
    assert routed == documented, (routed - documented, documented - routed)


def test_search_and_title_responses_match_the_schemas(openapi, demo_server):
    result = check(openapi, demo_server, "/api/v1/search?q=history&limit=5", "/api/v1/search")
    assert result["total"] > 0 and len(result["results"]) == 5
    check(openapi, demo_server, "/api/v1/search?cql=" + urllib.parse.quote('dc.title = "history"') + "&facets=false",
          "/api/v1/search")
    first = result["results"][0]
    detail = check(openapi, demo_server, f"/api/v1/clusters/{first['id']}?home=GUSU", "/api/v1/clusters/{id}")
    assert detail["title"]["id"] == first["id"]
    record = check(openapi, demo_server, f"/api/v1/records/{first['displayRecordID']}?format=json",
                   "/api/v1/records/{id}")
    assert len(record["leader"]) == 24


def test_consortium_and_system_responses_match_the_schemas(openapi, demo_server):
    libraries = check(openapi, demo_server, "/api/v1/libraries", "/api/v1/libraries")
    assert len(libraries["libraries"]) >= 11
    check(openapi, demo_server, "/api/v1/libraries/GUSU", "/api/v1/libraries/{code}")
    check(openapi, demo_server, "/api/v1/routes", "/api/v1/routes")
    check(openapi, demo_server, "/health", "/health")
    check(openapi, demo_server, "/ready", "/ready")


def test_errors_match_the_problem_schema(openapi, demo_server):
    problem = check(openapi, demo_server, "/api/v1/search?q=x&limit=many", "/api/v1/search", status=400,
                    media="application/problem+json")
    assert problem["parameter"] == "limit"
    problem = check(openapi, demo_server, "/api/v1/search?cql=" + urllib.parse.quote("dc.title ="),
                    "/api/v1/search", status=400, media="application/problem+json")
    assert problem["diagnostic"]["uri"].startswith("info:srw/diagnostic/1/") and problem["column"] >= 1
    check(openapi, demo_server, "/api/v1/clusters/987654321", "/api/v1/clusters/{id}", status=404,
          media="application/problem+json")
    check(openapi, demo_server, "/api/v1/libraries/NOPE", "/api/v1/libraries/{code}", status=404,
          media="application/problem+json")


def test_the_schemas_reject_a_wrong_shape(openapi):
    """The validation above can fail: a result without holdings or with a string total is refused."""
    schema = validator(openapi, {"$ref": "#/components/schemas/SearchResponse"})
    assert not schema.is_valid({"total": "3", "offset": 0, "limit": 20, "results": [], "facets": {}})
    bad_result = {"id": 1, "title": "x", "authors": [], "authorsOriginal": [], "isbns": [], "issns": [],
                  "format": "book", "languages": [], "displayRecordID": 2, "recordCount": 1, "score": 0}
    assert not schema.is_valid({"total": 1, "offset": 0, "limit": 20, "results": [bad_result], "facets": {}})
    assert schema.is_valid({"total": 1, "offset": 0, "limit": 20, "results": [{**bad_result, "holdings": []}],
                            "facets": {}})
