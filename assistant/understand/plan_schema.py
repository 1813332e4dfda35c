"""The Plan a language model may write: its JSON schema, and the check every value passes before
pandas runs it.

A model's reply is untrusted text. `PlanVocabulary(register, resolver)` knows one register's
values (its fields, label keys, portfolios and public bodies); `schema()` is the JSON schema the
model is asked to fill (LangChain's structured output), and `read(reply, question, asked)` turns
a reply into the Plan's fields or raises `InvalidPlan` naming the first value that is not the
register's: an unknown key or field, an operation outside the executor's closed set, a label or
body the register does not have, a topic word the question never used, a claimed figure the
question never stated. Nothing of the reply is run; it only selects among the executor's
operations, exactly as a rule plan does.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from assistant.operations import MEASURES, OPS
from assistant.register.labels import normalise
from assistant.register.mapping import load_mapping
from assistant.types import INTENTS
from assistant.understand.lexicon import fold
from assistant.understand.measures import amounts

if TYPE_CHECKING:
    from assistant.register.load import Register

FIELDS = ("body", "portfolio", "category", "status")
LABEL_FIELDS = ("category", "status")
SELECTIONS = ("filters", "exclude", "part", "part_exclude")
CLAIM_OPS = (*OPS, "~")
MAX_VALUES = 20  # values per field of a selection
MAX_TOPIC = 200  # characters
MAX_BODIES_LISTED = 400  # bodies named in the prompt; more are resolved from what the model writes
MAX_TYPED_VALUES = 60  # values of a typed field listed (and made an enum); more are checked all the same
# Words a body's or portfolio's name may carry around the part the resolver finds ("la RAMQ").
_FILLER = frozenset("l la le les de du des d a au aux the of".split())


class InvalidPlan(ValueError):
    """The model's plan cannot be run as it is: `str(self)` names the value and why."""


def as_reply(plan: Any) -> dict[str, Any]:
    """The JSON object a model would write for `plan` (what `PlanVocabulary.read` reads back):
    for tests, and to show a model what a plan looks like."""
    reply: dict[str, Any] = {"intent": plan.intent}
    for name in SELECTIONS:
        if value := getattr(plan, name):
            reply[name] = {f: list(v) for f, v in value.items()}
    if plan.topic:
        reply["topic"] = plan.topic
    if plan.intent in ("rank", "breakdown") and plan.group_by:
        reply["group_by"] = plan.group_by
    if plan.intent == "rank" and plan.top_n:
        reply["top_n"] = plan.top_n
    if plan.order != "desc":
        reply["order"] = plan.order
    if plan.having:
        reply["having"] = [{"op": op, "value": n} for op, n in plan.having]
    if plan.claim:
        reply["claim"] = {k: plan.claim[k] for k in ("op", "value", "unit", "rank") if k in plan.claim}
    if plan.compare:
        reply["compare"] = [{"field": f, "value": list(v) if isinstance(v, tuple) else v} for f, v in plan.compare]
    if plan.row_id is not None:
        reply["row_id"] = plan.row_id
    if plan.define:
        reply["define"] = {"field": plan.define[0], "key": plan.define[1]}
    if plan.groups_asked:
        reply["groups_asked"] = True
    if getattr(plan, "measure", None):
        reply["measure"] = dict(plan.measure)
    for name in ("thresholds", "part_thresholds"):
        if getattr(plan, name, None):
            reply[name] = [{"field": f, "op": op, "value": v} for f, op, v in getattr(plan, name)]
    return reply


def stated_numbers(question: str) -> set[float]:
    """The figures a question states: in digits ("40", "1 200", "12,5 %"), in words ("aucun",
    "only one", "douze") or as fractions of a whole ("la moitié" 50, "a quarter" 25, "a third")."""
    from assistant.understand.operators import _FRACTIONS, _NUMBER_WORDS  # the rules' own words

    found = {float(n.replace(",", ".").replace("\u202f", "").replace(" ", ""))
             for n in re.findall(r"\d+(?:[\u202f ]\d{3})*(?:[.,]\d+)?", question)}  # fmt: skip
    words = set(re.findall(r"\w+", fold(question)))
    found |= {float(v) for w, v in _NUMBER_WORDS.items() if w in words}
    found |= {v for w, v in _FRACTIONS.items() if w in words or w + "s" in words}
    if found & {100 / 3, 25.0}:  # "two thirds", "three quarters"
        found |= {200 / 3, 75.0}
    return found


