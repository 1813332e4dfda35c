"""Gold cases for a register's typed fields (issue 16): every declared field asked in French and
English — flags (yes, negated, share, within an agency), labels (each value, a breakdown), dates
(in a year, since a year, each year) — with the expected figures computed by pandas over the
loaded table. Used by scripts/generate_gold.py (`Generator.generate`)."""

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
                gen.add("count", lang, negated, {"filters": {spec.key: ["no"]}}, variant="field", tags=[*tags, "negation"])
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
