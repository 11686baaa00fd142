"""The rule a new passphrase follows, the same for backups and for
exported lists, in the window and on the command line."""

from __future__ import annotations

from planner.language import say

# Shorter ones are refused: a slow key derivation delays guessing, it
# cannot make a guessable passphrase safe.
SHORTEST = 8


def passphrase_problem(chosen: str, repeated: str) -> str:
    """Why a new passphrase cannot be taken ("" when it can)."""
    if len(chosen) < SHORTEST:
        return say("the passphrase needs at least {count} characters", count=SHORTEST)
    if chosen != repeated:
        return say("the two passphrases typed differ")
    return ""