class PlanVocabulary:
    """One register's values, for the schema, the prompt and the check of a model's plan."""

    def __init__(self, register: Register, resolver: Any) -> None:
        self.register, self.resolver = register, resolver
        self.mapping = load_mapping(getattr(register, "mapping", None))
        roles = getattr(register, "roles", FIELDS)
        # The register's typed fields that select rows (flags, labels, lists, dates: fields.py),
        # with the values their cells hold: a plan filters and groups on them like on a role.
        self.typed = {
            spec.key: spec for spec in getattr(self.mapping, "fields", ())
            if spec.filterable and spec.key in register.df.columns
        }  # fmt: skip
        self.values = {key: self._cells(register.df[key], spec) for key, spec in self.typed.items()}
        # Its number fields (costs, users…): a plan measures them (sum, mean, min, max) and sets conditions on them.
        self.numbers = {
            spec.key: spec for spec in getattr(self.mapping, "fields", ())
            if spec.type == "number" and spec.key in register.df.columns
        }  # fmt: skip
        self.fields = (*(f for f in FIELDS if f in roles), *self.typed)
        self.labels = {f: tuple(self.mapping.labels(f)) for f in LABEL_FIELDS if f in self.fields}
        self.bodies = tuple(resolver.bodies()) if "body" in self.fields else ()
        self.portfolios = tuple(resolver.portfolios()) if "portfolio" in self.fields else ()
        self._exact = {
            "body": {normalise(b): b for b in self.bodies},
            "portfolio": {normalise(p): p for p in self.portfolios},
        }
        self.row_ids = frozenset(int(i) for i in register.df.index)
        self._schema: dict[str, Any] | None = None

    @staticmethod
    def _cells(cells: Any, spec: Any) -> tuple[str, ...]:
        """A typed field's values, as plans name them (a flag: yes/no; a date: its years)."""
        if spec.type == "multi":
            cells = cells.explode()
        found = sorted({str(v) for v in cells.dropna() if str(v).strip()})
        return tuple(found)

    # -- what the model is shown -----------------------------------------------------------------

    def schema(self) -> dict[str, Any]:
        """The JSON schema of a plan for this register (label keys and fields as enums), built once."""
        if self._schema is None:
            self._schema = self._build_schema()
        return self._schema

    def _build_schema(self) -> dict[str, Any]:

        def values(field: str) -> dict[str, Any]:
            if field in self.labels:
                return {"type": "array", "items": {"type": "string", "enum": [lb.key for lb in self.labels[field]]}}
            if field in self.values and len(self.values[field]) <= MAX_TYPED_VALUES:
                return {"type": "array", "items": {"type": "string", "enum": list(self.values[field])}}
            return {"type": "array", "items": {"type": "string"}}

        selection = {"type": "object", "properties": {f: values(f) for f in self.fields}, "additionalProperties": False}
        fields = list(self.fields)
        properties: dict[str, Any] = {
            "intent": {"type": "string", "enum": list(INTENTS)},
            **{name: selection for name in SELECTIONS},
            "topic": {"type": "string", "description": "words of the question naming a subject no field holds"},
            "group_by": {"type": ["string", "null"], "enum": [*fields, None]},
            "top_n": {"type": ["integer", "null"], "minimum": 1, "maximum": 50},
            "order": {"type": "string", "enum": ["desc", "asc"]},
            "having": {"type": "array", "items": {
                "type": "object", "additionalProperties": False, "required": ["op", "value"],
                "properties": {"op": {"type": "string", "enum": list(OPS)}, "value": {"type": "integer", "minimum": 0}},
            }},
            "claim": {"type": ["object", "null"], "additionalProperties": False, "required": ["op", "value"],
                      "properties": {"op": {"type": "string", "enum": [*CLAIM_OPS, "rank"]},
                                     "value": {"type": ["number", "string"]},
                                     "unit": {"type": "string", "enum": ["", "%", "than"]},
                                     "rank": {"type": "integer", "minimum": 1, "maximum": 5}}},
            "compare": {"type": "array", "items": {
                "type": "object", "additionalProperties": False, "required": ["field", "value"],
                "properties": {"field": {"type": "string", "enum": fields},  # values added up: a list
                               "value": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}, "minItems": 2}]}},
            }},
            "row_id": {"type": ["integer", "null"]},
            "define": {"type": ["object", "null"], "additionalProperties": False, "required": ["field", "key"],
                       "properties": {"field": {"type": "string", "enum": list(self.labels)}, "key": {"type": "string"}}},
            "groups_asked": {"type": "boolean"},
        }  # fmt: skip
        if self.numbers:  # only a register with number fields can be asked for a sum or a condition on one
            numbers = list(self.numbers)
            properties["measure"] = {
                "type": ["object", "null"], "additionalProperties": False, "required": ["op", "field"],
                "description": "intent measure only: a number field's sum, mean, min or max over the rows of the filters "
                               "(min/max: the rows holding it, top_n of them; with group_by: one figure per group, ordered by it)",
                "properties": {"op": {"type": "string", "enum": list(MEASURES)}, "field": {"type": "string", "enum": numbers}},
            }
            condition = {"type": "object", "additionalProperties": False, "required": ["field", "op", "value"],
                         "properties": {"field": {"type": "string", "enum": numbers}, "op": {"type": "string", "enum": list(OPS)},
                                        "value": {"type": "number"}}}  # fmt: skip
            properties["thresholds"] = {"type": "array", "items": condition,
                                        "description": "conditions on number fields the rows must meet ('costing more than 100,000')"}
            properties["part_thresholds"] = {"type": "array", "items": condition,
                                             "description": "share only: the numerator's conditions on number fields"}
        return {
            "title": "plan",
            "description": "What the question asks of the register, as the assistant's executor runs it.",
            "type": "object",
            "properties": properties,
            "required": ["intent"],
            "additionalProperties": False,
        }

    def listing(self, language: str, names: dict[str, str]) -> str:
        """The register's values as the prompt lists them: fields, label keys with both labels,
        portfolios, public bodies (the first MAX_BODIES_LISTED)."""
        fr = language == "fr"
        named = {**{k: spec.name(language) for k, spec in self.typed.items()}, **names}
        lines = [("CHAMPS : " if fr else "FIELDS: ") + ", ".join(f"{f} ({named.get(f, f)})" for f in self.fields)]
        for field, labels in self.labels.items():
            lines.append(f"{field}:")
            lines += [f"- {lb.key}: {lb.fr} / {lb.en}" for lb in labels]
        if self.portfolios:
            lines.append("portfolio:")
            lines += [f"- {p}" for p in self.portfolios]
        for key, spec in self.typed.items():
            values = self.values[key]
            shown = [f"{v} ({spec.value_label(v, language)})" if spec.value_label(v, language) != v else v
                     for v in values[:MAX_TYPED_VALUES]]  # fmt: skip
            more = f", … (+{len(values) - MAX_TYPED_VALUES})" if len(values) > MAX_TYPED_VALUES else ""
            lines.append(f"{key} ({spec.name(language)}, {spec.type}): {', '.join(shown)}{more}")
        for key, spec in self.numbers.items():
            unit = spec.currency or (spec.unit_fr if fr else spec.unit_en)
            lines.append(f"{key} ({spec.name(language)}, number{f', {unit}' if unit else ''})")
        if self.bodies:
            lines.append("body:")
            lines += [f"- {b}" for b in self.bodies[:MAX_BODIES_LISTED]]
            if len(self.bodies) > MAX_BODIES_LISTED:
                more = len(self.bodies) - MAX_BODIES_LISTED
                lines.append(f"- … ({more} autres : écris le nom tel que la question le donne)" if fr
                             else f"- … ({more} more: write the name as the question gives it)")  # fmt: skip
        return "\n".join(lines)

    # -- what the model wrote ----------------------------------------------------------------------

    def read(self, reply: Any, question: str, asked: str = "") -> dict[str, Any]:
        """The Plan fields of `reply` (a parsed JSON object), every value checked against the
        register; `question` is what the rules read of the question (instructions set aside),
        `asked` the earlier user turns (a follow-up's topic may come from them)."""
        if not isinstance(reply, dict):
            raise InvalidPlan(f"the plan must be a JSON object, got {type(reply).__name__}")
        known = set(self.schema()["properties"])
        if unknown := sorted(set(reply) - known):
            raise InvalidPlan(f"unknown plan field(s): {', '.join(map(repr, unknown))}")
        intent = reply.get("intent")
        if intent not in INTENTS:
            raise InvalidPlan(f"unknown intent {intent!r}")
        plan: dict[str, Any] = {"intent": intent}
        for name in SELECTIONS:
            # "Does the SAQ use AI?": a yes/no question may name a body the register lacks, in the
            # question's own words; its answer can only be "no" (and the closest real body).
            absent = question if intent == "exists" and name == "filters" else ""
            plan[name] = self._selection(name, reply.get(name), absent)
        plan["topic"] = self._topic(reply.get("topic"), question, asked)
        plan["group_by"] = self._choice("group_by", reply.get("group_by"), (*self.fields, None))
        plan["order"] = self._choice("order", reply.get("order") or "desc", ("desc", "asc"))
        plan["top_n"] = self._integer("top_n", reply.get("top_n") or None, 1, 50, optional=True)  # 0: none
        plan["having"] = [self._condition(c) for c in self._list("having", reply.get("having"))]
        plan["claim"] = self._claim(reply.get("claim"), question, plan["group_by"])
        plan["compare"] = [self._compared(c) for c in self._list("compare", reply.get("compare"))]
        plan["row_id"] = self._integer("row_id", reply.get("row_id"), 1, None, optional=True)
        plan["define"] = self._define(reply.get("define"))
        groups_asked = reply.get("groups_asked", False)
        if not isinstance(groups_asked, bool):
            raise InvalidPlan(f"groups_asked must be true or false, got {groups_asked!r}")
        plan["groups_asked"] = groups_asked
        plan["measure"] = self._measure(reply.get("measure"))
        for name in ("thresholds", "part_thresholds"):
            plan[name] = [self._threshold(c, question) for c in self._list(name, reply.get(name))]
        self._coherent(plan)
        return plan

    def _coherent(self, plan: dict[str, Any]) -> None:
        """What each intent needs, and nothing an intent cannot use."""
        intent = plan["intent"]
        if plan["row_id"] is not None and plan["row_id"] not in self.row_ids:
            raise InvalidPlan(f"row_id {plan['row_id']} is not a row of the register")
        if intent == "describe" and plan["row_id"] is None:
            raise InvalidPlan("a describe plan needs the row_id of a row of the register")
        if intent == "define" and plan["define"] is None:
            raise InvalidPlan("a define plan needs the category or status to define")
        if intent == "compare" and len(plan["compare"]) < 2:
            raise InvalidPlan("a compare plan needs at least two values to compare")
        if intent != "share" and (plan["part"] or plan["part_exclude"] or plan["part_thresholds"]):
            raise InvalidPlan(f"part is for share plans, not {intent}")
        if plan["having"] and intent not in ("rank", "breakdown"):
            raise InvalidPlan(f"having is for rank and breakdown plans, not {intent}")
        # What an intent does not use is dropped, as the executor would ignore it.
        claim = plan["claim"] or {}
        if claim.get("op") == "rank" and intent != "rank" or claim.get("unit") == "than" and intent != "compare":
            raise InvalidPlan("a rank claim is for rank plans, an order claim ('than') for compare plans")
        if intent not in ("count", "share") and not (claim.get("op") == "rank" or claim.get("unit") == "than"):
            plan["claim"] = None
        if intent == "measure" and plan["measure"] is None:
            raise InvalidPlan("a measure plan needs the measure: {op, field} of a number field")
        if intent != "measure":
            plan["measure"] = None
        if intent not in ("rank", "breakdown", "measure"):
            plan["group_by"] = None
        if intent not in ("rank", "measure"):
            plan["top_n"] = None

    # -- one value at a time -------------------------------------------------------------------------

    @staticmethod
    def _list(name: str, value: Any) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise InvalidPlan(f"{name} must be a list, got {value!r}"[:200])
        if len(value) > MAX_VALUES:
            raise InvalidPlan(f"{name} holds {len(value)} items (at most {MAX_VALUES})")
        return value

    @staticmethod
    def _choice(name: str, value: Any, allowed: tuple[Any, ...]) -> Any:
        if value not in allowed:
            raise InvalidPlan(f"{name} {value!r} is not one of {', '.join(map(str, allowed))}"[:300])
        return value

    @staticmethod
    def _integer(name: str, value: Any, low: int, high: int | None, optional: bool = False) -> int | None:
        if value is None and optional:
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or value < low or (high is not None and value > high):
            raise InvalidPlan(f"{name} must be a whole number from {low}{f' to {high}' if high else ''}, got {value!r}"[:200])
        return value

    def _selection(self, name: str, value: Any, absent: str = "") -> dict[str, list[str]]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise InvalidPlan(f"{name} must be an object of field -> values, got {value!r}"[:200])
        chosen: dict[str, list[str]] = {}
        for field, values in value.items():
            if field not in self.fields:
                raise InvalidPlan(f"{name}: {field!r} is not a field of this register ({', '.join(self.fields)})")
            values = [values] if isinstance(values, str) else self._list(f"{name}.{field}", values)
            resolved = list(dict.fromkeys(self._value(field, v, absent) for v in values))
            if resolved:
                chosen[field] = resolved
        return chosen

    def _value(self, field: str, value: Any, absent: str) -> str:
        """`resolve`, or a body name written as the question writes it when `absent` (an
        existence question) holds every one of its words."""
        try:
            return self.resolve(field, value)
        except InvalidPlan:
            words = re.findall(r"\w+", fold(value)) if isinstance(value, str) else []
            if field == "body" and absent and words and set(words) <= set(re.findall(r"\w+", fold(absent))):
                return " ".join(value.split())
            raise

    def resolve(self, field: str, value: Any) -> str:
        """The canonical value of `field` that `value` names (a label key or label in either
        language; a body's or portfolio's name, acronym or alias, as the rules resolve them), or
        `InvalidPlan`."""
        if not isinstance(value, str) or not value.strip() or len(value) > 300:
            raise InvalidPlan(f"{field}: {value!r} is not a value"[:200])
        if field in self.typed:
            return self._typed(field, value)
        if field in LABEL_FIELDS:
            label = self.mapping.label(field, value.strip()) or self.mapping.find_label(field, value)
            if label is None:
                raise InvalidPlan(f"{field}: {value!r} is not one of the register's {field} labels")
            return label.key
        if found := self._exact[field].get(normalise(value)):
            return found
        if field == "portfolio" and (canonical := self.mapping.canonical_portfolio(value)) in self.portfolios:
            return canonical
        # A name the resolver knows: the register's, or a real body its mapping names that has no
        # row ("Does Hydro-Québec use AI?" is answered "no", never with an invented body).
        mentions = [m for m in self.resolver.mentions(value) if m.field == field]
        if len(mentions) == 1:
            m = mentions[0]
            rest = fold(value[: m.start] + " " + value[m.end :])
            if all(w in _FILLER for w in re.findall(r"\w+", rest)):
                return m.value
        raise InvalidPlan(f"{field}: {value!r} is not a {field} of the register")

    def _typed(self, field: str, value: str) -> str:
        """A typed field's value: one its cells hold, or a declared label's text in either language."""
        spec, wanted = self.typed[field], normalise(value)
        if spec.type == "flag":
            wanted = {"oui": "yes", "true": "yes", "non": "no", "false": "no"}.get(wanted, wanted)
        for v in self.values[field]:
            if normalise(v) == wanted:
                return v
        for label in getattr(spec, "values", ()):
            if wanted in {normalise(t) for t in (label.key, label.fr, label.en, *label.aliases)} and label.key in self.values[field]:
                return label.key
        raise InvalidPlan(f"{field}: {value!r} is not a value of the register's {field} field")

    def _topic(self, value: Any, question: str, asked: str) -> str:
        if value is None:
            return ""
        if not isinstance(value, str) or len(value) > MAX_TOPIC:
            raise InvalidPlan(f"topic must be a short text, got {value!r}"[:200])
        said = set(re.findall(r"\w+", fold(f"{question} {asked}")))
        for word in re.findall(r"\w+", fold(value)):
            if word not in said:
                raise InvalidPlan(f"topic word {word!r} is not a word of the question")
        return " ".join(value.split())

    @staticmethod
    def _condition(value: Any) -> tuple[str, int]:
        if isinstance(value, (list, tuple)) and len(value) == 2:
            value = {"op": value[0], "value": value[1]}
        if not isinstance(value, dict) or set(value) - {"op", "value"}:
            raise InvalidPlan(f"having: {value!r} is not {{op, value}}"[:200])
        op = PlanVocabulary._choice("having op", value.get("op"), tuple(OPS))
        return op, PlanVocabulary._integer("having value", value.get("value"), 0, None)

    def _claim(self, value: Any, question: str, group_by: str | None = None) -> dict[str, Any] | None:
        if value is None or value == {}:
            return None
        if not isinstance(value, dict) or set(value) - {"op", "value", "unit", "rank"}:
            raise InvalidPlan(f"claim: {value!r} is not {{op, value, unit}}"[:200])
        if value.get("op") == "rank":  # "X is the most common category": X, a value of the grouped field
            if group_by is None:
                raise InvalidPlan("claim op 'rank' needs a group_by")
            rank = self._integer("claim rank", value.get("rank", 1), 1, 5)
            return {"op": "rank", "value": self.resolve(group_by, value.get("value")), "rank": rank, "unit": ""}
        if value.get("unit") == "than":  # "X has more projects than Y": the order of two compared values
            return {"op": self._choice("claim op", value.get("op"), (">", "<", "==")), "value": 0, "unit": "than"}
        op = self._choice("claim op", value.get("op", "=="), CLAIM_OPS)
        unit = self._choice("claim unit", value.get("unit") or "", ("", "%"))
        number = value.get("value")
        if isinstance(number, bool) or not isinstance(number, (int, float)) or number < 0:
            raise InvalidPlan(f"claim value must be a number, got {number!r}"[:200])
        if not any(abs(float(number) - n) < 0.5 for n in stated_numbers(question)):
            raise InvalidPlan(f"claim value {number!r} is not a figure the question states")
        return {"op": op, "value": int(number) if float(number).is_integer() else float(number), "unit": unit}

    def _measure(self, value: Any) -> dict[str, str] | None:
        if value is None or value == {}:
            return None
        if not isinstance(value, dict) or set(value) != {"op", "field"}:
            raise InvalidPlan(f"measure: {value!r} is not {{op, field}}"[:200])
        op = self._choice("measure op", value["op"], MEASURES)
        return {"op": op, "field": self._choice("measure field", value["field"], tuple(self.numbers))}

    def _threshold(self, value: Any, question: str) -> tuple[str, str, float]:
        """A condition on a number field: a field of the register, an operator, and an amount the question states."""
        if not isinstance(value, dict) or set(value) != {"field", "op", "value"}:
            raise InvalidPlan(f"thresholds: {value!r} is not {{field, op, value}}"[:200])
        field = self._choice("threshold field", value["field"], tuple(self.numbers))
        op = self._choice("threshold op", value["op"], tuple(OPS))
        number = value["value"]
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            raise InvalidPlan(f"threshold value must be a number, got {number!r}"[:200])
        stated = {a[2] for a in amounts(question)} | stated_numbers(question)
        if not any(abs(float(number) - n) <= 1e-6 * max(1.0, abs(n)) for n in stated):
            raise InvalidPlan(f"threshold value {number!r} is not an amount the question states")
        return field, op, float(number)

    def _compared(self, value: Any) -> tuple[str, Any]:
        if not isinstance(value, dict) or set(value) != {"field", "value"}:
            raise InvalidPlan(f"compare: {value!r} is not {{field, value}}"[:200])
        field = self._choice("compare field", value["field"], self.fields)
        if isinstance(value["value"], list) and len(value["value"]) > 1:  # values added up
            return field, tuple(self.resolve(field, v) for v in value["value"])
        return field, self.resolve(field, value["value"])

    def _define(self, value: Any) -> tuple[str, str] | None:
        if value is None or value == {}:
            return None
        if not isinstance(value, dict) or set(value) != {"field", "key"}:
            raise InvalidPlan(f"define: {value!r} is not {{field, key}}"[:200])
        field = self._choice("define field", value["field"], tuple(self.labels))
        return field, self.resolve(field, value["key"])
