"""`portrait-ia eval`: gold sets, deterministic scoring, configurations, the optional judge and reports."""
