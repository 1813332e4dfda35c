"""One module per `portrait-ia` sub-command; `assistant.cli` assembles them."""
