"""`--understander llm` through the real ChatOpenAI client, against a local OpenAI-compatible
server (stdlib `http.server` on 127.0.0.1, a thread): structured output (`response_format`
json_schema), a refusal, `portrait-ia ask --json`, and `portrait-ia eval --compare` running both
understanders (and skipping the model one when its server cannot be reached).
"""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.cli import main
from tests.conftest import MINI_REGISTER

CONTRACT_KEYS = {"answer", "language", "intent", "citations", "figures", "data"}


class PlanServer(ThreadingHTTPServer):
    """/v1/chat/completions: a plan request (`response_format` given) gets `plan` (a JSON object,
    or `refusal`); any other request (the composer's) gets an empty reply, so the templates word
    the answer and only the understanding is under test."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.plan: dict | None = None
        self.refusal = ""
        self.requests: list[dict] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class Handler(BaseHTTPRequestHandler):
    server: PlanServer

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append(body)
        if "response_format" in body:
            if self.server.refusal:
                message = {"role": "assistant", "content": None, "refusal": self.server.refusal}
            else:
                message = {"role": "assistant", "content": json.dumps(self.server.plan)}
        else:
            message = {"role": "assistant", "content": ""}
        payload = {"id": "c1", "object": "chat.completion", "created": 0, "model": body["model"],
                   "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                   "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}  # fmt: skip
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="module")
def server():
    httpd = PlanServer()
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def fresh(server):
    server.plan, server.refusal = None, ""
    server.requests.clear()
    return server


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("plan-index")


def ask(capsys, index_dir, question: str, *flags: str) -> tuple[int, dict | None, str]:
    code = main(["ask", "--json", "--data", str(MINI_REGISTER), "--index-dir", str(index_dir),
                 "--embedder", "demo", *flags, question])  # fmt: skip
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


def model_flags(url: str) -> tuple[str, ...]:
    return ("--llm", "openai", "--base-url", url, "--model", "plan-model", "--understander", "llm")


def test_ask_json_with_the_models_plan(fresh, capsys, index_dir):
    fresh.plan = {"intent": "count", "filters": {"category": ["automation"]}, "exclude": {"status": ["in_production"]}}
    code, payload, err = ask(capsys, index_dir, "How many automation projects are not in production?", *model_flags(fresh.url))
    assert code == 0, err
    assert set(payload) == CONTRACT_KEYS | {"composer", "understood_by"}
    assert payload["understood_by"] == "llm"
    assert payload["figures"]["count"] == 2 and payload["figures"]["row_ids"] == [11, 20]  # pandas: automation, not in production
    assert "Question understood by the language model openai:plan-model" in payload["answer"]
    plan_request = next(r for r in fresh.requests if "response_format" in r)
    schema = plan_request["response_format"]["json_schema"]["schema"]
    assert plan_request["response_format"]["type"] == "json_schema" and plan_request["model"] == "plan-model"
    assert schema["properties"]["intent"]["enum"][0] == "count" and schema["additionalProperties"] is False
    assert [m["role"] for m in plan_request["messages"]] == ["system", "user"]


def test_an_unknown_value_from_the_server_falls_back_to_the_rules(fresh, capsys, index_dir):
    fresh.plan = {"intent": "count", "filters": {"body": ["Ministère de la Magie"]}}
    code, payload, _ = ask(capsys, index_dir, "Combien d'initiatives au CHUM ?", *model_flags(fresh.url))
    assert code == 0 and payload["understood_by"] == "rules"
    assert payload["understander_fallback"] == "invalid_plan: body: 'Ministère de la Magie' is not a body of the register"
    assert payload["figures"]["count"] == 1 and payload["figures"]["row_ids"] == [6]


def test_a_refusal_from_the_server_falls_back(fresh, capsys, index_dir):
    fresh.refusal = "I cannot help with that request."
    code, payload, _ = ask(capsys, index_dir, "How many initiatives are in production?", *model_flags(fresh.url))
    assert code == 0 and payload["understood_by"] == "rules"
    assert payload["understander_fallback"] == "refusal: the model declined: I cannot help with that request."
    assert "gave no usable plan (it declined)." in payload["answer"]


def test_an_unreachable_server_falls_back(capsys, index_dir):
    url = _dead_url()
    code, payload, _ = ask(capsys, index_dir, "How many initiatives are in production?", *model_flags(url))
    assert code == 0 and payload["understood_by"] == "rules" and payload["figures"]["count"] == 10
    assert payload["understander_fallback"].startswith(f"unreachable: cannot connect to {url}")


def _dead_url() -> str:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/v1"


def _gold(tmp_path):
    gold = tmp_path / "tiny.jsonl"
    cases = [
        {"id": "a", "language": "en", "kind": "figure", "intent": "count",
         "question": "How many automation projects are not in production?", "expected": {"count": 2, "row_ids": [11, 20]}},
        {"id": "b", "language": "fr", "kind": "figure", "intent": "count",
         "question": "Combien d'initiatives au CHUM ?", "expected": {"count": 1, "row_ids": [6]}},
    ]  # fmt: skip
    gold.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases), encoding="utf-8")
    return gold


def run_eval(tmp_path, url: str, *more: str) -> int:
    return main(["eval", str(_gold(tmp_path)), "--data", str(MINI_REGISTER), "--index-dir", str(tmp_path / "index"),
                 "--embedder", "demo", "--llm", "openai", "--base-url", url, "--model", "plan-model",
                 "--out", str(tmp_path / "out"), "--quiet", *more])  # fmt: skip


def test_eval_compare_runs_both_understanders_side_by_side(fresh, tmp_path, capsys):
    fresh.plan = {"intent": "count", "filters": {"category": ["automation"]}, "exclude": {"status": ["in_production"]}}
    assert run_eval(tmp_path, fresh.url, "--compare") == 0
    out = capsys.readouterr().out
    result = json.loads((tmp_path / "out" / "result.json").read_text(encoding="utf-8"))
    assert [c["name"] for c in result["configs"]] == ["understander=rules", "understander=llm"]
    rules, model = ({r["id"]: r for r in c["results"]} for c in result["configs"])
    assert rules["a"]["got"]["plan"]["understood_by"] == "" and "understander" not in result["configs"][0]["info"]
    assert model["a"]["passed"] and model["a"]["got"]["plan"]["understood_by"] == "llm"
    # the same (fixed) plan for "b" names no CHUM: a valid plan, a wrong answer, and the score says so
    assert not model["b"]["passed"] and rules["b"]["passed"]
    info = result["configs"][1]["info"]["understander"]
    assert (info["by_model"], info["questions"], info["accuracy_by_model"]) == (2, 2, 0.5)
    assert "understander=rules" in out and "understander=llm" in out
    assert "understander=llm: llm:openai:plan-model: 2/2 questions understood by the model" in out


def test_eval_compare_skips_the_model_when_its_server_cannot_be_reached(tmp_path, capsys):
    url = _dead_url()
    assert run_eval(tmp_path, url, "--compare") == 0
    captured = capsys.readouterr()
    result = json.loads((tmp_path / "out" / "result.json").read_text(encoding="utf-8"))
    assert [c["name"] for c in result["configs"]] == ["understander=rules"]
    assert "portrait-ia eval: skipping understander=llm: the language model llm:openai:plan-model cannot be used " \
           f"(unreachable: cannot connect to {url}" in captured.err


def test_eval_compare_without_a_model_skips_it_and_names_the_fix(tmp_path, capsys):
    code = main(["eval", str(_gold(tmp_path)), "--data", str(MINI_REGISTER), "--index-dir", str(tmp_path / "index"),
                 "--embedder", "demo", "--out", str(tmp_path / "out"), "--quiet", "--compare"])  # fmt: skip
    assert code == 0
    assert "skipping understander=llm: understander llm needs a language model: give --llm openai" in capsys.readouterr().err


def test_the_python_api_streams_and_asks_with_the_models_plan(fresh, tmp_path):
    from assistant import Assistant
    from assistant.types import Answer

    assistant = Assistant(MINI_REGISTER, index_dir=tmp_path / "index", embedder="demo", llm="openai",
                          base_url=fresh.url, model="plan-model", understander="llm", llm_timeout=5)  # fmt: skip
    fresh.plan = {"intent": "rank", "group_by": "portfolio", "order": "asc", "top_n": 1}
    streamed = [item for item in assistant.stream("Which portfolio has the fewest initiatives?") if isinstance(item, Answer)][-1]
    asked = assistant.ask("Which portfolio has the fewest initiatives?")
    for got in (streamed, asked):
        assert got.to_dict()["understood_by"] == "llm" and got.plan.order == "asc"
        counts = assistant.register.df["portfolio"].value_counts()
        fewest = {p for p, n in counts.items() if n == counts.min()}
        assert {g["value"] for g in got.figures["ranking"]} == fewest  # every group tied at the cut


def test_eval_skips_an_explicit_model_configuration_without_a_model(tmp_path, capsys):
    code = main(["eval", str(_gold(tmp_path)), "--data", str(MINI_REGISTER), "--index-dir", str(tmp_path / "index"),
                 "--embedder", "demo", "--out", str(tmp_path / "out"), "--quiet",
                 "--compare", "default", "understander=llm"])  # fmt: skip
    assert code == 0
    assert "skipping understander=llm: understander llm needs a language model" in capsys.readouterr().err
    code = main(["eval", str(_gold(tmp_path)), "--data", str(MINI_REGISTER), "--index-dir", str(tmp_path / "index"),
                 "--embedder", "demo", "--out", str(tmp_path / "out2"), "--quiet", "--understander", "llm"])  # fmt: skip
    assert code == 2 and "understander llm needs a language model" in capsys.readouterr().err
