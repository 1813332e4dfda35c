"""The `portrait-ia` commands, one module each: `add_parser(subparsers)` declares the command
and its flags, `run(args) -> int` runs it (0, or 1/2 with one line on stderr).

`ask`, `chat`, `index`, `evaluate` (`eval`), `fetch` (`data fetch`), `brief`, `serve`,
`mapping` (`mapping draft`, `mapping check`);
`assistant/cli.py` only assembles them and turns the known errors into exit status 2.
"""
