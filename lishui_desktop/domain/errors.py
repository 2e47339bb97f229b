"""Errors a user can cause and read: each carries one translatable message."""

from __future__ import annotations


class UserError(Exception):
    """A problem with what the user gave us (bad input, wrong file); never a bug.

    `message` is the English source text (translated for display with the
    `context`), `args_` fill its %1, %2 ... placeholders.
    """

    context = "UserError"

    def __init__(self, message: str, *args_: object, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.args_ = tuple(str(a) for a in args_)
        self.field = field

    def text(self) -> str:
        from lishui_desktop.domain.i18n import translate

        return translate(self.context, self.message, *self.args_)

    def __str__(self) -> str:
        return self.text()


class ValidationError(UserError):
    """A field value that does not pass its rule."""

    context = "Validation"
