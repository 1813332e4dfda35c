"""Topic retrieval: dense and lexical (BM25) search fused, restricted by the plan's filters."""
