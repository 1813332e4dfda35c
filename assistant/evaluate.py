"""Evaluation harness: runs gold sets through the assistant and scores every answer.

    portrait-ia eval GOLD.jsonl [GOLD2.jsonl ...] [--compare CONFIG ...] [--min-accuracy X]
                     [--min-hit5 X] [--min-language X] [--min-refusal X] [--out DIR]
                     [--limit N] [--judge PROVIDER:MODEL]

Metrics are deterministic unless `--judge` is given. The run writes `result.json` (every case,
every metric) and `report.md` (tables per kind, language, intent and variant, charts, the
failures with question, expected and got) to `--out` (default `artifacts/eval/<timestamp>/`).
Exit status: 0, or 1 when a `--min-*` threshold is not met (checked on the first
configuration), or 2 on bad input (gold file, configuration, register, index).

Gold set format
---------------
JSON Lines: one case per line (blank lines are skipped).

| Key | Required | Meaning |
|---|---|---|
| `id` | yes | unique across the files of a run (a case repeated identically in another file, as the smoke set does, is counted once) |
| `language` | yes | `"fr"` or `"en"`, the question's language: the answer's `language` must be the same (checked on every case) |
| `question` | this or `turns` | the question |
| `turns` | this or `question` | a conversation, `["first question", ..., "judged question"]`: the turns are asked in order, each with the earlier ones as `history` (`[{"role": "user", "content": q}, {"role": "assistant", "content": answer}, ...]`); only the last one is scored |
| `kind` | yes | what is scored: `figure`, `rows`, `topic`, `refusal`, `text` or `language` |
| `expected` | yes | what the kind needs (below); `{}` for `refusal` and `language` |
| `intent` | no | the intent the answer must report (`assistant/plan.py`): intent accuracy |
| `variant` | no | `label` (the question uses the register's own label strings) or `paraphrase` (acronyms, everyday words, typos) |
| `source` | no | register file the expectations were computed on; a warning is printed when another one is loaded |
| `query` | no | how the expectation was computed, with plan.py's names (`filters`, `group_by`, `top_n`, `compare`) |
| `note`, `tags` | no | free text and a list of strings, copied to the report |

`expected`, by kind:

- `figure`: `{"count": n}`, the answer's `figures["count"]` must equal n; and/or
  `{"by": FIELD, "groups": [{"value": v, "labels": [fr, en], "count": n}, ...], "ordered": true}`:
  the answer's `ranking`, `breakdown` or `compare` groups must be the same groups (matched on
  the canonical value or either label) with the same counts, in decreasing order of count when
  `ordered` (tied groups in any order); groups the answer gives with a count of 0 are ignored.
  An optional `row_ids` list gives row precision and recall as well.
- `rows`: `{"row_ids": [...]}`: precision and recall of the rows the answer returns
  (`figures["row_ids"]` when present, otherwise its citations); correct when the sets are equal.
- `topic`: `{"relevant": [...]}`: hit@1, hit@5, MRR and recall@5 over the answer's citations
  in order (recall@5 = relevant rows among the first 5 / min(5, number of relevant rows));
  correct when hit@5.
- `refusal`: `{}`: correct when the answer's intent is `out_of_scope` or its text says the
  register does not record it, and it carries no figure. `{"missing_field": FIELD}`: the
  register has no such field (a register without statuses asked for a breakdown by status):
  correct when the answer reports `figures == {"missing_field": FIELD}` and says so.
- `text`: `{"contains": ["...", ...]}`: every string appears in the answer (accents, case and
  spacing ignored); used for definitions.
- `language`: `{}`: only the language is scored.

`probe.jsonl`'s format (`relevant` at the top level, no `kind`) is read as topic cases.

Configurations (`--compare`): `default` (the settings: flags, environment, config file),
`naive` (the LangChain baseline below), or `key=value` pairs separated by commas over the
settings `data`, `index_dir`, `embedder`, `top_k`, `min_score`, `llm`, `model`, `base_url`,
`llm_timeout`, `llm_stream` (e.g. `embedder=e5-small,top_k=10`, `naive,embedder=minilm`,
`llm=openai,base_url=http://127.0.0.1:8000/v1,model=my-model`). All run in one process; models
are loaded once. A configuration that changes the embedder or the data file gets its own index
under `artifacts/eval/index/`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .answer import Answer, Citation
from .labels import normalise
from .settings import LLM_SETTINGS
from .understand import detect_language

KINDS = ("figure", "rows", "topic", "refusal", "text", "language")
GROUP_KEYS = ("ranking", "breakdown", "compare")  # plan.py: where rank/breakdown/compare put groups
CONFIG_KEYS = ("data", "index_dir", "embedder", "top_k", "min_score", *LLM_SETTINGS)
CHROMA_KEYS = ("chroma_host", "chroma_port", "chroma_timeout")  # where the index lives; the same for every configuration
EVAL_SETTINGS = (*CONFIG_KEYS, "mapping", *CHROMA_KEYS)  # the settings flags `portrait-ia eval` takes
THRESHOLDS = {  # flag -> (metric of the overall summary, what it measures)
    "min_accuracy": ("figure_accuracy", "figure accuracy"),
    "min_hit5": ("hit@5", "topic hit@5"),
    "min_language": ("language", "language accuracy"),
    "min_refusal": ("refusal", "refusal accuracy"),
}
NAIVE_K = 5


class EvalError(ValueError):
    """Bad evaluation input (gold file, configuration, judge); the message says what to fix."""


# --- gold sets --------------------------------------------------------------------------------


@dataclass
class Case:
    id: str
    kind: str
    language: str
    turns: list[str]
    expected: dict[str, Any]
    intent: str | None = None
    variant: str | None = None
    source: str | None = None
    file: str = ""
    note: str = ""
    tags: list[str] = field(default_factory=list)

    @property
    def question(self) -> str:
        return self.turns[-1]

    @property
    def follow_up(self) -> bool:
        return len(self.turns) > 1


def load_gold(paths: Iterable[str | Path]) -> list[Case]:
    """Reads and checks gold files; raises EvalError naming the file, line and key at fault."""
    cases: list[Case] = []
    seen: dict[str, tuple[str, Case]] = {}
    for path in map(Path, paths):
        if not path.is_file():
            raise EvalError(f"{path}: gold file not found")
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvalError(f"{where}: not valid JSON ({exc.msg})") from None
            case = _case(record, where, path.name)
            if case.id in seen:
                first_where, first = seen[case.id]
                if _same(first, case):  # the smoke set repeats cases of the other files
                    continue
                raise EvalError(f"{where}: id {case.id!r} already used at {first_where}")
            seen[case.id] = (where, case)
            cases.append(case)
    return cases


def _same(a: Case, b: Case) -> bool:
    keys = ("kind", "language", "turns", "expected", "intent")
    return all(getattr(a, k) == getattr(b, k) for k in keys)


def _case(record: Any, where: str, file: str) -> Case:
    if not isinstance(record, dict):
        raise EvalError(f"{where}: a case must be a JSON object")
    if "kind" not in record and isinstance(record.get("relevant"), list):  # probe.jsonl's format
        record = {**record, "kind": "topic", "expected": {"relevant": record["relevant"]}}
    for key in ("id", "language", "kind"):
        if not record.get(key):
            raise EvalError(f"{where}: missing {key!r}")
    if record["language"] not in ("fr", "en"):
        raise EvalError(f"{where}: language must be 'fr' or 'en', got {record['language']!r}")
    if record["kind"] not in KINDS:
        raise EvalError(f"{where}: kind must be one of {', '.join(KINDS)}; got {record['kind']!r}")
    turns = record.get("turns") or ([record["question"]] if record.get("question") else [])
    if not turns or not all(isinstance(t, str) and t.strip() for t in turns):
        raise EvalError(f"{where}: give 'question' (a string) or 'turns' (a list of strings)")
    expected = record.get("expected", {})
    if not isinstance(expected, dict):
        raise EvalError(f"{where}: 'expected' must be an object")
    needs = {"rows": ("row_ids",), "topic": ("relevant",), "text": ("contains",)}
    for key in needs.get(record["kind"], ()):
        if not isinstance(expected.get(key), list):
            raise EvalError(f"{where}: a {record['kind']} case needs expected.{key} (a list)")
    if record["kind"] == "figure" and "count" not in expected and "groups" not in expected:
        raise EvalError(f"{where}: a figure case needs expected.count or expected.groups")
    return Case(
        id=str(record["id"]),
        kind=record["kind"],
        language=record["language"],
        turns=list(turns),
        expected=expected,
        intent=record.get("intent"),
        variant=record.get("variant"),
        source=record.get("source"),
        file=file,
        note=record.get("note", ""),
        tags=list(record.get("tags", [])),
    )


def spread(cases: Sequence[Case], limit: int | None) -> list[Case]:
    """`limit` cases evenly spaced over the set (deterministic), so every kind stays represented."""
    if not limit or limit >= len(cases):
        return list(cases)
    step = len(cases) / limit
    return [cases[int(i * step)] for i in range(limit)]


# --- scoring ----------------------------------------------------------------------------------

_REFUSAL = re.compile(
    r"\bne (le |la |les |l')?(contient|recense|precise|indique|consigne|renseigne|mentionne|"
    r"donne|fournit|documente|comprend|couvre|inclut|repertorie|dit|traite)\b[^.]{0,60}?"
    r"\b(pas|aucun|aucune|rien)\b"
    r"|\bn'(indique|inclut|inscrit|est|a|contient|recense|enregistre|precise|consigne|"
    r"mentionne|documente|comprend|couvre|repertorie)\b[^.]{0,60}?\b(pas|aucun|aucune|rien)\b"
    r"|\baucune? (information|donnee|renseignement)"
    r"|\b(does not|doesn't|do not|don't) (record|say|contain|include|list|track|report|"
    r"provide|cover|give|hold|mention|state|have|collect)"
    r"|\bnot (recorded|included|listed|covered|available|reported|tracked|collected)\b"
    r"|\bno (information|data|record|initiative)s?\b|\bhas no\b"
    r"|\bout of scope\b|\bhors (du )?(champ|portee)\b"
)


def says_not_recorded(text: str) -> bool:
    """True when the answer says the register does not hold what was asked (FR or EN)."""
    return bool(_REFUSAL.search(normalise(text)))


def has_figures(figures: dict[str, Any]) -> bool:
    return any(value not in (None, "", [], {}) for value in (figures or {}).values())


def loaded_registers(answerer: Any) -> list[Any]:
    """Every file the answerer reads (several with --data 2024 --data 2025), oldest first."""
    registers = getattr(answerer, "registers", None)
    if registers:
        return list(registers)
    register = getattr(answerer, "register", None)
    return [register] if register is not None else []


def register_vocabulary(registers: Sequence[Any]) -> list[str]:
    """The registers' own French strings (names, bodies, portfolios, labels), longest first:
    an English answer quotes them as they are, so they say nothing of its language."""
    values = {
        str(v)
        for register in registers
        for col in ("name", "body", "portfolio", "category", "status")
        for v in register.df[col]
    }
    return sorted((v for v in values if len(v) > 3), key=len, reverse=True)


def answer_text_language(text: str, vocabulary: Sequence[str] = ()) -> str | None:
    """The language of the answer's own words, without list items, quotes, brackets and the
    register's strings; None when too few words remain to tell."""
    kept = [line for line in text.splitlines() if not re.match(r"\s*([-*•|]|\d+[.)])", line)]
    words = " ".join(kept)
    for value in vocabulary:
        if value in words:
            words = words.replace(value, " ")
    words = re.sub(r"«[^»]*»|\"[^\"]*\"|\([^)]*\)|\[[^\]]*\]|`[^`]*`", " ", words)
    if len(re.findall(r"[^\W\d_]{3,}", words)) < 6:
        return None
    return detect_language(words)


