"""Passphrases on the command line: from the environment for scripts
(PLANNER_BACKUP_PASSPHRASE), else typed without echo (getpass), never
taken as an argument (it would stay in the shell's history and show in the
list of processes)."""

from __future__ import annotations

import getpass
import os
import sys

from planner.errors import PlannerError

PASSPHRASE_VARIABLE = "PLANNER_BACKUP_PASSPHRASE"  # as planner.db.backup_protection reads it


def _can_ask() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def new_passphrase(what: str, *, variable: str = PASSPHRASE_VARIABLE) -> str:
    """A passphrase for something about to be encrypted: from the
    environment (``variable``), or typed twice."""
    from planner.passphrases import passphrase_problem

    given = os.environ.get(variable)
    if given:
        problem = passphrase_problem(given, given)
        if problem:
            raise PlannerError(f"{variable}: {problem}")
        return given
    if not _can_ask():
        raise PlannerError(f"{what}: no passphrase; type it at a terminal, or set {variable} for scripts")
    chosen = getpass.getpass(f"Passphrase for {what}: ")
    repeated = getpass.getpass("The same passphrase again: ")
    problem = passphrase_problem(chosen, repeated)
    if problem:
        raise PlannerError(f"{what}: {problem}; nothing was written")
    return chosen


def known_passphrase(what: str) -> str:
    """The passphrase something was encrypted with, typed once (or from the
    environment)."""
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        return given
    if not _can_ask():
        raise PlannerError(f"{what}: is encrypted; type its passphrase at a terminal, or set {PASSPHRASE_VARIABLE}")
    return getpass.getpass(f"Passphrase of {what}: ")


def ask_for_backups() -> None:
    """When backups are to be encrypted and no passphrase is at hand (no
    keyring, nothing in the environment), ask it once at a terminal: the
    automatic backup needs it. Elsewhere the backup is not made, and said."""
    from planner.db import backup_protection

    if not backup_protection.encrypting() or backup_protection.passphrase() or not _can_ask():
        return
    typed = getpass.getpass("Passphrase of the backups (they are encrypted; no keyring keeps it): ")
    if typed:
        backup_protection.hold_for_session(typed)
