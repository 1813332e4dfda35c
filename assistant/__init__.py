"""Portrait IA: a bilingual assistant over Québec's public register of AI uses."""

from __future__ import annotations

import os

# Offline by construction: nothing may reach a model hub, and nothing phones home.
for _key, _value in {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
}.items():
    os.environ.setdefault(_key, _value)

from assistant.types import Answer, Citation  # noqa: E402

__all__ = ["Answer", "Assistant", "Citation"]


def __getattr__(name: str):
    # Imported lazily: `import assistant` stays cheap for tools that only need the types.
    if name == "Assistant":
        from assistant.api import Assistant

        return Assistant
    raise AttributeError(name)
