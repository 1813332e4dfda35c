"""The question's path as a LangChain Runnable: understand | execute | compose.

Each step is a plain function wrapped in `RunnableLambda`, so later steps (filters, hybrid
retrieval, exact figures, LLM composers) replace one link without rewiring the others.
"""

from __future__ import annotations

from typing import Any

from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import Runnable, RunnableLambda

from .answer import Answer
from .compose import Evidence, ExtractiveComposer
from .understand import Plan, understand


def build_chain(register: Any, retriever: BaseRetriever, composer: ExtractiveComposer) -> Runnable:
    """Input: {"question": str, "history": list | None}. Output: `Answer`."""

    def plan_step(inputs: dict[str, Any]) -> Plan:
        return understand(inputs["question"])

    def execute_step(plan: Plan) -> dict[str, Any]:
        evidence = Evidence(source=register.source)
        if plan.topic:
            for doc in retriever.invoke(plan.topic, language=plan.language):
                row_id = int(doc.metadata["row_id"])
                evidence.rows.append({**register.row(row_id), "row_id": row_id, "source": register.source})
                evidence.scores[row_id] = round(float(doc.metadata["score"]), 4)
        return {"plan": plan, "evidence": evidence}

    def compose_step(state: dict[str, Any]) -> Answer:
        plan: Plan = state["plan"]
        return composer.compose(plan.question, plan.language, plan.intent, state["evidence"])

    return (
        RunnableLambda(plan_step, name="understand")
        | RunnableLambda(execute_step, name="execute")
        | RunnableLambda(compose_step, name="compose")
    )
