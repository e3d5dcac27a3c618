"""Errors newsparse raises on purpose: each becomes an error record in a batch."""


class NewsparseError(Exception):
    """Base of the errors a caller may want to catch."""

    kind = "error"


class InputTooLarge(NewsparseError):
    kind = "too_large"


class NotADocument(NewsparseError):
    """Binary input: an image, a PDF, an archive, random bytes."""

    kind = "not_a_document"


class MarkupError(NewsparseError):
    """Markup that cannot be read safely (entity bombs, broken XML beyond repair)."""

    kind = "markup"
