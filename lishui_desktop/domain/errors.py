"""Errors a user can cause and read: each carries one translatable message."""

from __future__ import annotations


class UserError(Exception):
    """A problem with what the user gave us (bad input, wrong file); never a bug.

    `message` is the English source text (translated for display with the
    `context`: the class's, or the one the message was marked with), `args_` fill its
    %1, %2 ... placeholders.
    """

    context = "UserError"

    def __init__(self, message: str, *args_: object, field: str | None = None,
                 context: str | None = None) -> None:
        super().__init__(message)
        if context is not None:
            self.context = context
        self.message = message
        self.args_ = tuple(str(a) for a in args_)
        self.field = field

    def text(self) -> str:
        from lishui_desktop.domain.i18n import fill, translate

        return fill(translate(self.context, self.message), *self.args_)

    def __str__(self) -> str:
        return self.text()


class ValidationError(UserError):
    """A field value that does not pass its rule."""

    context = "Validation"


def file_problem(exc: OSError) -> str:
    """What went wrong with a file, in the user's words (the system's text is English)."""
    import errno

    from lishui_desktop.domain.i18n import fill, translate

    words = {
        errno.ENOENT: translate("Files", "there is no such file or folder"),
        errno.EACCES: translate("Files", "permission denied"),
        errno.EPERM: translate("Files", "permission denied"),
        errno.EISDIR: translate("Files", "it is a folder, not a file"),
        errno.ENOTDIR: translate("Files", "part of the path is not a folder"),
        errno.ENOSPC: translate("Files", "the disk is full"),
        errno.EROFS: translate("Files", "the disk is read-only"),
        errno.EEXIST: translate("Files", "it already exists"),
        errno.EBUSY: translate("Files", "another program is using it"),
        errno.ENAMETOOLONG: translate("Files", "the name is too long"),
    }
    known = words.get(exc.errno) if exc.errno is not None else None
    return known or fill(translate("Files", "the system refused it (error %1)"), exc.errno or "?")
