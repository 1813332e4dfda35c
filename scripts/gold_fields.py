"""Gold cases for a register's typed fields (issue 16): every declared field asked in French and
English — flags (yes, negated, share, within an agency), labels (each value, a breakdown), dates
(in a year, since a year, each year), numbers (sum, mean, min, max, within a body, by body, more
than an amount) — with the expected figures computed by pandas over the loaded table. Used by
scripts/generate_gold.py (`Generator.generate`)."""

from __future__ import annotations

from typing import Any

from assistant.register.fields import years_from


def _items(gen: Any, lang: str) -> str:
    if (own := gen.mapping.items.get(lang)) is not None:  # the mapping's [items]
        return own.many
    words = gen.mapping.wording.get(lang, {}).get("answers", {})
    return str(words.get("initiative_many") or ("initiatives" if lang == "fr" else "initiatives"))


def _share(df: Any, part: dict[str, list[str]]) -> dict[str, Any]:
    (key, values), = part.items()
    return {"share": {"numerator": int(df[key].isin(values).sum()), "denominator": len(df)}}


def field_cases(gen: Any) -> None:
    """Adds the typed-field cases to `gen` (a scripts/generate_gold.Generator)."""
    df = gen.df
    for spec in gen.mapping.fields:
        if spec.type == "number" and spec.key in df.columns:
            number_cases(gen, spec)
            continue
        if not spec.filterable or spec.key not in df.columns or spec.type == "multi":
            continue
        tags = ["field", spec.type]
        for lang in ("fr", "en"):
            items, names = _items(gen, lang), (spec.names_fr if lang == "fr" else spec.names_en)
            if not names:
                continue
            name = names[0]
            if spec.type == "date" and lang == "fr":  # « amorcés », agreeing with the items
                name = next((n for n in names if n.endswith("s")), name)
            if spec.type == "flag":
                asked = {
                    "fr": [f"Combien de {items} avec {name} ?", f"Combien de {items} ont {name} ?"],
                    "en": [f"How many {items} involve {name}?", f"How many {items} with {name} are there?"],
                }[lang]
                gen.add("count", lang, gen.rng.choice(asked), {"filters": {spec.key: ["yes"]}}, variant="field", tags=tags)
                negated = {"fr": f"Combien de {items} sans {name} ?", "en": f"How many {items} do not involve {name}?"}[lang]
                gen.add("count", lang, negated, {"exclude": {spec.key: ["yes"]}}, variant="field", tags=[*tags, "negation"])  # no and blank
                shared = {"fr": f"Quelle proportion des {items} ont {name} ?", "en": f"What share of {items} involve {name}?"}[lang]
                gen.add("share", lang, shared, {"part": {spec.key: ["yes"]}}, variant="field", tags=[*tags, "share"],
                        expected=_share(df, {spec.key: ["yes"]}))  # fmt: skip
                portfolio = gen.values("portfolio", 1)[0] if "portfolio" in gen.roles else None
                if portfolio:
                    ref = gen.portfolio_ref(portfolio, lang, False)
                    within = {"fr": f"Combien de {items} avec {name} dans {ref} ?", "en": f"How many {items} in {ref} involve {name}?"}[lang]
                    gen.add("count", lang, within, {"filters": {spec.key: ["yes"], "portfolio": [portfolio]}}, variant="field", tags=tags)
            elif spec.type == "label":
                present = set(df[spec.key])
                for label in [lb for lb in spec.values if lb.key in present]:
                    text = label.text(lang)
                    asked = {"fr": f"Combien de {items} : « {text} » ?", "en": f"How many {items} are \"{text}\"?"}[lang]
                    gen.add("count", lang, asked, {"filters": {spec.key: [label.key]}}, variant="field", tags=tags)
                by = {"fr": f"Répartition par {name}", "en": f"Breakdown by {name}"}[lang]
                gen.add("breakdown", lang, by, {"group_by": spec.key}, variant="field", tags=tags)
            elif spec.type == "date":
                years = sorted(v for v in set(df[spec.key]) if str(v).isdigit() and int(v) >= 2015)
                if not years:
                    continue
                year = years[-2] if len(years) > 1 else years[-1]
                asked = {"fr": f"Combien de {items} {name} en {year} ?", "en": f"How many {items} were {name} in {year}?"}[lang]
                gen.add("count", lang, asked, {"filters": {spec.key: [year]}}, variant="field", tags=tags)
                since = {"fr": f"Combien de {items} {name} depuis {years[-3] if len(years) > 2 else year} ?",
                         "en": f"How many {items} were {name} since {years[-3] if len(years) > 2 else year}?"}[lang]  # fmt: skip
                start = int(years[-3] if len(years) > 2 else year)
                kept = years_from([str(v) for v in set(df[spec.key]) if str(v).strip()], ">=", start)
                gen.add("count", lang, since, {"filters": {spec.key: kept}}, variant="field", tags=[*tags, "since"])
                each = {"fr": f"Combien de {items} {name} par année ?", "en": f"How many {items} were {name} each year?"}[lang]
                gen.add("breakdown", lang, each, {"group_by": spec.key}, variant="field", tags=[*tags, "by year"])


