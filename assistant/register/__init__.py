"""The register: loading and validating data files, mappings, labels, wording, fetching the official file."""
