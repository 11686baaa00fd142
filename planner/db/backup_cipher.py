"""The file format of an encrypted Planner backup.

A key is derived from the passphrase with scrypt (a fresh random salt per
file, N = 2^17, r = 8, p = 1: about half a second and 128 MB of memory on a
laptop, which is what makes guessing passphrases slow), and the database's
bytes are encrypted with AES-256-GCM in chunks of 1 MB, so a file of tens
of MB is never held twice in memory and every chunk is authenticated.

The file starts with a small header, readable without the passphrase::

    magic "Planner encrypted backup\\0"   25 bytes: what the file is
    version                               1 byte
    scrypt log2(N), r, p                  3 bytes
    salt                                  16 bytes
    nonce prefix                          7 bytes (random)
    chunk size                            4 bytes, big-endian
    digest                                8 bytes: SHA-256 of the above
    key check                             32 bytes: HMAC-SHA256 of the above

so that restoring can tell a damaged file (the digest or a chunk does not
match) from a wrong passphrase (the key check does not match). Each chunk's
nonce is the prefix, the chunk's number and a flag on the last one (the
STREAM construction): chunks cannot be reordered, dropped or cut off
without the decryption saying so. The header is authenticated with every
chunk.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from planner.errors import StoreError
from planner.language import say
from planner.output_paths import ENCRYPTED_BACKUP_MAGIC as MAGIC

VERSION = 1
LOG2_N, R, P = 17, 8, 1
SALT_BYTES = 16
PREFIX_BYTES = 7
CHUNK = 1 << 20
TAG_BYTES = 16
_FIELDS = struct.Struct(f">{len(MAGIC)}sBBBB{SALT_BYTES}s{PREFIX_BYTES}sI")
DIGEST_BYTES = 8
CHECK_BYTES = 32
HEADER_BYTES = _FIELDS.size + DIGEST_BYTES + CHECK_BYTES


class WrongPassphrase(StoreError):
    """The passphrase does not open this backup."""


class DamagedBackup(StoreError):
    """The encrypted file was changed or cut short since it was written."""


def is_encrypted(path: Path) -> bool:
    """Whether a file starts as an encrypted Planner backup does."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _keys(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """The key of the content and the key of the passphrase check."""
    derived = Scrypt(salt=salt, length=64, n=1 << log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return derived[:32], derived[32:]


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", number) + (b"\x01" if last else b"\x00")


class Key:
    """A key derived from a passphrase with a fresh salt: one derivation
    (half a second) for a batch of files, each with its own random nonce
    prefix (56 bits), so that no nonce is used twice under the key."""

    def __init__(self, passphrase: str):
        self.salt = os.urandom(SALT_BYTES)
        self.content, self.check = _keys(passphrase, self.salt, LOG2_N, R, P)


def encrypt(chunks: Iterable[bytes | memoryview], target: Path, passphrase: str | Key) -> None:
    """Write the bytes given (in pieces of any size) to ``target``,
    encrypted with a key derived from ``passphrase`` (or with ``Key``)."""
    key = passphrase if isinstance(passphrase, Key) else Key(passphrase)
    prefix = os.urandom(PREFIX_BYTES)
    fields = _FIELDS.pack(MAGIC, VERSION, LOG2_N, R, P, key.salt, prefix, CHUNK)
    header = fields + hashlib.sha256(fields).digest()[:DIGEST_BYTES]
    header += hmac.new(key.check, header, hashlib.sha256).digest()
    cipher = AESGCM(key.content)
    with open(target, "wb") as handle:
        handle.write(header)
        for number, (piece, last) in enumerate(_last_marked(_rechunked(chunks, CHUNK))):
            handle.write(cipher.encrypt(_nonce(prefix, number, last), piece, header))
        handle.flush()
        os.fsync(handle.fileno())


def file_pieces(source: Path) -> Iterator[bytes]:
    """A file's bytes a chunk at a time, for ``encrypt``."""
    with open(source, "rb") as handle:
        while piece := handle.read(CHUNK):
            yield piece