def precision_recall(returned: Sequence[int], expected: Iterable[int]) -> tuple[float, float]:
    got, want = set(returned), set(expected)
    hits = len(got & want)
    precision = hits / len(got) if got else (1.0 if not want else 0.0)
    recall = hits / len(want) if want else 1.0
    return round(precision, 4), round(recall, 4)


def topic_metrics(ranked: Sequence[int], relevant: Iterable[int], k: int = 5) -> dict[str, float]:
    """hit@1, hit@k, MRR and recall@k (capped: divided by min(k, number of relevant rows))."""
    relevant = set(relevant)
    ranked = list(dict.fromkeys(ranked))
    first = next((i for i, rid in enumerate(ranked, start=1) if rid in relevant), None)
    top = set(ranked[:k]) & relevant
    return {
        "hit@1": float(bool(ranked) and ranked[0] in relevant),
        f"hit@{k}": float(bool(top)),
        "mrr": round(1.0 / first, 4) if first else 0.0,
        f"recall@{k}": round(len(top) / min(k, len(relevant)), 4) if relevant else 0.0,
    }


def _group_names(group: dict[str, Any]) -> set[str]:
    names = {normalise(str(group.get("value", ""))), normalise(str(group.get("label", "")))}
    names |= {normalise(str(label)) for label in group.get("labels", [])}
    return names - {""}


