"""How the connection to the mail server is protected: the choices, apart
from the account's table so that the command line offers them without
loading the database's code."""

from __future__ import annotations

from enum import StrEnum


class MailSecurity(StrEnum):
    STARTTLS = "starttls"  # plain first, then STARTTLS (RFC 3207)
    TLS = "tls"  # TLS from the first byte (RFC 8314)
    NONE = "none"  # no encryption: only for a server that needs no login
