"""The two kinds of failure a user must be able to tell apart.

An :class:`InputError` is about the input (missing, empty, binary, undecodable, no
reference section, a bad configuration): one clear line, exit code 2. Anything else that
goes wrong is refgraph's own fault and is reported as an :class:`InternalError` naming the
file and the stage, with exit code 3 (the traceback under ``--verbose``).
"""


class InputError(Exception):
    """The manuscript (or its configuration) cannot be used; the message says why."""


class InternalError(Exception):
    """refgraph failed on an input it should have handled."""

    def __init__(self, name: str, stage: str, error: BaseException):
        super().__init__(f"{name}: internal error while {stage}: {type(error).__name__}: {error}")
        self.name, self.stage, self.error = name, stage, error


class OutputError(InputError):
    """An output cannot be written (read-only folder, full disk, a symlink loop): exit 2."""
