"""Where a shared database is: ``postgresql://user@host:port/dbname``, read
and written without the database code, so that the command line and the
window can tell a server from a file (and the window offer one in its
menus) before SQLAlchemy or psycopg are loaded."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")
DEFAULT_PORT = 5432
# libpq's sslmode values the window offers: TLS if the server has it, TLS
# always, TLS with the server's certificate and name checked.
SSL_MODES = ("prefer", "require", "verify-full")


def is_shared(location: str | Path | None) -> bool:
    """Whether ``location`` names a database on a server rather than a file."""
    return isinstance(location, str) and location.startswith(SCHEMES)


@dataclass(frozen=True)
class SharedPlace:
    """A shared database as the window asks for it: never its password."""

    host: str
    database: str
    user: str = ""
    port: int = DEFAULT_PORT
    sslmode: str = "prefer"

    @classmethod
    def of(cls, location: str) -> SharedPlace:
        parts = urlsplit(location)
        query = parse_qs(parts.query)
        try:
            port = parts.port or DEFAULT_PORT
        except ValueError:  # not a number
            port = DEFAULT_PORT
        return cls(
            host=parts.hostname or "",
            database=unquote(parts.path.lstrip("/")),
            user=unquote(parts.username or ""),
            port=port,
            sslmode=query.get("sslmode", ["prefer"])[0],
        )

    @property
    def location(self) -> str:
        """The URL, without a password (for the settings and the recent menu)."""
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        query = "" if self.sslmode == "prefer" else "?" + urlencode({"sslmode": self.sslmode})
        return f"postgresql://{user}{host}{port}/{quote(self.database, safe='')}{query}"

    @property
    def name(self) -> str:
        """The short name the window shows: ``db.example.org/partnership``."""
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        return f"{self.host}{port}/{self.database}"

    @property
    def server(self) -> str:
        return self.host if self.port == DEFAULT_PORT else f"{self.host}:{self.port}"

    @property
    def account(self) -> str:
        """What the keyring keeps its password under: ``user@host:port/dbname``."""
        return f"{self.user}@{self.host.lower()}:{self.port}/{self.database}"
