"""Errors the command line turns into one clear line and exit code 2."""


class InputError(Exception):
    """The manuscript cannot be used: missing, empty, binary, undecodable, no references."""