def _vowel(word: str) -> bool:
    return word[:1].lower() in "aâàeéèêiîoôuûyh"


def _of(name: str) -> str:
    """« du coût annuel », « de l'effectif »: French "of the" before a field's name."""
    return f"de l'{name}" if _vowel(name) else f"du {name}"


def _measured(values: Any, op: str) -> dict[str, Any]:
    """The expected figures of a measure: the rows with a value, the value, and for min/max the
    rows holding it (what the answer cites)."""
    values = values.dropna()
    expected: dict[str, Any] = {"count": len(values), "measure": {"op": op, "value": round(float(getattr(values, op)()), 6)}}
    if op in ("min", "max"):
        extreme = getattr(values, op)()
        expected["extremes"] = [int(i) for i in values.index[values == extreme]]
    return expected


def number_cases(gen: Any, spec: Any) -> None:
    """Sum, mean, min and max of a number field over the register and within its largest body, the
    mean by body, and the rows above an amount (its median, rounded), in French and English."""
    df = gen.df
    cells = df.set_index("row_id")[spec.key].astype(float)
    if cells.dropna().empty:
        return
    tags = ["field", "number"]
    body = gen.values("body", 1)[0] if "body" in gen.roles else None
    median = float(cells.dropna().median())
    threshold = float(f"{median:.2g}") if median >= 10 else median
    for lang in ("fr", "en"):
        names = spec.names_fr if lang == "fr" else spec.names_en
        if not names:
            continue
        name, items = names[0], _items(gen, lang)
        asked = {
            "sum": {"fr": f"Quel est le total {_of(name)} des {items} ?", "en": f"What is the total {name} of the {items}?"},
            "mean": {"fr": f"Quelle est la moyenne {_of(name)} des {items} ?", "en": f"What is the average {name} of the {items}?"},
            "max": {"fr": f"Quel est le {name} le plus élevé des {items} ?", "en": f"Which of the {items} has the highest {name}?"},
            "min": {"fr": f"Quel est le {name} le plus bas des {items} ?", "en": f"Which of the {items} has the lowest {name}?"},
        }  # fmt: skip
        for op, question in asked.items():
            gen.add("measure", lang, question[lang], {"measure": {"op": op, "field": spec.key}}, variant="field",
                    kind="figure", tags=[*tags, op], expected=_measured(cells, op))  # fmt: skip
        if body:
            ref = gen.body_ref(body, lang, False)
            within = {"fr": f"Quel est le total {_of(name)} des {items} de {ref} ?", "en": f"What is the total {name} of the {items} of {ref}?"}
            rows = cells[df.set_index("row_id")["body"] == body]
            gen.add("measure", lang, within[lang], {"measure": {"op": "sum", "field": spec.key}, "filters": {"body": [body]}},
                    variant="field", kind="figure", tags=[*tags, "sum"], expected=_measured(rows, "sum"))  # fmt: skip
            word = gen.field_word("body", lang)
            by = {"fr": f"Quelle est la moyenne {_of(name)} par {word} ?", "en": f"What is the average {name} by {word}?"}
            per = df.groupby("body")[spec.key].agg(["mean", "count"]).dropna()
            groups = [{"value": v, "labels": gen.group_labels("body", v), "count": int(r["count"]), "measure": round(float(r["mean"]), 6)}
                      for v, r in per.sort_values("mean", ascending=False).iterrows()]  # fmt: skip
            gen.add("measure", lang, by[lang], {"measure": {"op": "mean", "field": spec.key}, "group_by": "body"}, variant="field",
                    kind="figure", tags=[*tags, "mean", "by group"],
                    expected={"by": "body", "groups": groups, "ordered": False, **_measured(cells, "mean")})  # fmt: skip
        amount = f"{threshold:,.0f}".replace(",", "\u202f" if lang == "fr" else ",")
        de, a = ("d'" if _vowel(items) else "de "), ("an" if _vowel(name) else "a")
        over = {"fr": f"Combien {de}{items} ont un {name} de plus de {amount} ?", "en": f"How many {items} have {a} {name} of more than {amount}?"}
        ids = [int(i) for i in cells.index[cells > threshold]]
        gen.add("count", lang, over[lang], {"thresholds": [[spec.key, ">", threshold]]}, variant="field",
                tags=[*tags, "condition"], expected={"count": len(ids), "row_ids": ids})  # fmt: skip
