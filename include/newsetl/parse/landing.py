"""The landing folder: listing what arrived, and reading one file safely.

Listing never follows symbolic links: a link is listed as an entry of its own, so it gets a
ledger row. Reading follows a link only when its target lies inside the landing root
(a link to another file that landed is read like that file, and so usually ends up a
'duplicate' of it); a link that points outside, a broken link or a link to a directory is
rejected without opening anything. Every file is read once, whole, into memory; the size limit
is checked on the open file before the first byte is read and again while reading, so a file
that changes meanwhile is read as it was at that moment, or rejected if it outgrew the limit.
The file is opened from the landing root one folder at a time without following any link, so a
folder swapped for a link to elsewhere after the checks cannot lead the read outside.
"""
from __future__ import annotations

import errno
import functools
import os
import stat
from pathlib import Path
from typing import NamedTuple

from newsetl.parse.draft import Rejected

SUPPORTED_SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}
_READ_CHUNK = 1024 * 1024
_LINK_OUTSIDE = ("symbolic link to a target outside the landing folder; it was not followed or read: "
                 "copy the file itself into the landing folder")
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(
    os, "O_CLOEXEC", 0)
# Folders on the way to a file: never a link; O_PATH (Linux) needs no read permission on them.
_FOLDER_FLAGS = (getattr(os, "O_PATH", os.O_RDONLY) | getattr(os, "O_DIRECTORY", 0)
                 | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
_SWAPPED = ("the file, or a folder on its path, was replaced by a link while it was being read; "
            "it was not followed or read: re-run the day")


def iter_landing_files(folder: Path) -> list[Path]:
    """Every entry under `folder` that is not a plain directory, recursively, sorted.

    Regular files, symbolic links (not followed), special files and unreadable directories are
    all listed, so each gets a ledger row. A directory named like an article file ('x.json/')
    is listed too, and its contents as well.
    """
    found: list[Path] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as scan:
                entries = list(scan)
        except OSError:
            if current != folder:
                found.append(current)  # parse_file says why it could not be listed
            continue
        for entry in entries:
            path = current / entry.name
            try:
                is_directory = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_directory = False
            if not is_directory:
                found.append(path)
                continue
            pending.append(path)
            if suffix_of(entry.name) in SUPPORTED_SUFFIXES:
                found.append(path)
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def suffix_of(name: str) -> str:
    """The lower-case extension of a file name; '' for '.DS_Store' or 'README'."""
    stem, dot, suffix = name.rpartition(".")
    return f".{suffix.lower()}" if dot and stem.strip(".") else ""


def source_name(raw_root: Path, path: Path) -> str:
    """`path` relative to `raw_root`, '/'-separated, with undecodable bytes of a name shown as \\xNN."""
    root, name = str(raw_root), str(path)
    if os.sep == "/" and root != "/" and name.startswith(root + "/"):  # the usual case, without pathlib's parsing
        relative = name[len(root) + 1:]
    else:
        try:
            relative = path.relative_to(raw_root).as_posix()
        except ValueError:
            relative = Path(os.path.relpath(path, raw_root)).as_posix()
    return relative.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


class Entry(NamedTuple):
    target: str  # where the file really is, links resolved
    byte_size: int
    root: str = ""  # the landing root, resolved: `target` is opened beneath it, folder by folder


def check_entry(raw_root: Path, path: Path) -> Entry:
    """The regular file at `path`; `Rejected` for anything that must not or cannot be read."""
    if _leads_outside(raw_root, path):
        raise Rejected("the path leads outside the landing folder; it was not read")
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise Rejected("the file disappeared before it could be read; re-run the day") from None
    except OSError as error:
        raise Rejected(f"the file could not be examined ({error.strerror}); check its permissions") from None
    # Only a link needs resolving itself; the folders above a file are the same for a whole day.
    target = os.path.realpath(path) if stat.S_ISLNK(info.st_mode) else os.path.join(
        _resolved(os.path.dirname(path)), os.path.basename(path))
    if not _inside(raw_root, target):
        raise Rejected(_LINK_OUTSIDE if stat.S_ISLNK(info.st_mode) else
                       "the path leads outside the landing folder through a linked folder; it was not read")
    if stat.S_ISLNK(info.st_mode):
        info = _link_target(path)
    if stat.S_ISDIR(info.st_mode):
        readable = os.access(path, os.R_OK | os.X_OK)
        raise Rejected("this is a directory, not a file; "
                       + ("the files inside it are read on their own" if readable
                          else "it cannot be listed: fix its permissions and re-run"))
    if not stat.S_ISREG(info.st_mode):
        raise Rejected(f"not a regular file ({_kind(info.st_mode)}); deliver articles as regular files")
    return Entry(target, info.st_size, _resolved(str(raw_root)))


def read_limited(target: str, max_bytes: int, root: str = "") -> bytes:
    """The whole file at `target` (from `check_entry`), read once; `Rejected` when it is larger
    than `max_bytes` or unreadable. Opened without following links (beneath `root`, when given,
    one folder at a time), so a target or folder swapped for a link since it was checked is not
    read."""
    try:
        descriptor = _open_beneath(root, target) if root else os.open(target, _OPEN_FLAGS)
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.ENOTDIR):
            raise Rejected(_SWAPPED) from None
        raise Rejected(f"the file could not be opened ({error.strerror}); check its permissions and re-run"
                       ) from None
    with os.fdopen(descriptor, "rb", buffering=0) as handle:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):  # swapped for something else since it was examined
            raise Rejected(f"not a regular file ({_kind(info.st_mode)}); deliver articles as regular files")
        if info.st_size > max_bytes:
            raise Rejected(too_large("file", info.st_size, max_bytes, "NEWSETL_MAX_FILE_BYTES"),
                           byte_size=info.st_size)
        chunks: list[bytes] = []
        total = 0
        while chunk := handle.read(min(_READ_CHUNK, max_bytes + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:  # it grew while being read
                raise Rejected(too_large("file", total, max_bytes, "NEWSETL_MAX_FILE_BYTES"), byte_size=total)
    return b"".join(chunks)


def _open_beneath(root: str, target: str) -> int:
    """A descriptor of `target` (a resolved path under `root`), opened from `root` down through
    each folder with O_NOFOLLOW: a link anywhere on the way fails (ELOOP) instead of leading out."""
    if os.open not in os.supports_dir_fd or not target.startswith(root.rstrip(os.sep) + os.sep):
        return os.open(target, _OPEN_FLAGS)
    *folders, name = target[len(root.rstrip(os.sep)) + 1:].split(os.sep)
    folder = os.open(root, _FOLDER_FLAGS & ~getattr(os, "O_NOFOLLOW", 0))  # the root itself was resolved
    try:
        for part in folders:
            inner = os.open(part, _FOLDER_FLAGS, dir_fd=folder)
            os.close(folder)
            folder = inner
        return os.open(name, _OPEN_FLAGS, dir_fd=folder)
    finally:
        os.close(folder)


def too_large(what: str, size: int, limit: int, setting: str) -> str:
    return (f"{what} is {size:,} bytes, over the {limit:,}-byte limit; split it, or raise {setting} "
            "if such sizes are expected")


def _link_target(path: Path) -> os.stat_result:
    try:
        info = os.stat(path)
    except OSError:
        raise Rejected("broken symbolic link: its target does not exist; deliver the file itself") from None
    if stat.S_ISDIR(info.st_mode):
        raise Rejected("symbolic link to a directory; links to directories are not followed: "
                       "copy the files themselves into the landing folder")
    return info


def _leads_outside(raw_root: Path, path: Path) -> bool:
    """True when `path`, read lexically, climbs out of `raw_root` ('2025-10-28/../../etc')."""
    root, name = str(raw_root), str(path)
    relative = name[len(root) + 1:] if name.startswith(root + os.sep) else os.path.relpath(name, root)
    return os.path.normpath(relative).split(os.sep)[0] == os.pardir


def _inside(raw_root: Path, target: str) -> bool:
    """True when `target` (a resolved path) lies under `raw_root`, links resolved."""
    root = _resolved(str(raw_root))
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


@functools.lru_cache(maxsize=256)
def _resolved(folder: str) -> str:
    """realpath of a folder of the landing zone, which does not change during a run."""
    return os.path.realpath(folder)


def _kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))
    return next((name for test, name in kinds if test(mode)), "a special file")
