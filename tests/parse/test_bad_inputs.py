"""Every kind of bad delivery gets a clear ledger row, and the good file beside it still loads."""
from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import pytest

from parse_helpers import (DAY, GOOD_BODY, GOOD_TITLE, assert_neighbour_loaded, good_page_text, good_record,
                           row_for, run_day, write_good_neighbour)

from newsetl.parse import landing as landing_module
from newsetl.parse import parse_file


def rejected_reason(result, name: str, record_index: int | None = None) -> str:
    row = row_for(result, name, record_index)
    assert row.status == "rejected", row
    assert row.article_id is None
    return row.reason


def test_empty_file(landing: Path) -> None:
    (landing / "empty.txt").write_bytes(b"")
    write_good_neighbour(landing)
    result = run_day(landing)
    assert rejected_reason(result, "empty.txt") == "rejected: file is empty (0 bytes); re-deliver the file"
    assert_neighbour_loaded(result)


def test_white_space_only_file(landing: Path) -> None:
    (landing / "blank.html").write_text("  \n\t\n")
    write_good_neighbour(landing)
    result = run_day(landing)
    assert rejected_reason(result, "blank.html") == ("rejected: file holds only white space; "
                                                     "re-deliver the file")
    assert_neighbour_loaded(result)


def test_binary_junk_with_a_text_extension(landing: Path) -> None:
    (landing / "junk.txt").write_bytes(bytes(range(256)) * 40)
    (landing / "nul_heavy.json").write_bytes(b"\x00\x01\x02{}" * 500)
    (landing / "report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    write_good_neighbour(landing)
    result = run_day(landing)
    assert rejected_reason(result, "junk.txt").startswith("rejected: binary content, not text (")
    assert rejected_reason(result, "nul_heavy.json").endswith("deliver the article as UTF-8 text")
    assert rejected_reason(result, "report.txt").startswith("rejected: content is a PDF document, not text")
    assert_neighbour_loaded(result)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_windows_1252_and_latin_1_text_is_decoded_correctly(landing: Path, encoding: str) -> None:
    title = "Société Minière signs €40m deal for Zürich smelter" if encoding == "cp1252" else \
        "Société Minière signs deal for Zürich smelter"
    body = ("The company’s “largest” contract yet, said Mr Müller on Tuesday, and it will double "
            "output "
            "at the Zürich smelter by 2027." if encoding == "cp1252" else
            "The company's largest contract yet, said Mr Müller on Tuesday, and it will double output "
            "at the Zürich smelter by 2027.")
    (landing / "legacy.txt").write_bytes(f"{title}\nJune 2, 2025Alpine Metals\n\n{body}\n".encode(encoding))
    write_good_neighbour(landing)
    result = run_day(landing)
    article = next(a for a in result.articles if a.source_file.endswith("legacy.txt"))
    assert (article.title, article.body, article.publisher) == (title, body, "Alpine Metals")
    assert row_for(result, "legacy.txt").status == "loaded"
    assert_neighbour_loaded(result)


def test_utf8_with_bom_and_utf16_are_decoded(landing: Path) -> None:
    bom_text = good_page_text("Ünïcode BOM story about cobalt")
    (landing / "bom.txt").write_bytes(b"\xef\xbb\xbf" + bom_text.encode())
    (landing / "wide.txt").write_bytes(good_page_text("UTF-16 story about cobalt in Zambia").encode("utf-16"))
    result = run_day(landing)
    assert sorted(a.title for a in result.articles) == ["UTF-16 story about cobalt in Zambia",
                                                        "Ünïcode BOM story about cobalt"]


def test_nul_zero_width_and_bidi_characters_are_stripped(landing: Path) -> None:
    dirty_title = "Marlow\u200b Cobalt\x00 wins $75 million\u202e loan\u2066 for Zambian\ufeff refinery"
    dirty_body = GOOD_BODY.replace("Marlow", "Mar\u200dlow\u200e").replace("loan", "lo\x00an")
    (landing / "dirty.txt").write_text(f"{dirty_title}\nJune 2, 2025Copperbelt Courier\n\n{dirty_body}\n")
    write_good_neighbour(landing)
    result = run_day(landing)
    article = next(a for a in result.articles if a.source_file.endswith("dirty.txt"))
    assert (article.title, article.body) == (GOOD_TITLE, GOOD_BODY)
    # same words as the neighbour: the same story, so the later copy is ledgered a duplicate
    assert row_for(result, "dirty.txt").status == "loaded"
    assert row_for(result, "good_neighbour.json").status == "duplicate"


def test_truncated_html(landing: Path) -> None:
    (landing / "cut_after_body.html").write_text(
        f"<html><head><title>{GOOD_TITLE}</title></head><body><article><p>{GOOD_BODY}</p><p>Trunc")
    (landing / "cut_in_head.html").write_text("<html><head><title>Cobalt story cut off")
    write_good_neighbour(landing)
    result = run_day(landing)
    assert row_for(result, "cut_after_body.html").status == "loaded"
    assert rejected_reason(result, "cut_in_head.html") == ("rejected: record has no body; "
                                                            "re-deliver it with the missing text")
    assert_neighbour_loaded(result)


def test_malformed_json(landing: Path) -> None:
    (landing / "broken.json").write_text('{"title": "Cobalt", "content": "cut off')
    write_good_neighbour(landing)
    result = run_day(landing)
    assert rejected_reason(result, "broken.json") == (
        "rejected: malformed JSON: Unterminated string starting at (line 1, column 32); "
        "re-export it as valid JSON")
    assert_neighbour_loaded(result)


def test_jsonl_with_one_bad_line(landing: Path) -> None:
    lines = [json.dumps(good_record()), '{"title": "half a rec',
             json.dumps(good_record(title="Second copper story", content="Another body about copper."))]
    (landing / "batch.jsonl").write_text("\n".join(lines))
    write_good_neighbour(landing, "neighbour.txt").write_text(good_page_text("Third story about nickel"))
    result = run_day(landing)
    assert [row_for(result, "batch.jsonl", i).status for i in (0, 2)] == ["loaded", "loaded"]
    assert rejected_reason(result, "batch.jsonl", 1).startswith(
        "rejected: malformed JSON: Unterminated string")
    assert row_for(result, "neighbour.txt").status == "loaded"
    assert len(result.articles) == 3


def test_jsonl_with_a_binary_line(landing: Path) -> None:
    lines = [json.dumps(good_record()).encode(), b"\x00\x01\x02\x03\x04junk\x05\x06"]
    (landing / "batch.jsonl").write_bytes(b"\n".join(lines))
    result = run_day(landing)
    assert row_for(result, "batch.jsonl", 0).status == "loaded"
    assert rejected_reason(result, "batch.jsonl", 1).startswith("rejected: binary content, not text")


@pytest.mark.parametrize(("record", "reason"), [
    ({"title": "", "content": GOOD_BODY},
     "rejected: record has no 'title'; re-deliver it with the missing text"),
    ({"title": GOOD_TITLE, "content": None},
     "rejected: record has no 'content' (body); re-deliver it with the missing text"),
    ({"author": "only a byline"},
     "rejected: record has no 'title' and no 'content' (body); re-deliver it with the missing text"),
    ({"description": "only a summary"},
     "rejected: record has no 'title'; re-deliver it with the missing text"),
])
def test_records_missing_title_or_body(landing: Path, record: dict, reason: str) -> None:
    (landing / "batch.jsonl").write_text(json.dumps(record) + "\n")
    write_good_neighbour(landing)
    result = run_day(landing)
    assert rejected_reason(result, "batch.jsonl", 0) == reason
    assert_neighbour_loaded(result)


def test_page_without_title_or_body(landing: Path) -> None:
    (landing / "furniture_only.txt").write_text("Advertisement\nShare this article\n© 2025 Nobody\n")
    (landing / "no_title.html").write_text(f"<html><body><article><p>{GOOD_BODY}</p></article></body></html>")
    write_good_neighbour(landing)
    result = run_day(landing)
    assert rejected_reason(result, "furniture_only.txt") == (
        "rejected: record has no title and no body; re-deliver it with the missing text")
    assert rejected_reason(result, "no_title.html") == (
        "rejected: record has no title; re-deliver it with the missing text")
    assert_neighbour_loaded(result)


@pytest.mark.parametrize(("name", "reason"), [
    ("scan.pdf", "rejected: unsupported file type .pdf; supported: .txt .html .htm .json .jsonl"),
    ("memo.DOCX", "rejected: unsupported file type .docx; supported: .txt .html .htm .json .jsonl"),
    (".DS_Store", "rejected: unsupported file type (no extension); supported: .txt .html .htm .json .jsonl"),
    ("README", "rejected: unsupported file type (no extension); supported: .txt .html .htm .json .jsonl"),
])
def test_unsupported_file_types(landing: Path, name: str, reason: str) -> None:
    (landing / name).write_bytes(b"%PDF-1.4 whatever")
    write_good_neighbour(landing)
    result = run_day(landing)
    assert rejected_reason(result, name) == reason
    assert_neighbour_loaded(result)


def test_file_over_the_size_limit_is_not_read(landing: Path) -> None:
    with open(landing / "huge.txt", "wb") as sparse:
        sparse.truncate(50 * 1024 * 1024)  # 50 MB of nothing, without writing it
    write_good_neighbour(landing)
    result = run_day(landing, max_file_bytes=10_000)
    row = row_for(result, "huge.txt")
    # the full size is known only from the file's metadata: reading stops at the limit + 1 byte
    assert row.reason == ("rejected: file is 52,428,800 bytes, over the 10,000-byte limit; split it, "
                          "or raise NEWSETL_MAX_FILE_BYTES if such sizes are expected")
    assert row.byte_size == 52_428_800
    assert_neighbour_loaded(result)


def test_a_single_enormous_line(landing: Path) -> None:
    (landing / "one_line.txt").write_text(GOOD_TITLE + "\n" + "word " * 5_000)
    (landing / "batch.jsonl").write_text(json.dumps(good_record(content="x " * 5_000)) + "\n"
                                         + json.dumps(good_record(title="A short one")) + "\n")
    result = run_day(landing, max_line_bytes=4_000)
    assert rejected_reason(result, "one_line.txt").startswith("rejected: a single line is 25,000 bytes, "
                                                              "over the 4,000-byte limit")
    assert rejected_reason(result, "batch.jsonl", 0).endswith(
        "raise NEWSETL_MAX_LINE_BYTES if such sizes are expected")
    assert row_for(result, "batch.jsonl", 1).status == "loaded"


def test_symbolic_link_pointing_outside_is_rejected_and_not_read(landing: Path, tmp_path: Path) -> None:
    secret = tmp_path / "outside.json"
    secret.write_text(json.dumps(good_record(title="Outside story that must never load")))
    (landing / "escape.json").symlink_to(secret)
    (landing / "dotdot.json").symlink_to("../../outside.json")
    write_good_neighbour(landing)
    result = run_day(landing)
    for name in ("escape.json", "dotdot.json"):
        assert rejected_reason(result, name) == (
            "rejected: symbolic link to a target outside the landing folder; it was not followed or read: "
            "copy the file itself into the landing folder")
    assert all("Outside" not in a.title for a in result.articles)
    assert_neighbour_loaded(result)


def test_symbolic_links_inside_the_landing_root(landing: Path) -> None:
    write_good_neighbour(landing)
    (landing / "zz_alias.json").symlink_to("good_neighbour.json")
    (landing / "broken.json").symlink_to("does_not_exist.json")
    (landing / "folder_link.json").symlink_to(landing)
    result = run_day(landing)
    alias = row_for(result, "zz_alias.json")
    assert (alias.status, alias.reason) == ("duplicate",
                                            f"duplicate: same content as {DAY}/good_neighbour.json")
    assert rejected_reason(result, "broken.json").startswith("rejected: broken symbolic link")
    assert rejected_reason(result, "folder_link.json").startswith("rejected: symbolic link to a directory")
    assert_neighbour_loaded(result)


def test_sql_and_html_in_title_and_body_are_plain_text(landing: Path) -> None:
    title = "Robert'); DROP TABLE dim_articles;-- <script>alert('x')</script>"
    body = "SELECT * FROM raw.articles WHERE 1=1; <img src=x onerror=alert(1)> is what the hacker typed."
    (landing / "hostile.json").write_text(json.dumps(good_record(title=title, content=body)))
    write_good_neighbour(landing)
    result = run_day(landing)
    article = next(a for a in result.articles if a.source_file.endswith("hostile.json"))
    assert (article.title, article.body) == (title, body)
    assert_neighbour_loaded(result)


def test_future_dated_story_is_kept_and_flagged(landing: Path) -> None:
    ahead, tomorrow = DAY + timedelta(days=2), DAY + timedelta(days=1)
    (landing / "future.json").write_text(json.dumps(good_record(title="Story from the future",
                                                                publishedAt=f"{ahead}T10:00:00Z")))
    (landing / "tomorrow.json").write_text(json.dumps(good_record(title="Story from tomorrow",
                                                                  publishedAt=f"{tomorrow}T01:00:00Z")))
    write_good_neighbour(landing)
    result = run_day(landing)
    flags = {a.title: (a.published_date, a.is_future_dated) for a in result.articles}
    assert flags["Story from the future"] == (ahead, True)
    assert flags["Story from tomorrow"][1] is False  # within a day: time zones
    assert row_for(result, "future.json").status == "loaded"
    assert_neighbour_loaded(result)


def test_odd_file_names(landing: Path) -> None:
    names = ["..hidden.txt", "a..b.txt", "name with spaces & ümlaut.txt", "new\nline.txt",
             "-dash;quote'\".txt"]
    for index, name in enumerate(names):
        (landing / name).write_text(good_page_text(f"Odd name story number {index} about nickel"))
    undecodable = os.fsdecode(b"caf\xe9.txt")
    (landing / undecodable).write_text(good_page_text("Undecodable name story about nickel"))
    write_good_neighbour(landing)
    result = run_day(landing)
    for name in names:
        assert row_for(result, name).status == "loaded"
    assert row_for(result, "caf\\xe9.txt").status == "loaded"  # shown escaped, storable as UTF-8
    assert_neighbour_loaded(result)


def test_path_leading_outside_the_landing_root(landing: Path, tmp_path: Path) -> None:
    (tmp_path / "outside.txt").write_text(good_page_text("Outside story that must never load"))
    result = parse_file(landing.parent, landing / ".." / ".." / "outside.txt", DAY)
    [row] = result.ledger
    assert (row.status, row.reason) == ("rejected", "rejected: the path leads outside the landing folder; "
                                                    "it was not read")
    assert result.articles == []


def test_file_changed_between_listing_and_reading(landing: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_good_neighbour(landing)
    (landing / "moving.txt").write_text(good_page_text("First version of the story about nickel"))
    (landing / "growing.txt").write_text(good_page_text("Growing story about nickel"))
    examine = landing_module.check_entry

    def examine_then_change(raw_root: Path, path: Path) -> landing_module.Entry:
        entry = examine(raw_root, path)
        if path.name == "moving.txt":
            path.write_text(good_page_text("Second version of the story about nickel"))
        if path.name == "growing.txt":
            with open(path, "a") as handle:
                handle.write("more words " * 2_000)
        return entry

    monkeypatch.setattr(landing_module, "check_entry", examine_then_change)
    result = run_day(landing, max_file_bytes=10_000)
    assert [a.title for a in result.articles if a.source_file.endswith("moving.txt")] == [
        "Second version of the story about nickel"]
    assert "over the 10,000-byte limit" in rejected_reason(result, "growing.txt")
    assert_neighbour_loaded(result)


def test_directory_named_like_a_file(landing: Path) -> None:
    (landing / "story.json").mkdir()
    (landing / "story.json" / "inner.txt").write_text(good_page_text("Story inside a folder about zinc"))
    (landing / "empty.html").mkdir()
    write_good_neighbour(landing)
    result = run_day(landing)
    for name in ("story.json", "empty.html"):
        assert rejected_reason(result, name) == ("rejected: this is a directory, not a file; "
                                                 "the files inside it are read on their own")
    assert row_for(result, "story.json/inner.txt").status == "loaded"
    assert_neighbour_loaded(result)


def test_named_pipe_is_rejected_without_blocking(landing: Path) -> None:
    os.mkfifo(landing / "pipe.txt")
    write_good_neighbour(landing)
    result = run_day(landing)
    assert rejected_reason(result, "pipe.txt") == ("rejected: not a regular file (a named pipe); "
                                                   "deliver articles as regular files")
    assert_neighbour_loaded(result)


def test_unexpected_parser_failure_costs_one_file(landing: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsetl.parse import files

    monkeypatch.setattr(files, "parse_page_text", lambda text, day: 1 / 0)
    (landing / "boom.txt").write_text(good_page_text())
    write_good_neighbour(landing)
    result = run_day(landing)
    assert rejected_reason(result, "boom.txt") == (
        "rejected: the parser failed on this record (ZeroDivisionError: division by zero); "
        "report the file to the pipeline maintainers")
    assert_neighbour_loaded(result)