def check_groups(expected: dict[str, Any], figures: dict[str, Any]) -> list[str]:
    """Problems (empty = right) between the expected groups and the answer's groups."""
    got = next((figures[k] for k in GROUP_KEYS if isinstance(figures.get(k), list)), None)
    if got is None:
        return [f"no {'/'.join(GROUP_KEYS)} in figures"]
    wanted = expected["groups"]
    names = [_group_names(g) for g in wanted]
    problems, matched, counts = [], set(), []
    for group in got:
        if not isinstance(group, dict):
            return [f"group {group!r} is not an object"]
        index = next((i for i, n in enumerate(names) if n & _group_names(group)), None)
        count = group.get("count")
        if index is None:
            if count != 0:
                problems.append(f"unexpected group {group.get('value') or group.get('label')!r}")
            continue
        if index in matched:
            problems.append(f"group {wanted[index]['value']!r} given twice")
        matched.add(index)
        counts.append(count)
        if count != wanted[index]["count"]:
            problems.append(f"{wanted[index]['value']!r}: {count!r} ≠ {wanted[index]['count']}")
    problems += [
        f"missing group {wanted[i]['value']!r}" for i in range(len(wanted)) if i not in matched
    ]
    if expected.get("ordered", True) and not problems:
        if any(not isinstance(c, int | float) for c in counts) or counts != sorted(
            counts, reverse=True
        ):
            problems.append("groups not in decreasing order of count")
    return problems


