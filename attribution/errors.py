"""Error codes and messages, kept in one place. Each says what went wrong and what to do."""

from __future__ import annotations


class AttributionError(Exception):
    """An error the user can act on: ``code`` is stable, ``str()`` is one line."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.code}: {self.message}"


class InputError(AttributionError):
    """The input cannot be read as an article."""

    code = "E001"


class FileMissingError(InputError):
    code = "E002"


class NotAFileError(InputError):
    code = "E003"


class UndecodableError(InputError):
    code = "E004"


class EmptyInputError(InputError):
    code = "E005"


class TooLargeError(InputError):
    code = "E006"


class PipelineMissingError(AttributionError):
    code = "E010"


class SentenceTooLongError(InputError):
    """An article sentence is longer than the ``max-sentence-chars`` limit."""

    code = "E007"


class NoArticleError(InputError):
    """An HTML page has no article text the extractor can find."""

    code = "E008"


class SettingError(AttributionError):
    """An environment setting has a bad value."""

    code = "E011"


class ReportFormatError(InputError):
    """A JSON or JSONL record that is not an audit Report (provenance input)."""

    code = "E030"
