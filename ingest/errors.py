"""Errors a user can fix; their message is the one line the CLI and the UI show."""


class InputError(ValueError):
    """Bad input: the message says what is wrong in one line, and nothing was changed."""