def check_figure(expected: dict[str, Any], figures: dict[str, Any]) -> list[str]:
    problems = []
    if "count" in expected:
        got = figures.get("count")
        if isinstance(got, bool) or not isinstance(got, int | float) or got != expected["count"]:
            problems.append(f"count {got!r} ≠ {expected['count']}")
    if "groups" in expected:
        problems += check_groups(expected, figures)
    return problems


def returned_rows(answer: Answer) -> list[int]:
    """The rows an answer returns: all of them (`figures["row_ids"]`) when it gives them,
    otherwise the rows it cites."""
    ids = answer.figures.get("row_ids") if isinstance(answer.figures, dict) else None
    if isinstance(ids, list):
        return [int(i) for i in ids]
    return list(dict.fromkeys(c.row_id for c in answer.citations))


def score(
    case: Case, answer: Answer, vocabulary: Sequence[str] = ()
) -> tuple[bool, dict[str, Any], list[str]]:
    """(passed, metrics, problems) of one answer. `passed` is the case kind's own check; the
    metrics hold every check the case supports (language always, intent when given, ...).
    `vocabulary`: the register's strings, ignored when the answer's wording is checked."""
    checks: dict[str, Any] = {}
    problems: list[str] = []
    text_language = answer_text_language(answer.answer, vocabulary)
    checks["language"] = answer.language == case.language and text_language in (None, case.language)
    if not checks["language"]:
        problems.append(f"language {answer.language!r} (text: {text_language}) ≠ {case.language!r}")
    if case.intent:
        checks["intent"] = answer.intent == case.intent
        if not checks["intent"]:
            problems.append(f"intent {answer.intent!r} ≠ {case.intent!r}")
    expected = case.expected
    if isinstance(expected.get("row_ids"), list):
        checks["precision"], checks["recall"] = precision_recall(
            returned_rows(answer), expected["row_ids"]
        )
    if case.kind == "figure":
        figure_problems = check_figure(expected, answer.figures or {})
        checks["figure"] = not figure_problems
        problems += figure_problems
    elif case.kind == "rows":
        checks["rows"] = checks["precision"] == 1.0 and checks["recall"] == 1.0
        if not checks["rows"]:
            problems.append(f"rows: precision {checks['precision']}, recall {checks['recall']}")
    elif case.kind == "topic":
        checks.update(topic_metrics([c.row_id for c in answer.citations], expected["relevant"]))
        if not checks["hit@5"]:
            problems.append("no relevant row among the first 5 citations")
    elif case.kind == "refusal":
        declined = answer.intent == "out_of_scope" or says_not_recorded(answer.answer)
        figures = dict(answer.figures or {})
        field_name = figures.pop("missing_field", None)  # the reason of the refusal, not a figure
        checks["refusal"] = declined and not has_figures(figures)
        if not declined:
            problems.append("does not say the register does not record it")
        if has_figures(figures):
            problems.append("carries figures")
        if expected.get("missing_field") and field_name != expected["missing_field"]:
            checks["refusal"] = False
            problems.append(f"missing field {field_name!r} ≠ {expected['missing_field']!r}")
    elif case.kind == "text":
        text = normalise(answer.answer)
        missing = [s for s in expected["contains"] if normalise(s).rstrip(" .") not in text]
        checks["text"] = not missing
        problems += [f"missing text {s[:60]!r}" for s in missing]
    primary = {"topic": "hit@5"}.get(case.kind, case.kind)
    return bool(checks[primary]), checks, problems


# --- answerers: our assistant and the naive baseline ------------------------------------------


class Answerer(Protocol):
    def ask(self, question: str, history: list[dict[str, str]] | None = None) -> Answer: ...


