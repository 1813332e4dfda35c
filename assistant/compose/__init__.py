"""Evidence -> Answer: the extractive templates, the optional language-model composer and its citation checks."""
