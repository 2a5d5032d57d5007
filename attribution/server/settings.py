"""The server's settings: flags over ``[tool.attribution.server]`` over the defaults; the key from the environment."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from ..config import Config, ConfigError

API_KEY_ENV = "ATTRIBUTION_API_KEY"
ENVELOPE_BYTES = 64 * 1024  # room for the JSON envelope and escapes around a text at the size limit

_ORIGIN = re.compile(r"https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?|https?://\[[0-9A-Fa-f:.]+\](?::[0-9]{1,5})?")

DEFAULTS = {"host": "127.0.0.1", "port": 8080, "workers": 2, "timeout": 30.0, "queue-timeout": 60.0,
            "cors-origins": []}


@dataclass(frozen=True)
class ServerSettings:
    """How the server runs; ``config`` is the policy every audit starts from (requests may select/ignore)."""

    host: str = DEFAULTS["host"]
    port: int = DEFAULTS["port"]
    workers: int = DEFAULTS["workers"]
    timeout: float = DEFAULTS["timeout"]  # seconds one audit may take: then 504 and the worker is replaced
    queue_timeout: float = DEFAULTS["queue-timeout"]  # seconds a request may wait for a free worker: then 503
    cors_origins: tuple[str, ...] = ()
    api_key: str | None = None
    config: Config = field(default_factory=Config)

    @property
    def max_body_bytes(self) -> int:
        """Return the largest request body accepted: max-document-chars bytes plus the JSON envelope."""
        return self.config.limit("max-document-chars") + ENVELOPE_BYTES


def resolve_settings(config: Config, **flags) -> ServerSettings:
    """Return the ServerSettings of ``config``'s server table with the flags that were given (not None) over it.

    The API key is read from ``ATTRIBUTION_API_KEY`` only (never from a file or a flag, where it
    would be seen by others); an empty value means no key.
    """
    table = {**DEFAULTS, **config.server}
    for name, value in flags.items():
        if value is not None and value != ():
            table[name.replace("_", "-")] = value
    for origin in table["cors-origins"]:
        if origin != "*" and not _ORIGIN.fullmatch(origin):
            raise ConfigError(f"CORS origin {origin!r} must be scheme://host[:port], with no path or slash at the "
                              "end (or *)", path=config.path if origin in config.server.get("cors-origins", ()) else None)
    return ServerSettings(
        host=str(table["host"]), port=int(table["port"]), workers=int(table["workers"]),
        timeout=float(table["timeout"]), queue_timeout=float(table["queue-timeout"]),
        cors_origins=tuple(table["cors-origins"]), api_key=os.environ.get(API_KEY_ENV) or None, config=config,
    )
