"""Language-model providers for the LLM composer, through LangChain chat models.

A provider is a small class that declares what it needs and can do (`default_model`,
`key_env_var`, `package`, `native_citations`) and builds one LangChain chat model. Clients are
built lazily, by `LLMComposer`, the first time an answer needs them (`ChatCohere` calls the
network in its constructor). `failure` turns whatever a client raised into an `LLMFailure` with a
reason code and a one-line explanation; the composer then gives the extractive answer.

Register another provider by adding an instance to `PROVIDERS`.
"""

from __future__ import annotations

import importlib.util
import os
from typing import Any

from assistant.redaction import redact

DUMMY_KEY = "not-needed"  # OpenAI-compatible servers that need no key still want one sent


class LLMFailure(Exception):
    """The model could not give a usable answer; `code` is one of the `[reasons]` of
    prompts/*/llm_answer.toml, `detail` says what happened and what to do. Credentials in a
    URL of the detail are masked: the reason reaches the JSON output and the logs."""

    def __init__(self, code: str, detail: str) -> None:
        detail = redact(detail)
        super().__init__(f"{code}: {detail}")
        self.code, self.detail = code, detail

    @property
    def reason(self) -> str:
        return f"{self.code}: {self.detail}"


class Provider:
    name = ""
    package = ""  # the PyPI package of its LangChain chat model
    module = ""  # what `import` needs
    default_model = ""
    default_url = ""
    key_env_var: str | None = None
    needs_key = False
    native_citations = False  # the API returns its own citations of the documents it was given

    def key(self, base_url: str) -> str | None:
        return os.environ.get(self.key_env_var) if self.key_env_var else None

    def problem(self, base_url: str) -> LLMFailure | None:
        """What prevents using this provider, found without any network call (key, package)."""
        if importlib.util.find_spec(self.module) is None:
            return LLMFailure(
                "missing_package",
                f"the {self.name} provider needs the Python package {self.package}: "
                f"`.venv/bin/pip install -e .` installs it",
            )
        if self.needs_key and not self.key(base_url):
            return LLMFailure("missing_key", self.missing_key_help())
        return None

    def missing_key_help(self) -> str:
        return f"set {self.key_env_var} to use --llm {self.name}"

    def chat_model(self, model: str, base_url: str, timeout: float, stream: bool) -> Any:
        raise NotImplementedError

    def invoke_kwargs(self, rows: list[dict[str, Any]]) -> dict[str, Any]:
        """Extra arguments of the model call (Cohere: the rows as documents)."""
        return {}

    def native(self, message: Any) -> list[tuple[int, list[str]]]:
        """The API's own citations: (end offset in the text, document ids)."""
        return []


class OpenAIProvider(Provider):
    """OpenAI, or any server that speaks its chat-completions API (vLLM, llama.cpp server,
    LM Studio, LiteLLM, Ollama's /v1 …): give --base-url; a key is needed only by servers that
    check one."""

    name, package, module = "openai", "langchain-openai", "langchain_openai"
    default_model, default_url = "gpt-4o-mini", "https://api.openai.com/v1"
    key_env_var, needs_key = "OPENAI_API_KEY", True

    def key(self, base_url: str) -> str | None:
        # A server of one's own (--base-url) often needs no key: a dummy one is sent.
        return os.environ.get("OPENAI_API_KEY") or (DUMMY_KEY if base_url else None)

    def missing_key_help(self) -> str:
        return (
            "set OPENAI_API_KEY to use OpenAI's API, or give --base-url for an "
            "OpenAI-compatible server (a server that needs no key gets a dummy one)"
        )

    def chat_model(self, model: str, base_url: str, timeout: float, stream: bool) -> Any:
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            model=model, base_url=base_url or None, api_key=self.key(base_url),
            timeout=timeout, max_retries=0, temperature=0, streaming=stream,
        )  # fmt: skip


class OllamaProvider(Provider):
    name, package, module = "ollama", "langchain-ollama", "langchain_ollama"
    default_model, default_url = "llama3.1", "http://localhost:11434"

    def chat_model(self, model: str, base_url: str, timeout: float, stream: bool) -> Any:
        from langchain_ollama import ChatOllama

        return ChatOllama(
            model=model, base_url=base_url or self.default_url, temperature=0,
            client_kwargs={"timeout": timeout},
        )  # fmt: skip


class CohereProvider(Provider):
    """Cohere's chat API, with its native citations: the rows are sent as documents and the
    spans Cohere cites become [row id] citations, checked like any other."""

    name, package, module = "cohere", "langchain-cohere", "langchain_cohere"
    default_model, default_url = "command-r-08-2024", "https://api.cohere.com"
    key_env_var, needs_key, native_citations = "COHERE_API_KEY", True, True

    def chat_model(self, model: str, base_url: str, timeout: float, stream: bool) -> Any:
        from langchain_cohere import ChatCohere

        # The model is always named: without one, ChatCohere asks the API for its default.
        return ChatCohere(
            model=model, cohere_api_key=self.key(base_url), base_url=base_url or None,
            timeout_seconds=timeout, temperature=0, streaming=stream,
        )  # fmt: skip

    def invoke_kwargs(self, rows: list[dict[str, Any]]) -> dict[str, Any]:
        return {"documents": [{"id": str(r["row_id"]), "data": {"text": r["text"]}} for r in rows]}

    def native(self, message: Any) -> list[tuple[int, list[str]]]:
        found = []
        for citation in (getattr(message, "additional_kwargs", None) or {}).get("citations") or []:
            end = _get(citation, "end")
            sources = _get(citation, "sources") or []
            ids = [str(_get(s, "id")) for s in sources if _get(s, "id") is not None]
            if isinstance(end, int) and ids:
                found.append((end, ids))
        return found


def _get(obj: Any, key: str) -> Any:
    return obj.get(key) if isinstance(obj, dict) else getattr(obj, key, None)


PROVIDERS: dict[str, Provider] = {
    p.name: p for p in (CohereProvider(), OpenAIProvider(), OllamaProvider())
}


def failure(
    exc: BaseException, provider: Provider, base_url: str, model: str, timeout: float
) -> LLMFailure:
    """What went wrong, in one line, from whatever the client raised."""
    if isinstance(exc, LLMFailure):
        return exc
    where = base_url or provider.default_url
    names = {cls.__name__ for cls in type(exc).__mro__}
    response = getattr(exc, "response", None)
    status = getattr(exc, "status_code", None) or getattr(response, "status_code", None)
    if isinstance(exc, TimeoutError) or any("Timeout" in n for n in names):
        return LLMFailure("timeout", f"no answer from {where} within {timeout:g} s (--llm-timeout)")
    if status in (401, 403):
        return LLMFailure(
            "auth",
            f"{where} refused the API key (HTTP {status}); check {provider.key_env_var or 'the key'}",
        )
    if status == 404:
        return LLMFailure(
            "not_found",
            f"{where} does not serve the model {model!r} (HTTP 404); check --model and --base-url",
        )
    if isinstance(status, int) and status >= 400:
        return LLMFailure("server_error", f"{where} answered HTTP {status}: {str(exc)[:160]}")
    connection = {"APIConnectionError", "ConnectError", "ConnectionError", "RemoteProtocolError"}
    if names & connection or isinstance(exc, OSError):
        return LLMFailure(
            "unreachable", f"cannot connect to {where}: is the server running? (check --base-url)"
        )
    return LLMFailure("error", f"{type(exc).__name__}: {str(exc)[:200]}")