_HOW_MANY = re.compile(r"\b(combien|how many|nombre d|number of)", re.IGNORECASE)
_NAIVE_TEXT = {
    "fr": ("Voici les {n} initiatives du registre ({source}) les plus proches de votre question :",
           "- « {name} » — {body} [{row_id}]"),
    "en": ("Here are the {n} initiatives of the register ({source}) closest to your question:",
           '- "{name}" — {body} [{row_id}]'),
}  # fmt: skip


class NaiveRAG:
    """The textbook RAG baseline: top-k dense retrieval stuffed into a template.

    A LangChain Runnable, `{docs: retriever, question} | format`, over the same Chroma index as
    the assistant. No intent, no filters, no gate, no memory: intent is always "search", and a
    "how many" question gets the number of rows it retrieved (what a naive RAG counts).
    """

    name = "naive"

    def __init__(
        self, vectorstore: Any, k: int = NAIVE_K, *, register: Any = None, embedder: Any = None
    ) -> None:
        from operator import itemgetter

        from langchain_core.runnables import RunnableLambda, RunnableParallel

        self.register, self.embedder = register, embedder  # for the report and the judge
        retriever = vectorstore.as_retriever(search_kwargs={"k": k})
        self.chain = RunnableParallel(
            docs=itemgetter("question") | retriever, question=itemgetter("question")
        ) | RunnableLambda(self._format, name="stuff")

    @staticmethod
    def _format(state: dict[str, Any]) -> Answer:
        question, docs = state["question"], state["docs"]
        language = detect_language(question)
        intro, item = _NAIVE_TEXT[language]
        source = docs[0].metadata.get("source", "") if docs else ""
        citations = [
            Citation(int(d.metadata["row_id"]), str(d.metadata.get("source", "")),
                     str(d.metadata.get("name", "")), str(d.metadata.get("body", "")))
            for d in docs
        ]  # fmt: skip
        lines = [intro.format(n=len(citations), source=source)]
        lines += [item.format(name=c.name, body=c.body, row_id=c.row_id) for c in citations]
        figures = {"count": len(citations)} if _HOW_MANY.search(question) else {}
        return Answer("\n".join(lines), language, "search", citations=citations, figures=figures)

    def ask(self, question: str, history: list[dict[str, str]] | None = None) -> Answer:
        return self.chain.invoke({"question": question})


@dataclass
class Configuration:
    name: str
    naive: bool = False
    overrides: dict[str, Any] = field(default_factory=dict)


def parse_configuration(spec: str) -> Configuration:
    """`default`, `naive`, or `key=value,...` (optionally with `naive,`) over CONFIG_KEYS."""
    from .settings import BY_NAME

    config = Configuration(name=spec.strip())
    if spec.strip().endswith(".jsonl"):
        raise EvalError(
            f"--compare {spec!r}: looks like a gold file; put gold files before --compare"
        )
    for part in filter(None, (p.strip() for p in spec.split(","))):
        if part in ("naive", "default"):
            config.naive = config.naive or part == "naive"
            continue
        key, sep, value = part.partition("=")
        key = key.strip().replace("-", "_")
        if not sep or key not in CONFIG_KEYS:
            raise EvalError(
                f"--compare {spec!r}: {part!r} is not a setting; use 'default', 'naive' or "
                f"key=value with key one of {', '.join(CONFIG_KEYS)}"
            )
        try:
            config.overrides[key] = BY_NAME[key].type(value.strip())
        except ValueError:
            raise EvalError(
                f"--compare {spec!r}: {key} must be {BY_NAME[key].type.__name__}"
            ) from None
    if not config.name:
        raise EvalError("--compare: empty configuration")
    return config