def decrypted(source: Path, passphrase: str) -> Generator[bytes, None, None]:
    """The content of an encrypted backup, a chunk at a time. Raises
    WrongPassphrase before yielding anything when the passphrase does not
    open it, DamagedBackup when the file was changed or cut short (possibly
    after some chunks), OSError when it cannot be read."""
    with open(source, "rb") as handle:
        header = handle.read(HEADER_BYTES)
        if len(header) < HEADER_BYTES or not header.startswith(MAGIC):
            raise DamagedBackup(say("{path}: is not a whole encrypted Planner backup", path=source))
        if header[len(MAGIC)] > VERSION:  # read first: a later format may lay out the rest otherwise
            raise StoreError(
                say("{path}: was encrypted by a newer version of Planner; update Planner to open it", path=source)
            )
        fields, digest = header[: _FIELDS.size], header[_FIELDS.size : _FIELDS.size + DIGEST_BYTES]
        if hashlib.sha256(fields).digest()[:DIGEST_BYTES] != digest:
            raise DamagedBackup(say("{path}: the encrypted backup is damaged (its header)", path=source))
        _magic, _version, log2_n, r, p, salt, prefix, chunk = _FIELDS.unpack(fields)
        if not (10 <= log2_n <= 22 and 1 <= r <= 32 and 1 <= p <= 16 and 1 <= chunk <= 1 << 26):
            # Sound digest, impossible values: never spend gigabytes deriving a key from them.
            raise DamagedBackup(say("{path}: the encrypted backup is damaged (its header)", path=source))
        content_key, check_key = _keys(passphrase, salt, log2_n, r, p)
        expected = hmac.new(check_key, header[:-CHECK_BYTES], hashlib.sha256).digest()
        if not hmac.compare_digest(expected, header[-CHECK_BYTES:]):
            raise WrongPassphrase(say("{path}: the passphrase is wrong", path=source))
        cipher = AESGCM(content_key)
        size = chunk + TAG_BYTES
        number, piece = 0, handle.read(size)
        while True:
            following = handle.read(size)
            last = not following
            try:
                yield cipher.decrypt(_nonce(prefix, number, last), piece, header)
            except InvalidTag:
                raise DamagedBackup(say("{path}: the encrypted backup is damaged or cut short", path=source)) from None
            if last:
                return
            number, piece = number + 1, following


def opens(source: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` is the one ``source`` was encrypted with (its
    header's key check; the content is not read). Raises DamagedBackup or
    OSError when the header cannot be read."""
    chunks = decrypted(source, passphrase)
    try:
        next(chunks, None)
    except WrongPassphrase:
        return False
    except DamagedBackup:
        if not _header_sound(source):
            raise
        return True  # the passphrase is right, a later part is damaged: restoring says so
    finally:
        chunks.close()
    return True


def _header_sound(source: Path) -> bool:
    with open(source, "rb") as handle:
        header = handle.read(HEADER_BYTES)
    fields = header[: _FIELDS.size]
    digest = header[_FIELDS.size : _FIELDS.size + DIGEST_BYTES]
    return len(header) == HEADER_BYTES and hashlib.sha256(fields).digest()[:DIGEST_BYTES] == digest


def decrypt_to(source: Path, target: Path, passphrase: str) -> None:
    """Write the content of an encrypted backup into ``target`` (which the
    caller removes when this raises)."""
    with open(target, "wb") as handle:
        for piece in decrypted(source, passphrase):
            handle.write(piece)
        handle.flush()
        os.fsync(handle.fileno())


def holds(source: Path, content: bytes, passphrase: str) -> bool:
    """Whether an encrypted backup holds exactly ``content`` (False when the
    passphrase does not open it or it cannot be read)."""
    view, offset = memoryview(content), 0
    try:
        for piece in decrypted(source, passphrase):
            if view[offset : offset + len(piece)] != piece:
                return False
            offset += len(piece)
    except (StoreError, OSError):
        return False
    return offset == len(content)


def pieces_of(content: bytes) -> Iterator[memoryview]:
    """``content`` in pieces of a chunk, for ``encrypt``, without copying."""
    view = memoryview(content)
    for start in range(0, len(view), CHUNK):
        yield view[start : start + CHUNK]


def _rechunked(pieces: Iterable[bytes | memoryview], size: int) -> Iterator[bytes]:
    """The bytes given, cut into pieces of ``size`` (the last may be
    shorter, or empty when there is nothing)."""
    pending = bytearray()
    for piece in pieces:
        pending += piece
        while len(pending) >= size:
            yield bytes(pending[:size])
            del pending[:size]
    yield bytes(pending)


def _last_marked(pieces: Iterator[bytes]) -> Iterator[tuple[bytes, bool]]:
    """Each piece with whether it is the last."""
    current = next(pieces)
    for following in pieces:
        yield current, False
        current = following
    yield current, True
