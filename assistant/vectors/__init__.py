"""The vector index: embedders, the Chroma store (on disk or on a server), builds and readers."""