class Answerers:
    """Builds the answerer of each configuration, sharing registers, models and indexes."""

    def __init__(self, base: dict[str, Any] | None = None, *, progress: bool = False) -> None:
        from .settings import resolve

        self.base_overrides = {k: v for k, v in (base or {}).items() if v is not None}
        self.base = resolve(self.base_overrides)
        self.progress = progress
        self._assistants: dict[tuple, Any] = {}

    def settings(self, config: Configuration) -> dict[str, Any]:
        from .settings import resolve

        values = resolve({**self.base_overrides, **config.overrides})
        moved = values["embedder"] != self.base["embedder"] or values["data"] != self.base["data"]
        if moved and "index_dir" not in config.overrides:
            slug = re.sub(r"[^\w.-]+", "-", f"{Path(values['data'][-1]).stem}-{values['embedder']}")
            values["index_dir"] = str(Path("artifacts") / "eval" / "index" / slug)
        return values

    def build(self, config: Configuration) -> Answerer:
        from .api import Assistant

        values = self.settings(config)
        key = tuple(tuple(v) if isinstance(v := values[k], list) else v for k in CONFIG_KEYS)
        if config.naive:
            base = next((a for k, a in self._assistants.items() if k[:3] == key[:3]), None)
            if base is not None:
                index, register = base.index, base.register
            else:
                from .embeddings import get_embedder
                from .index import open_or_build
                from .register import combine, load_registers

                registers = load_registers(values["data"], values["mapping"])
                register = registers[-1]
                embedder = get_embedder(values["embedder"])
                index, _ = open_or_build(
                    combine(registers), embedder, values["index_dir"], progress=self.progress,
                    **{k: values[k] for k in CHROMA_KEYS},
                )
            k = config.overrides.get("top_k", NAIVE_K)
            return NaiveRAG(index.vectorstore, k=k, register=register, embedder=index.embedder)
        if key not in self._assistants:
            self._assistants[key] = Assistant(
                values["data"], index_dir=values["index_dir"], embedder=values["embedder"],
                top_k=values["top_k"], min_score=values["min_score"], progress=self.progress,
                mapping=values["mapping"], **{k: values[k] for k in (*LLM_SETTINGS, *CHROMA_KEYS)},
            )  # fmt: skip
        return self._assistants[key]


# --- optional LLM-as-judge --------------------------------------------------------------------

JUDGE_PROMPT = """You grade an answer given by an assistant over a public register of AI \
initiatives. Judge each numbered sentence of the answer: is it supported by the register rows \
below (true) or not (false)? Then rate how well the answer addresses the question, from 0 (not \
at all) to 1 (fully).

Question: {question}

Answer sentences:
{sentences}

Register rows cited by the answer:
{rows}

Reply with JSON only: {{"supported": [true or false for each sentence, in order], "relevance": a number from 0 to 1}}"""


def load_judge_model(spec: str) -> Any:
    """A LangChain chat model from `PROVIDER:MODEL` (its LangChain package and key must be set)."""
    try:
        from langchain.chat_models import init_chat_model

        return init_chat_model(spec, temperature=0)
    except Exception as exc:  # missing package, unknown provider, missing key: one clear line
        raise EvalError(
            f"--judge {spec!r}: {exc}. Give PROVIDER:MODEL (e.g. openai:gpt-4o-mini, "
            "ollama:llama3.1, cohere:command-r) with the provider's LangChain package installed "
            "and its API key set."
        ) from None


def split_sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?:;])\s+|\n+", text)
    return [p.strip() for p in parts if len(p.strip()) > 2]


class Judge:
    """Faithfulness (share of the answer's sentences supported by its cited rows) and answer
    relevance (0-1), asked of any LangChain chat model; one call per case."""

    def __init__(self, model: Any, registers: Any = None) -> None:
        self.model = model
        # One register or several files: a citation's row is read from the file it names.
        self.registers = list(registers) if isinstance(registers, (list, tuple)) else [r for r in [registers] if r is not None]

    def _row(self, citation: Citation) -> str:
        for register in self.registers:
            if register.source != citation.source and len(self.registers) > 1:
                continue
            try:
                row = register.row(citation.row_id)
                return (f"[{citation.row_id}] {row['name']} | {row['body']} | {row['category']} | "
                        f"{row['status']} | {row['portfolio']} | {row['benefits']}")  # fmt: skip
            except KeyError:
                pass
        return f"[{citation.row_id}] {citation.name} | {citation.body}"

    def assess(self, question: str, answer: Answer) -> dict[str, Any]:
        sentences = split_sentences(answer.answer)
        prompt = JUDGE_PROMPT.format(
            question=question,
            sentences="\n".join(f"{i}. {s}" for i, s in enumerate(sentences, start=1)),
            rows="\n".join(self._row(c) for c in answer.citations) or "(none)",
        )
        reply = self.model.invoke(prompt)
        content = getattr(reply, "content", reply)
        match = re.search(r"\{.*\}", content if isinstance(content, str) else str(content), re.S)
        try:
            data = json.loads(match.group(0)) if match else None
            supported = [bool(s) for s in data["supported"]]
            relevance = min(1.0, max(0.0, float(data["relevance"])))
        except (ValueError, TypeError, KeyError):
            return {"error": f"unreadable judge reply: {str(content)[:120]!r}"}
        unsupported = [s for s, ok in zip(sentences, supported, strict=False) if not ok]
        return {
            "faithfulness": round(sum(supported) / len(supported), 4) if supported else None,
            "relevance": round(relevance, 4),
            "unsupported": unsupported[:5],
        }


# --- running ----------------------------------------------------------------------------------


