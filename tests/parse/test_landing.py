"""Listing a landing folder: everything that arrived, nothing followed."""
from __future__ import annotations

import os
from pathlib import Path

from newsetl.parse import iter_landing_files
from newsetl.parse.landing import suffix_of


def test_lists_every_entry_recursively_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "c.json").write_text("{}")
    (tmp_path / "sub" / "a.html").write_text("<p>")
    (tmp_path / "empty_dir").mkdir()
    os.mkfifo(tmp_path / "pipe.txt")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_landing_files(tmp_path)] == [
        ".DS_Store", "b.txt", "pipe.txt", "sub/a.html", "sub/deeper/c.json"]


def test_symbolic_links_are_listed_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    (outside / "nested").mkdir(parents=True)
    (outside / "nested" / "secret.txt").write_text("x")
    folder = tmp_path / "landing"
    folder.mkdir()
    (folder / "dir_link").symlink_to(outside)
    (folder / "file_link.txt").symlink_to(outside / "nested" / "secret.txt")
    (folder / "loop").symlink_to(folder)
    assert [p.name for p in iter_landing_files(folder)] == ["dir_link", "file_link.txt", "loop"]


def test_directories_named_like_article_files_are_listed_with_their_contents(tmp_path: Path) -> None:
    (tmp_path / "story.json").mkdir()
    (tmp_path / "story.json" / "inside.txt").write_text("x")
    (tmp_path / "plain_dir").mkdir()
    assert [p.relative_to(tmp_path).as_posix() for p in iter_landing_files(tmp_path)] == [
        "story.json", "story.json/inside.txt"]


def test_odd_names_do_not_break_listing(tmp_path: Path) -> None:
    names = [os.fsdecode(b"caf\xe9.txt"), "new\nline.txt", "..txt", " lead space.json"]
    for name in names:
        (tmp_path / name).write_text("x")
    assert sorted(p.name for p in iter_landing_files(tmp_path)) == sorted(names)


def test_missing_folder_lists_nothing(tmp_path: Path) -> None:
    assert iter_landing_files(tmp_path / "absent") == []


def test_suffix_of() -> None:
    assert [suffix_of(n) for n in ("a.TXT", ".DS_Store", "README", "x.tar.gz", "..txt", "a.")] == [
        ".txt", "", "", ".gz", "", "."]
