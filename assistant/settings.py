"""Every setting, declared once: name, default, environment variable, help.

The CLI flags, the environment variables, the config file (`portrait-ia.toml`) and the docs'
configuration table are all read from `SETTINGS`, so they cannot drift apart.
Precedence: command-line flag > environment variable > config file > default.
"""

from __future__ import annotations

import argparse
import os
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.resources import CHECKOUT, DEFAULT_DATA, DEFAULT_INDEX, HOME_ENV

DEFAULT_DATASET_URL = (
    "https://www.donneesquebec.ca/recherche/dataset/"
    "portrait-public-des-utilisations-de-l-ia-dans-l-administration-publique-quebecoise"
)


def yes_no(value: Any) -> bool:
    """A boolean setting: true/false, yes/no, on/off, 1/0 (flags, environment and config file)."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on", "oui"):
        return True
    if text in ("0", "false", "no", "off", "non", ""):
        return False
    raise ValueError(f"not a yes/no value: {value!r}")


yes_no.__name__ = "yes/no"


def paths(value: Any) -> list[str]:
    """One or several files: a list (config file, repeated flag) or one string where
    several paths are separated by os.pathsep (":" on Linux) in an environment variable."""
    if isinstance(value, (list, tuple)):
        items = [str(v) for v in value]
    else:
        items = str(value).split(os.pathsep) if os.pathsep in str(value) else [str(value)]
    items = [i.strip() for i in items if str(i).strip()]
    if not items:
        raise ValueError("no path given")
    return items


paths.__name__ = "a path or a list of paths"


def urls(value: Any) -> list[str]:
    """Zero or more URLs: a list (config file, repeated flag) or one string where several are
    separated by spaces or commas (URLs hold ":", so os.pathsep cannot separate them)."""
    items = value if isinstance(value, (list, tuple)) else str(value).replace(",", " ").split()
    found = [str(i).strip() for i in items if str(i).strip()]
    for url in found:
        if not url.lower().startswith(("http://", "https://")):
            raise ValueError(f"not an http(s) URL: {url!r}")
    return found


urls.__name__ = "a URL or a list of URLs"


def seconds(value: Any) -> float:
    """A timeout: a number of seconds above 0 (0 would mean "never wait", not "wait forever")."""
    number = float(value)
    if not number > 0:  # also refuses nan
        raise ValueError(f"not a number of seconds above 0: {value!r}")
    return number


seconds.__name__ = "a number of seconds above 0"


def worker_count(value: Any) -> int | str:
    """The `workers` setting: "auto", kept as it is (what it means depends on `llm`:
    `ui/workers.pool_size`), or a number of processes (0: none)."""
    text = str(value).strip().lower()
    if text in ("auto", ""):
        return "auto"  # kept: what it means depends on `llm`
    number = int(text)
    if number < 0:
        raise ValueError(f"not a number of worker processes (0 or more): {value!r}")
    return number


worker_count.__name__ = "auto or a number of processes (0 or more)"


def row_count(value: Any) -> int:
    """A number of rows: a whole number, 0 or more."""
    number = int(value)
    if number < 0:
        raise ValueError(f"not a number of rows (0 or more): {value!r}")
    return number


row_count.__name__ = "a number of rows (0 or more)"


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    type: type = str
    metavar: str = ""  # the flag's placeholder in --help; empty: the name in capitals

    @property
    def env(self) -> str:
        return "PORTRAIT_IA_" + self.name.upper()

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    @property
    def repeatable(self) -> bool:
        """A list setting: its flag may be given several times (--data A --data B)."""
        return self.type in (paths, urls)


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "data",
        str(DEFAULT_DATA),
        "Register file(s) (CSV or XLSX) to answer from; repeat the flag for several files (e.g."
        " the 2024 and 2025 portraits): answers come from the newest unless a question names a"
        " year, and citations name their file.",
        paths,
    ),
    Setting(
        "mapping",
        "quebec",
        "Register mapping: `quebec`, `us-federal-2024`, `uk-atrs` (built in) or a TOML file"
        " naming the column of each field, label aliases, language and dataset page"
        " (docs/registers.md).",
    ),
    Setting(
        "dataset_url",
        DEFAULT_DATASET_URL,
        "Page of the official dataset on Données Québec (a CKAN portal); `portrait-ia data fetch`"
        " lists its CSV/XLSX files through the CKAN API and downloads them.",
        metavar="URL",
    ),
    Setting(
        "data_resources",
        "",
        "Download URLs of the register files for `portrait-ia data fetch`, instead of asking the"
        " dataset page for them (spaces or commas between URLs); empty: the CKAN lookup.",
        urls,
        metavar="URL",
    ),
    Setting(
        "index_dir",
        str(DEFAULT_INDEX),
        "Folder of the generated vector index. Default: `index` under the folder named by the"
        f" environment variable `{HOME_ENV}` when set, else at the top of the checkout when run"
        " from one, else under the user data directory (`$XDG_DATA_HOME/portrait-ia`, by"
        " default `~/.local/share/portrait-ia`).",
    ),
    Setting(
        "embedder",
        "use-multilingual",
        "Embedding model: use-multilingual, e5-small, minilm, or st:PATH (a local"
        " sentence-transformers model folder).",
    ),
    Setting(
        "chroma_host",
        "",
        "Chroma server host (`chroma run`); empty: the index is an embedded store in `index_dir`.",
    ),
    Setting("chroma_port", 8000, "Chroma server port (with `chroma_host`).", int),
    Setting(
        "chroma_timeout",
        5.0,
        "Seconds to wait for each answer of the Chroma server (with `chroma_host`) before a clear"
        " error instead of a hang (a frozen or overloaded server); a build's writes (up to 1,000"
        " rows each) may take 12 times as long.",
        seconds,
    ),
    Setting(
        "max_rows_without_index",
        20_000,
        "Most rows `ask`, `chat` and the Python API embed before answering when the index is"
        " missing or the data changed (only a question that needs the search waits; exact"
        " questions never do). Above it, such a question is told to run `portrait-ia index` first;"
        " 0: never embed before answering. `serve` builds in the background whatever the size.",
        row_count,
        metavar="ROWS",
    ),
    Setting("top_k", 5, "How many initiatives a topic answer shows at most.", int),
    Setting(
        "min_score",
        -1.0,
        "Dense similarity (cosine) at which a row matches on its meaning alone;"
        " a negative value means the embedder's calibrated default.",
        float,
    ),
    Setting(
        "llm",
        "none",
        "Language model that words the answers: none (extractive templates, offline), cohere,"
        " openai (any OpenAI-compatible server) or ollama. Figures and citations stay the"
        " assistant's and are checked; on any failure the extractive answer is given.",
    ),
    Setting(
        "model",
        "",
        "Model name for `llm`; empty: the provider's default (cohere: command-r-08-2024, openai:"
        " gpt-4o-mini, ollama: llama3.1).",
    ),
    Setting(
        "base_url",
        "",
        "Server URL for `llm`, e.g. http://127.0.0.1:8000/v1 (OpenAI-compatible) or"
        " http://localhost:11434 (Ollama); empty: the provider's default.",
    ),
    Setting(
        "llm_timeout",
        30.0,
        "Seconds to wait for the language model before giving the extractive answer.",
        float,
    ),
    Setting(
        "llm_stream",
        False,
        "Ask the language model to stream its answer (yes/no); the answer is checked before it"
        " is shown either way.",
        yes_no,
    ),
    Setting(
        "understander",
        "rules",
        "Who turns a question into a plan: rules (default, offline) or llm (the language model of"
        " `llm` writes the plan, each value checked against the register before pandas runs it;"
        " on any failure the rules' plan stands, and the answer says which understood it).",
    ),
    Setting("host", "127.0.0.1", "Address the chat UI binds to."),
    Setting("port", 7860, "Port of the chat UI.", int),
    Setting(
        "workers",
        "auto",
        "Processes that answer questions in `serve`, each with its own copy of the register and"
        " index. `auto`: with a language model (`llm`), one per CPU core but one (the server's"
        " own), at least 1; without one, none (answers take milliseconds and the server's own"
        " threads answer as fast, in less memory). 0: none, answers in the server's own threads.",
        worker_count,
    ),
    Setting(
        "auth",
        "",
        "Login for the chat UI: `user:password`, or the path of a file with one `user:password`"
        " per line; empty: no login (a warning is printed when `host` is not a loopback address).",
    ),
    Setting(
        "log_questions",
        False,
        "Write question text to the log (yes/no); off by default for privacy: logs then hold"
        " only timings, intents and row counts.",
        yes_no,
    ),
    Setting(
        "audit_log",
        "",
        "JSON Lines file that records every answer (question, answer, cited rows, data file and"
        " its sha256, configuration) for deployments that must keep an audit trail; empty: off.",
    ),
    Setting(
        "feedback_file",
        "artifacts/feedback/feedback.jsonl",
        "Where the chat UI appends thumbs up/down feedback (JSON Lines; relative to the working directory).",
    ),
)
BY_NAME = {s.name: s for s in SETTINGS}
LLM_SETTINGS = ("llm", "model", "base_url", "llm_timeout", "llm_stream")  # the language-model ones
CONFIG_ENV = "PORTRAIT_IA_CONFIG"


class SettingsError(ValueError):
    pass


def _config_file() -> dict[str, Any]:
    path = Path(os.environ.get(CONFIG_ENV, "portrait-ia.toml"))
    if not path.exists():
        if CONFIG_ENV in os.environ:
            raise SettingsError(f"{CONFIG_ENV}={path} does not exist: create it or unset the variable")
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"cannot read the config file {path}: {exc}") from exc
    unknown = sorted(set(data) - set(BY_NAME))
    if unknown:
        raise SettingsError(
            f"unknown setting(s) in {path}: {', '.join(unknown)}; known: {', '.join(BY_NAME)}"
        )
    return data


def resolve(overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """All settings' values, from flags (`overrides`, None = not given), env, config, defaults."""
    overrides = overrides or {}
    config = _config_file()
    return {s.name: _value(s, overrides.get(s.name), config) for s in SETTINGS}