@dataclass
class CaseResult:
    id: str
    file: str
    kind: str
    language: str
    intent: str | None
    variant: str | None
    follow_up: bool
    turns: list[str]
    passed: bool
    checks: dict[str, Any]
    problems: list[str]
    expected: dict[str, Any]
    got: dict[str, Any]
    latency_ms: float | None
    error: str | None = None
    judge: dict[str, Any] | None = None

    @property
    def question(self) -> str:
        return self.turns[-1]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _got(answer: Answer) -> dict[str, Any]:
    plan = getattr(answer, "plan", None)
    return {
        "intent": answer.intent,
        "language": answer.language,
        "figures": answer.figures,
        "row_ids": answer.row_ids,
        "answer": answer.answer,
        "plan": plan.to_dict() if hasattr(plan, "to_dict") else None,
        **({"composer": answer.composer} if getattr(answer, "composer", None) else {}),
    }


def run_case(
    case: Case, answerer: Answerer, judge: Judge | None = None, vocabulary: Sequence[str] = ()
) -> CaseResult:
    history: list[dict[str, str]] = []
    result = CaseResult(
        case.id, case.file, case.kind, case.language, case.intent, case.variant, case.follow_up,
        case.turns, False, {}, [], case.expected, {}, None,
    )  # fmt: skip
    try:
        for question in case.turns[:-1]:
            earlier = answerer.ask(question, history=list(history))
            history += [
                {"role": "user", "content": question},
                {"role": "assistant", "content": earlier.answer},
            ]
        started = time.perf_counter()
        answer = answerer.ask(case.question, history=list(history))
        result.latency_ms = round((time.perf_counter() - started) * 1000, 2)
    except Exception as exc:  # one broken answer must not stop the run: it is a failure
        result.error = f"{type(exc).__name__}: {exc}"
        result.problems = [result.error]
        result.checks = {"language": False}
        return result
    result.passed, result.checks, result.problems = score(case, answer, vocabulary)
    result.got = _got(answer)
    if judge is not None:
        try:
            result.judge = judge.assess(case.question, answer)
        except Exception as exc:  # the judge is optional: its failures are reported, not fatal
            result.judge = {"error": f"{type(exc).__name__}: {exc}"}
    return result


def run_cases(
    cases: Sequence[Case],
    answerer: Answerer,
    *,
    judge: Judge | None = None,
    on_case: Callable[[CaseResult], None] | None = None,
) -> list[CaseResult]:
    vocabulary = register_vocabulary(loaded_registers(answerer))
    results = []
    for case in cases:
        results.append(run_case(case, answerer, judge, vocabulary))
        if on_case:
            on_case(results[-1])
    return results


@dataclass
class Run:
    """One configuration's results on the gold set."""

    name: str
    results: list[CaseResult]
    seconds: float
    info: dict[str, Any] = field(default_factory=dict)


# --- command line -----------------------------------------------------------------------------

EXAMPLES = """examples:
  portrait-ia eval data/eval/gold_smoke.jsonl
  portrait-ia eval data/eval/gold_*.jsonl --compare default naive --min-hit5 0.9
  portrait-ia eval data/eval/gold_topics.jsonl --compare default embedder=e5-small,top_k=10
  portrait-ia eval data/eval/gold_generated.jsonl --min-accuracy 0.95 --out artifacts/eval/ci
"""


def _fraction(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text}")
    return value


