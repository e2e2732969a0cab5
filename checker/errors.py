"""The one exception class for "the tool could not do the job" (exit code 2)."""


class SetupError(Exception):
    """A bad option, profile or rule pack: the message names what is wrong and where."""

    exit_code = 2