def add_arguments(parser: argparse.ArgumentParser, names: Sequence[str]) -> None:
    """One flag per setting of `names`, in a group that states the precedence. A flag left out
    is None, so `resolve(given(args, names))` falls back to the environment, config and default."""
    group = parser.add_argument_group("settings (flag > environment variable > portrait-ia.toml > default)")
    for name in names:
        s = BY_NAME[name]
        group.add_argument(
            s.flag,
            dest=name,
            type=str if s.repeatable else s.type,  # a list is checked once, by `resolve`
            action="append" if s.repeatable else "store",
            default=None,
            metavar=s.metavar or name.upper(),
            help=f"{s.help} [env {s.env}; default: {s.default}]",
        )


def given(args: argparse.Namespace, names: Sequence[str]) -> dict[str, Any]:
    """The flags of `names` as `resolve` overrides (None: not given on the command line)."""
    return {name: getattr(args, name, None) for name in names}


def value(name: str) -> Any:
    """One setting's value from the environment, config file or default: for a module that
    is not handed it as an argument (e.g. `chroma_timeout`, read by the Chroma client)."""
    return _value(BY_NAME[name], None, _config_file())


def _value(s: Setting, flag: Any, config: dict[str, Any]) -> Any:
    if flag is not None:
        raw, origin = flag, s.flag
    elif s.env in os.environ:
        raw, origin = os.environ[s.env], s.env
    elif s.name in config:
        raw, origin = config[s.name], "portrait-ia.toml"
    else:
        raw, origin = s.default, "default"
    try:
        return s.type(raw)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"{origin}: {s.name} must be {s.type.__name__}, got {raw!r}") from exc


def markdown_table() -> str:
    """The configuration table of docs/configuration.md (checked by a test, so docs cannot drift)."""
    lines = ["| Setting | Flag | Environment variable | Default | What it does |", "|---|---|---|---|---|"]
    for s in SETTINGS:
        default = s.default
        if CHECKOUT and isinstance(default, str) and default.startswith(str(CHECKOUT)):
            default = os.path.relpath(default, CHECKOUT)
        lines.append(f"| `{s.name}` | `{s.flag}` | `{s.env}` | `{default}` | {s.help} |")
    return "\n".join(lines)