def add_eval_command(subparsers: Any) -> None:
    """Adds `eval` to the `portrait-ia` sub-commands (cli.py dispatches it to run_eval_command)."""
    from .cli import _add_settings

    p = subparsers.add_parser(
        "eval",
        help="score the assistant on gold sets: figures, rows, topics, refusals, language",
        description="Runs gold sets (JSONL; format in the README) through the assistant and "
        "scores every answer; writes result.json and report.md.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("gold", nargs="+", metavar="GOLD.jsonl", help="gold set file(s)")
    p.add_argument("--compare", nargs="+", metavar="CONFIG",
                   help="configurations run side by side: default, naive, or key=value,... over "
                   f"{', '.join(CONFIG_KEYS)} (e.g. embedder=e5-small,top_k=10)")  # fmt: skip
    for flag, (_, what) in THRESHOLDS.items():
        p.add_argument("--" + flag.replace("_", "-"), type=_fraction, metavar="X",
                       help=f"exit with status 1 when the {what} of the first configuration is below X")  # fmt: skip
    p.add_argument(
        "--out", metavar="DIR", help="output folder (default: artifacts/eval/<timestamp>/)"
    )
    p.add_argument(
        "--limit", type=int, metavar="N", help="only N cases, evenly spaced over the set"
    )
    p.add_argument("--judge", metavar="PROVIDER:MODEL",
                   help="also grade faithfulness and relevance with this LangChain chat model")  # fmt: skip
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    _add_settings(p, EVAL_SETTINGS)


def run_eval_command(args: argparse.Namespace) -> int:
    from . import eval_report
    from .embeddings import EmbedderError
    from .index import IndexError_
    from .register import RegisterError
    from .settings import SettingsError

    try:
        cases = spread(load_gold(args.gold), args.limit)
        configs = [parse_configuration(s) for s in (args.compare or ["default"])]
        judge_model = load_judge_model(args.judge) if args.judge else None
        progress = not args.quiet and sys.stderr.isatty()
        answerers = Answerers({k: getattr(args, k, None) for k in EVAL_SETTINGS}, progress=progress)
        runs = [evaluate_configuration(c, cases, answerers, judge_model, progress) for c in configs]
    except (EvalError, RegisterError, EmbedderError, IndexError_, SettingsError) as exc:
        print(f"portrait-ia eval: error: {exc}", file=sys.stderr)
        return 2
    thresholds = {k: getattr(args, k) for k in THRESHOLDS if getattr(args, k, None) is not None}
    out = Path(args.out or Path("artifacts") / "eval" / time.strftime("%Y%m%d-%H%M%S"))
    result = eval_report.build_result(runs, cases, args.gold, thresholds)
    paths = eval_report.write(out, result)
    print(eval_report.console_summary(result))
    for run in runs:
        if run.info.get("llm"):
            m = run.info["llm"]
            print(f"{run.name}: {m['composer']}: {m['worded']}/{m['answers']} answers worded by the model, "
                  f"{m['fallbacks']} fallbacks{' ' + str(m['fallback_reasons']) if m['fallbacks'] else ''} "
                  f"(rate {m['fallback_rate']}), "
                  f"citation validity {m['citation_validity']}")  # fmt: skip
    print(f"\nWrote {paths[0]} and {paths[1]}")
    for failure in result["threshold_failures"]:
        print(f"portrait-ia eval: threshold not met: {failure}", file=sys.stderr)
    return 1 if result["threshold_failures"] else 0


def evaluate_configuration(
    config: Configuration,
    cases: Sequence[Case],
    answerers: Answerers,
    judge_model: Any,
    progress: bool,
) -> Run:
    started = time.perf_counter()
    answerer = answerers.build(config)
    setup = time.perf_counter() - started
    registers = loaded_registers(answerer)
    register = registers[-1] if registers else None  # the newest file: what the report names
    sources = {c.source for c in cases if c.source}
    loaded = {r.source for r in registers}
    if registers and sources - loaded:
        print(f"portrait-ia eval: warning: gold cases were computed on {', '.join(sorted(sources))}, "
              f"the files loaded are {', '.join(sorted(loaded))}: expected figures may not apply", file=sys.stderr)  # fmt: skip
    judge = Judge(judge_model, registers) if judge_model is not None else None
    from tqdm import tqdm

    with tqdm(total=len(cases), desc=config.name, unit="case", disable=not progress) as bar:
        started = time.perf_counter()
        results = run_cases(cases, answerer, judge=judge, on_case=lambda _: bar.update(1))
    info = {"setup_s": round(setup, 2)}
    if register is not None:
        info.update(register=register.source, rows=len(register), sha256=register.sha256[:12])
    embedder = getattr(answerer, "embedder", None)
    if embedder is not None:
        info["embedder"] = embedder.model_id
    composer = getattr(answerer, "composer", None)
    if composer is not None and hasattr(composer, "stats"):
        info["llm"] = llm_summary(results, composer.name)
    return Run(config.name, results, round(time.perf_counter() - started, 2), info)


def llm_summary(results: Sequence[CaseResult], name: str) -> dict[str, Any]:
    """How the language model did on the judged answers: how many it worded, how many fell
    back and why, and citation validity (share of its replies whose citations all point at rows
    it was given; replies = worded + fallbacks after a reply)."""
    composers = [r.got.get("composer") for r in results if r.got.get("composer")]
    reasons = Counter(str(c["fallback"]).split(":", 1)[0] for c in composers if c.get("fallback"))
    worded = sum(1 for c in composers if str(c.get("name", "")).startswith("llm:"))
    replied = worded + sum(reasons[k] for k in ("invalid_citation", "invented_number", "unsupported", "empty"))
    fallbacks = sum(reasons.values())
    return {
        "composer": name, "answers": len(composers), "worded": worded, "fallbacks": fallbacks,
        "fallback_rate": round(fallbacks / len(composers), 4) if composers else None,
        "fallback_reasons": dict(reasons),
        "citation_validity": round(1 - reasons["invalid_citation"] / replied, 4) if replied else None,
    }
