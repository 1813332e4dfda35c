"""How much a question's plan depends on how it is typed: each single-turn figure question of
the dev halves is asked again greeted ("Bonjour, … Merci!"), for a briefing note, in small
letters, without accents, without its question mark and with two letters of one word swapped;
every plan that changes is printed, then the counts per perturbation.

    python scripts/perturbation_check.py qc  [FILES…]   # Québec register (default: natural*_dev)
    python scripts/perturbation_check.py us  [FILES…]   # US 2024 inventory
    python scripts/perturbation_check.py uk  [FILES…]   # UK ATRS records

Only the dev halves by default: the test halves are scored, never read. A changed plan is not
always a wrong one (a typo in a name may rightly lose it); the counts are a robustness measure
to drive down, by class of phrasing.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "data" / "eval"
REGISTERS = {
    "qc": ("data/portrait-ia-2025.csv", None, "natural*_dev*.jsonl", ("_us_", "_uk_", "naturalgc", "naturaldoi")),
    "us": ("data/registers/us-federal-2024/2024_consolidated_ai_inventory_raw_v2.csv", "us-federal-2024", "natural*_us_dev.jsonl", ()),
    "uk": ("data/registers/uk-atrs/atrs_records.csv", "uk-atrs", "natural*_uk_dev.jsonl", ()),
}


def _key(plan) -> tuple:
    sort = lambda d: {k: sorted(v) for k, v in d.items()}  # noqa: E731
    return (plan.intent, sort(plan.filters), sort(plan.exclude), plan.part, plan.group_by, plan.having,
            plan.claim, plan.topic.lower(), plan.top_n, plan.order, [w.lower() for w in plan.name_has])  # fmt: skip


def _unaccent(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def perturbations(question: str, language: str, rnd: random.Random) -> dict[str, str]:
    fr = language == "fr"
    out = {
        "greeting": ("Bonjour, " if fr else "Hi there, ") + question + (" Merci!" if fr else " Thanks!"),
        "for_whom": ("Pour une note au sous-ministre : " if fr else "For a briefing note to my DM: ") + question,
        "small_letters": question.lower(),
        "no_accents": _unaccent(question),
        "no_question_mark": question.rstrip(" ?"),
    }
    words = question.split()
    long = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha() and w.islower()]
    if long:
        i = rnd.choice(long)
        j = rnd.randrange(1, len(words[i]) - 2)
        w = words[i]
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        out["swapped_letters"] = " ".join(words)
    return out


def main(argv: list[str]) -> int:
    from assistant.register.load import load_register
    from assistant.understand.understander import Understander

    which = argv[0] if argv else "qc"
    data, mapping, pattern, skip = REGISTERS[which]
    files = [Path(a) for a in argv[1:]] or [p for p in sorted(EVAL.glob(pattern)) if not any(s in p.name for s in skip)]
    if any(p.name.endswith("_test.jsonl") for p in files):
        print("The test halves are scored, never read: pass dev files only.", file=sys.stderr)
        return 2
    register = load_register(ROOT / data, mapping) if mapping else load_register(ROOT / data)
    understand = Understander(register)
    rnd, tried, changed = random.Random(7), Counter(), Counter()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            if len(case["turns"]) != 1 or case.get("kind") != "figure":
                continue
            question = case["turns"][0]
            base = _key(understand(question))
            for name, typed in perturbations(question, case["language"], rnd).items():
                tried[name] += 1
                if (got := _key(understand(typed))) != base:
                    changed[name] += 1
                    print(f"[{name}] {case['id']}: {typed}\n    as written: {base}\n    as typed:   {got}")
    for name in tried:
        print(f"{name:>18}: {changed[name]:4d} / {tried[name]} plans changed")
    print(f"{'all':>18}: {sum(changed.values()):4d} / {sum(tried.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
