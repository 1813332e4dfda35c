"""The question's path as a LangChain Runnable: understand | execute | compose.

Each step is a plain callable wrapped in `RunnableLambda`, so a step (hybrid retrieval, an LLM
composer, a model-based follow-up rewriter) can be replaced without rewiring the others.
"""

from __future__ import annotations

from typing import Any

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.compose.extractive import ExtractiveComposer
from assistant.execute import Executor
from assistant.types import Answer, Plan
from assistant.understand.understander import Understander
from assistant.vectors.rebuild import IndexNotReady


def build_chain(understander: Understander, executor: Executor, composer: ExtractiveComposer) -> Runnable:
    """Input: {"question": str, "history": [{"role", "content"}, ...]}. Output: `Answer`."""

    def plan_step(inputs: dict[str, Any]) -> Plan:
        return understander(inputs["question"], inputs.get("history") or [])

    def execute_step(plan: Plan) -> dict[str, Any]:
        try:
            return {"plan": plan, "evidence": executor(plan)}
        except IndexNotReady as exc:  # the answer saying so is worded with what was understood
            exc.plan = plan
            raise

    def compose_step(state: dict[str, Any]) -> Answer:
        return composer.compose(state["plan"], state["evidence"])

    return (
        RunnableLambda(plan_step, name="understand")
        | RunnableLambda(execute_step, name="execute")
        | RunnableLambda(compose_step, name="compose")
    )
