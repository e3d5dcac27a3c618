"""Which files a batch parses, in a stable order, found lazily.

Arguments are taken in the order given. A directory gives its regular files sorted by
path (with ``recursive``, its whole tree, in the order a sort of the full relative paths
would give, without ever holding the tree in memory). Hidden files and folders (names
starting with ``.``) are skipped inside directories; ``globs`` filter the files found in
directories, never a file named explicitly. Symlinked folders are followed once: a
symlink loop is noticed by device and inode and not entered again.

    >>> [f.rel for f in iter_inputs(["archive"], recursive=True)]  # doctest: +SKIP
    ['2017/a.txt', '2017/b.html.gz', '2018/c.txt']
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import IO

LOGGER = logging.getLogger(__name__)

STDIN = "-"


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input: the path to open and its path relative to the argument it came from.

    ``rel`` names the output file under ``--output-dir`` (the input tree mirrored).
    """

    path: str
    rel: str


def iter_inputs(
    paths: Iterable[str],
    *,
    recursive: bool = False,
    globs: Sequence[str] = (),
) -> Iterator[InputFile]:
    """Every input named by ``paths``, in order; directories expanded (see the module doc)."""
    for path in paths:
        if path == STDIN:
            yield InputFile(STDIN, "stdin")
            continue
        try:
            is_dir = stat.S_ISDIR(Path(path).stat().st_mode)
        except OSError:
            is_dir = False  # missing or unreadable: the parse reports it as an error record
        if is_dir:
            yield from _walk(path, recursive=recursive, globs=globs)
        else:
            yield InputFile(path, _own_name(path))


def _own_name(path: str) -> str:
    """A file argument's output name: the path as given when it stays inside the tree."""
    norm = os.path.normpath(path)
    if Path(norm).is_absolute() or norm == ".." or norm.startswith(".." + os.sep):
        return Path(norm).name
    return norm


def _walk(top: str, *, recursive: bool, globs: Sequence[str]) -> Iterator[InputFile]:
    """Depth first over ``top``; entries ordered so that full paths come out sorted."""
    seen: set[tuple[int, int]] = set()  # (device, inode) of folders entered: loop guard
    top_stat = Path(top).stat()
    seen.add((top_stat.st_dev, top_stat.st_ino))
    # A stack of iterators over sorted folder listings keeps memory to one listing per level.
    stack: list[Iterator[tuple[str, os.DirEntry[str], bool]]] = [_listing(top, "")]
    while stack:
        entry_info = next(stack[-1], None)
        if entry_info is None:
            stack.pop()
            continue
        rel, entry, is_dir = entry_info
        if is_dir:
            if not recursive:
                continue
            try:
                st = entry.stat()  # follows a symlinked folder
            except OSError as exc:
                LOGGER.warning("skipping folder %s: %s", entry.path, exc.strerror or exc)
                continue
            key = (st.st_dev, st.st_ino)
            if key in seen:
                LOGGER.info("skipping %s: folder already visited (symlink loop)", entry.path)
                continue
            seen.add(key)
            stack.append(_listing(entry.path, rel))
        elif not globs or _matches(rel, globs):
            yield InputFile(entry.path, rel)


def _listing(folder: str, rel_prefix: str) -> Iterator[tuple[str, os.DirEntry[str], bool]]:
    """Visible regular files and folders of ``folder``, sorted as full paths would sort.

    A folder sorts as its name plus ``/``, so ``b-x.txt`` and ``b.txt`` come before the
    files inside ``b/``, and ``b0.txt`` after them, exactly as a sort of paths orders them.
    """
    try:
        with os.scandir(folder) as it:
            entries = [e for e in it if not e.name.startswith(".")]
    except OSError as exc:
        LOGGER.warning("skipping folder %s: %s", folder, exc.strerror or exc)
        return
    keyed: list[tuple[str, os.DirEntry[str], bool]] = []
    for entry in entries:
        try:
            is_dir = entry.is_dir()  # follows symlinks; a broken link is neither
            is_file = not is_dir and entry.is_file()
        except OSError:
            continue
        if is_dir:
            keyed.append((entry.name + "/", entry, True))
        elif is_file:
            keyed.append((entry.name, entry, False))
        else:
            LOGGER.debug("skipping %s: not a regular file", entry.path)
    keyed.sort(key=lambda k: k[0])
    for key, entry, is_dir in keyed:
        yield rel_prefix + key, entry, is_dir


def _matches(rel: str, globs: Sequence[str]) -> bool:
    """A pattern with a ``/`` matches the relative path; otherwise the file name."""
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatchcase(rel if "/" in g else name, g) for g in globs)


def read_path_list(stream: IO[str]) -> Iterator[str]:
    """Paths one per line (``find ... | parse --files-from -``); blank lines skipped."""
    for line in stream:
        path = line.rstrip("\r\n")
        if path.strip():
            yield path
