"""Use cases, free of Qt: every one runs from the CLI, tests and worker threads."""
