"""Hostile landing folders, beyond tests/parse/test_bad_inputs.py: links and names that try to
lead outside, files that change while they are read, gigantic and deeply nested pages, entity
expansion and external entities. Nothing outside the landing folder is read, nothing hangs or
crashes, every file gets a ledger row saying why, and the good article beside them still loads.

Every case runs through the real per-file API (`iter_landing_files`, `parse_file`) in a child
process with a wall-clock timeout (TIME_GUARD) and an address-space limit (MEMORY_GUARD): a
guard against hangs and runaway memory, not a performance assertion. The limits observed are
documented in the parse package's docstring (section "Limits").
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from warehouse_helpers import BIN

from newsetl.parse import landing as landing_module
from newsetl.parse import parse_file

DAY = date(2025, 6, 2)
TIME_GUARD = 60  # seconds per case
MEMORY_GUARD = 2 * 1024 ** 3  # bytes of address space per case
SECRET = "SECRET-7Q2X-kept-outside-the-landing-folder"
PASSWD_LINE = "root:x:0:0"

GOOD_TITLE = "Marlow Cobalt wins $75 million loan for Zambian refinery"
GOOD_BODY = ("Marlow Cobalt said on Monday it had secured a $75 million loan from a group of regional banks "
             "to finish its cobalt refinery near Kitwe, in Zambia's Copperbelt province.")
PARAGRAPH = ("<p>Vireo Lithium said on Tuesday it would build a lithium hydroxide plant in Nevada, with "
             "first output expected in 2027 and offtake talks under way with two carmakers.</p>")

OUTSIDE_LINK = ("rejected: symbolic link to a target outside the landing folder; it was not followed or "
                "read: copy the file itself into the landing folder")
LINKED_FOLDER = "rejected: the path leads outside the landing folder through a linked folder; it was not read"
DEEP_HTML = ("rejected: the page has no story in an <article> element and is nested more than 256 elements "
             "deep, beyond what main-text extraction can read whole; deliver it with its story in an "
             "<article> element, or its text as .txt")
DEEP_JSON = "rejected: JSON nested too deeply to be a news record; re-export it"
TOO_MANY_ELEMENTS = ("rejected: the page has no story in an <article> element and more than 50,000 elements, "
                     "too many to search for its main text; deliver it with its story in an <article> "
                     "element, or its text as .txt")


def good_record(**overrides: object) -> dict:
    record = {"source": {"name": "Copperbelt Courier"}, "author": "Tendai Phiri", "title": GOOD_TITLE,
              "url": "https://courier.example/marlow", "publishedAt": "2025-06-02T07:00:00Z",
              "content": GOOD_BODY}
    record.update(overrides)
    return record


def page_text(title: str, body: str = GOOD_BODY) -> str:
    return f"{title}\nJune 2, 2025Copperbelt Courier\n\n{body}\n"


def html_page(body: str, title: str = "Vireo to build Nevada plant", prolog: str = "") -> str:
    return f"{prolog}<html><head><title>{title}</title></head><body>{body}</body></html>"


def billion_laughs(levels: int = 9) -> str:
    """The classic entity-expansion bomb: &lol9; would be 10**9 'lol's (3 GB)."""
    entities = "".join(f' <!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">\n' for i in range(1, levels + 1))
    return f'<?xml version="1.0"?>\n<!DOCTYPE html [\n <!ENTITY lol0 "lol">\n{entities}]>\n'


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    """A raw root holding the landing folder of DAY; tmp_path/'outside' holds the secret."""
    (tmp_path / "raw" / DAY.isoformat()).mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(page_text(f"{SECRET} in a title", f"{SECRET} in the body, "
                                                  "about nickel and cobalt supply deals."))
    (outside / "secret.json").write_text(json.dumps(good_record(title=SECRET, content=SECRET + " body")))
    return tmp_path / "raw"


def landing_of(raw_root: Path) -> Path:
    return raw_root / DAY.isoformat()


# --- the guard: each case in a child process, with a timeout and an address-space limit -------

_CHILD = textwrap.dedent('''
    import json, resource, sys, time
    resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))
    from datetime import date
    from pathlib import Path
    from newsetl.parse import deduplicate, iter_landing_files, parse_file

    DAY = date.fromisoformat({day!r})
    ARGS = json.loads(sys.stdin.read())
    STARTED = time.perf_counter()

    def rows(result):
        return {{"ledger": [[r.source_file, r.record_index, r.status, r.reason, r.byte_size]
                            for r in result.ledger],
                 "articles": [[a.source_file, a.record_index, a.title, a.body] for a in result.articles]}}

    def parse_day(folder, **limits):
        """What the pipeline does for one landing folder: list, parse each file, deduplicate."""
        return deduplicate(parse_file(folder.parent, path, DAY, **limits)
                           for path in iter_landing_files(folder))

    def report(value):
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(json.dumps({{"value": value, "seconds": time.perf_counter() - STARTED, "peak_mb": peak_mb}}))
''')


def guarded(code: str, **args: object) -> dict:
    """Run `code` (after _CHILD's helpers) in a child Python under the guards; what it `report`ed."""
    program = _CHILD.format(memory=MEMORY_GUARD, day=DAY.isoformat()) + textwrap.dedent(code)
    try:
        done = subprocess.run([sys.executable, "-c", program], input=json.dumps(args), capture_output=True,
                              text=True, timeout=TIME_GUARD)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the case did not finish within {TIME_GUARD} s (a hang)")
    assert done.returncode == 0, f"the case crashed (exit {done.returncode}): {done.stderr[-3000:]}"
    return json.loads(done.stdout.strip().splitlines()[-1])["value"]


def parse_day_guarded(folder: Path, **limits: int) -> dict:
    return guarded("report(rows(parse_day(Path(ARGS['folder']), **ARGS['limits'])))",
                   folder=str(folder), limits=limits)


def parse_file_guarded(raw_root: Path, path: Path, **limits: int) -> dict:
    return guarded("report(rows(parse_file(Path(ARGS['root']), Path(ARGS['path']), DAY, **ARGS['limits'])))",
                   root=str(raw_root), path=str(path), limits=limits)


def row(result: dict, name: str, record_index: int | None = None) -> tuple[str, str | None]:
    """(status, reason) of the one ledger row of `name` (relative to the landing folder)."""
    found = [r for r in result["ledger"] if r[0] == f"{DAY}/{name}" and r[1] == record_index]
    assert len(found) == 1, f"{name}#{record_index}: {found} in {result['ledger']}"
    return found[0][2], found[0][3]


def article(result: dict, name: str) -> tuple[str, str]:
    [(title, body)] = [(a[2], a[3]) for a in result["articles"] if a[0] == f"{DAY}/{name}"]
    return title, body


def assert_good_neighbour(result: dict, name: str = "good.json") -> None:
    assert row(result, name) == ("loaded", None)
    assert article(result, name)[0] == GOOD_TITLE


def assert_secret_not_read(result: dict) -> None:
    text = json.dumps(result)
    assert SECRET not in text and PASSWD_LINE not in text


# --- links and names that lead outside -------------------------------------------------------


def test_links_to_files_outside_are_never_read(raw: Path, tmp_path: Path) -> None:
    landing = landing_of(raw)
    (landing / "good.json").write_text(json.dumps(good_record()))
    outside = tmp_path / "outside"
    (landing / "absolute.txt").symlink_to(outside / "secret.txt")
    (landing / "relative.json").symlink_to("../../outside/secret.json")
    # a chain of links, one of them climbing out through '..' from a real folder inside
    (landing / "hop").mkdir()
    (landing / "chain_a.json").symlink_to("chain_b.json")
    (landing / "chain_b.json").symlink_to("hop/../../../outside/secret.json")
    # links to files that would hang or leak if they were opened
    (landing / "passwd.txt").symlink_to("/etc/passwd")
    (landing / "zero.txt").symlink_to("/dev/zero")
    (landing / "environ.txt").symlink_to("/proc/self/environ")
    (landing / "loop.txt").symlink_to("loop.txt")
    result = parse_day_guarded(landing)
    for name in ("absolute.txt", "relative.json", "chain_a.json", "chain_b.json", "passwd.txt", "zero.txt",
                 "environ.txt"):
        assert row(result, name) == ("rejected", OUTSIDE_LINK), name
    status, reason = row(result, "loop.txt")
    assert status == "rejected" and reason.startswith("rejected: broken symbolic link")
    assert_good_neighbour(result)
    assert_secret_not_read(result)


def test_linked_folders_pointing_outside_are_not_entered(raw: Path, tmp_path: Path) -> None:
    landing = landing_of(raw)
    (landing / "good.json").write_text(json.dumps(good_record()))
    (landing / "linked_dir").symlink_to(tmp_path / "outside")
    (landing / "up").symlink_to("../..")  # the folder above the raw root
    (landing / "etc").symlink_to("/etc")
    (landing / "hop").mkdir()
    result = parse_day_guarded(landing)
    # listed as links, never descended into: the secret files inside are not even listed
    listed = {r[0] for r in result["ledger"]}
    assert listed == {f"{DAY}/{n}" for n in ("good.json", "linked_dir", "up", "etc")}
    for name in ("linked_dir", "up", "etc"):
        assert row(result, name) == ("rejected", OUTSIDE_LINK)
    assert_good_neighbour(result)
    # asked for a file through such a folder (a caller that built the path itself): not read either
    for path in (landing / "linked_dir" / "secret.json", landing / "up" / "outside" / "secret.txt",
                 landing / "etc" / "passwd", landing / "hop" / ".." / "linked_dir" / "secret.txt"):
        [entry] = parse_file_guarded(raw, path)["ledger"]
        assert (entry[2], entry[3]) == ("rejected", LINKED_FOLDER), path
    assert_secret_not_read(result)


def test_dot_dot_in_names_and_paths(raw: Path, tmp_path: Path) -> None:
    landing = landing_of(raw)
    (landing / "good.json").write_text(json.dumps(good_record()))
    # names with dots are just names: read as what they are, never as a way up
    (landing / "..foo..txt").write_text(page_text("Dotted name story about nickel"))
    (landing / "...").mkdir()
    (landing / "..." / "..inner..json").write_text(json.dumps(good_record(title="Inside the dots folder")))
    (landing / "..json").write_text(json.dumps(good_record(title="No stem, no type")))
    # a link to the landing folder itself: a way round in circles, not out
    (landing / "self").symlink_to(".")
    result = parse_day_guarded(landing)
    assert row(result, "..foo..txt") == ("loaded", None)
    assert article(result, "..foo..txt")[0] == "Dotted name story about nickel"
    assert row(result, ".../..inner..json") == ("loaded", None)
    assert row(result, "..json") == ("rejected", "rejected: unsupported file type (no extension); "
                                                 "supported: .txt .html .htm .json .jsonl")
    assert row(result, "self")[1].startswith("rejected: symbolic link to a directory")
    assert_good_neighbour(result)
    # paths a caller built with '..': lexically outside, or outside once the links are followed
    for path, reason in (
            (landing / ".." / ".." / "outside" / "secret.txt",
             "rejected: the path leads outside the landing folder; it was not read"),
            (landing / "self" / "self" / ".." / ".." / "outside" / "secret.json", LINKED_FOLDER)):
        [entry] = parse_file_guarded(raw, path)["ledger"]
        assert (entry[2], entry[3]) == ("rejected", reason), path
    # ... and through the circular link, still inside: read like the file it names
    inside = parse_file_guarded(raw, landing / "self" / "self" / "good.json")
    assert [a[2] for a in inside["articles"]] == [GOOD_TITLE]
    assert_secret_not_read(result)


def test_a_folder_swapped_for_a_link_after_the_checks_is_not_followed(
        raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: the file used to be opened by its full path, so a folder on the way replaced
    by a link between the checks and the read led the read outside (O_NOFOLLOW guards only the
    last component). It is now opened folder by folder from the landing root."""
    landing = landing_of(raw)
    (landing / "sub").mkdir()
    (landing / "sub" / "secret.json").write_text(json.dumps(good_record(title="Inside story")))
    (landing / "story.json").write_text(json.dumps(good_record(title="Also inside")))
    examine = landing_module.check_entry

    def examine_then_swap(raw_root: Path, path: Path) -> landing_module.Entry:
        entry = examine(raw_root, path)
        if path.name == "secret.json":  # the folder becomes a link to the outside folder
            (landing / "sub").rename(landing / "sub.old")
            (landing / "sub").symlink_to(tmp_path / "outside")
        else:  # the file itself becomes a link to the secret
            path.rename(path.with_suffix(".old"))
            path.symlink_to(tmp_path / "outside" / "secret.json")
        return entry

    monkeypatch.setattr(landing_module, "check_entry", examine_then_swap)
    for path in (landing / "sub" / "secret.json", landing / "story.json"):
        result = parse_file(raw, path, DAY)
        assert result.articles == []
        [entry] = result.ledger
        assert (entry.status, entry.reason) == (
            "rejected", "rejected: the file, or a folder on its path, was replaced by a link while it was "
                        "being read; it was not followed or read: re-run the day")


# --- files that change while they are read ----------------------------------------------------


@pytest.mark.parametrize("name", ["moving.txt", "moving.jsonl"])
def test_a_file_appended_to_and_truncated_while_it_is_read(raw: Path, name: str) -> None:
    landing = landing_of(raw)
    if name.endswith(".jsonl"):
        line = json.dumps(good_record(content=GOOD_BODY + " More words." * 300)) + "\n"
        content, extra = line * 200, line * 30
    else:
        content = page_text(GOOD_TITLE, "\n\n".join([GOOD_BODY] * 2_000))
        extra = "\n\nMore words about nickel and cobalt supply deals." * 2_000
    (landing / name).write_text(content)
    result = guarded('''
        import os, threading
        path, content, extra = Path(ARGS["path"]), ARGS["content"].encode(), ARGS["extra"].encode()
        stop = threading.Event()

        def churn():
            turn = 0
            while not stop.is_set():
                turn += 1
                if turn % 4 == 0:
                    path.write_bytes(content)  # truncated, then written again
                elif turn % 4 == 1:
                    with open(path, "ab") as handle:
                        handle.write(extra)
                elif turn % 4 == 2:
                    os.truncate(path, len(content) // 3)  # cut in the middle of a line
                else:
                    os.truncate(path, 0)
                time.sleep(0.002)  # let each state be seen, by a read that starts or is under way

        writer = threading.Thread(target=churn)
        writer.start()
        outcomes = []
        try:
            for turn in range(40):
                outcomes.append(rows(parse_file(path.parent.parent, path, DAY, max_file_bytes=ARGS["limit"])))
                time.sleep(0.001 * (turn % 7))  # meet the writer at different moments
        finally:
            stop.set()
            writer.join()
        report(outcomes)
    ''', path=str(landing / name), content=content, extra=extra, limit=len(content) + len(extra) // 2)
    expected = ("rejected: file is empty", "rejected: file holds only", "rejected: record has no",
                "rejected: malformed JSON", "rejected: file is ")
    for outcome in result:
        loaded = [r for r in outcome["ledger"] if r[2] == "loaded"]
        # one consistent outcome: each loaded row has its article, nothing else has one
        assert sorted((r[0], r[1]) for r in loaded) == sorted((a[0], a[1]) for a in outcome["articles"])
        assert len({(r[0], r[1]) for r in outcome["ledger"]}) == len(outcome["ledger"])
        for entry in outcome["ledger"]:
            assert entry[2] in ("loaded", "rejected")
            assert entry[2] == "loaded" or entry[3].startswith(expected), entry
        assert all(a[2] == GOOD_TITLE for a in outcome["articles"])
        if name.endswith(".txt"):
            assert len(outcome["ledger"]) == 1


# --- gigantic pages ---------------------------------------------------------------------------


def page_of_size(size: int) -> str:
    """An HTML page of exactly `size` bytes, its article padded with paragraphs."""
    head = "<html><head><title>Big nickel page</title></head><body><article><h1>Big nickel page</h1>"
    tail = "</article></body></html>"
    text = head + PARAGRAPH * ((size - len(head) - len(tail) - 7) // len(PARAGRAPH))
    text += "<p>" + "x" * (size - len(text) - len(tail) - 7) + "</p>" + tail
    assert len(text.encode()) == size
    return text


def test_a_gigantic_page_just_under_and_just_over_the_size_limit(raw: Path) -> None:
    landing = landing_of(raw)
    limit = 200_000
    (landing / "good.json").write_text(json.dumps(good_record()))
    (landing / "at_limit.html").write_text(page_of_size(limit))
    (landing / "just_over.html").write_text(page_of_size(limit + 1))
    with open(landing / "far_over.htm", "wb") as sparse:
        sparse.truncate(3 * 1024 ** 3)  # 3 GB of nothing, more than the memory guard: never read
    result = parse_day_guarded(landing, max_file_bytes=limit)
    assert row(result, "at_limit.html") == ("loaded", None)
    assert article(result, "at_limit.html")[1].startswith("Vireo Lithium said on Tuesday")
    assert row(result, "just_over.html") == (
        "rejected", "rejected: file is 200,001 bytes, over the 200,000-byte limit; split it, or raise "
                    "NEWSETL_MAX_FILE_BYTES if such sizes are expected")
    assert row(result, "far_over.htm")[1].startswith("rejected: file is 3,221,225,472 bytes, over the")
    assert_good_neighbour(result)


def test_pages_beyond_the_html_parsers_limits_are_read_whole(raw: Path) -> None:
    """Regression: libxml2 stops at 256 levels of nesting or a text of 10,000,000 bytes, silently;
    such pages loaded with the rest of their text missing. They are now parsed again without
    those limits (the file size limit bounds them)."""
    landing = landing_of(raw)
    unclosed = "".join(f"<p><span>Paragraph {i} of the story about the Nevada lithium plant."
                       for i in range(400))
    (landing / "unclosed.html").write_text(html_page(f"<article><h1>Unclosed spans</h1>{unclosed}"
                                                     "<p>The last paragraph.</p></article>"))
    huge_text = "lithium " * 1_400_000  # 11.2 MB in one paragraph, under the 20 MiB file limit
    (landing / "huge_text.html").write_text(html_page(f"<article><h1>One huge paragraph</h1>{PARAGRAPH}"
                                                      f"<p>{huge_text}</p><p>The end of it.</p></article>"))
    result = parse_day_guarded(landing)
    body = article(result, "unclosed.html")[1]
    assert "Paragraph 399 of the story" in body and body.endswith("The last paragraph.")
    body = article(result, "huge_text.html")[1]
    assert len(body) > 11_000_000 and body.endswith("The end of it.")


def test_a_page_with_too_many_elements_for_main_text_extraction(raw: Path) -> None:
    """Regression: trafilatura took about 3 minutes and 3.4 GB on a 20 MiB page of 2 million tiny
    paragraphs without an <article>; such a page is now rejected before it is searched."""
    landing = landing_of(raw)
    (landing / "good.json").write_text(json.dumps(good_record()))
    (landing / "many.html").write_text(html_page("<p>a b</p>" * 60_000))
    (landing / "fewer.html").write_text(html_page(PARAGRAPH + "<p>a b</p>" * 1_000))
    result = parse_day_guarded(landing)
    assert row(result, "many.html") == ("rejected", TOO_MANY_ELEMENTS)
    assert row(result, "fewer.html") == ("loaded", None)
    assert_good_neighbour(result)


@pytest.mark.slow
def test_pages_at_the_default_size_limit_stay_within_the_guards(raw: Path) -> None:
    """At the real limit (20 MiB): the worst pages observed take about 20 s and 700 MB."""
    landing = landing_of(raw)
    size = 20 * 1024 * 1024
    (landing / "big_article.html").write_text(page_of_size(size))
    (landing / "many_elements.html").write_text(html_page("<p>a b</p>" * (size // 10 - 10)))
    result = parse_day_guarded(landing)
    assert row(result, "big_article.html") == ("loaded", None)
    assert row(result, "many_elements.html") == ("rejected", TOO_MANY_ELEMENTS)


# --- deep nesting -----------------------------------------------------------------------------


def test_deeply_nested_html(raw: Path) -> None:
    landing = landing_of(raw)
    deep = "<div>" * 100_000 + "<p>deep text</p>" + "</div>" * 100_000
    (landing / "good.json").write_text(json.dumps(good_record()))
    (landing / "deep_divs.html").write_text(html_page(deep))
    (landing / "deep_in_article.htm").write_text(
        html_page(f"<article><h1>Deep</h1>{PARAGRAPH}{deep}</article>"))
    (landing / "deep_unclosed.html").write_text(html_page("<span>" * 100_000 + PARAGRAPH))
    result = parse_day_guarded(landing)
    assert row(result, "deep_divs.html") == ("rejected", DEEP_HTML)
    assert row(result, "deep_unclosed.html") == ("rejected", DEEP_HTML)
    # the article's text before the nesting is read (down to libxml2's hard limit of 2,048 levels)
    assert row(result, "deep_in_article.htm") == ("loaded", None)
    assert article(result, "deep_in_article.htm")[1].startswith("Vireo Lithium said on Tuesday")
    assert_good_neighbour(result)


def test_deeply_nested_json(raw: Path) -> None:
    landing = landing_of(raw)
    depth = 100_000
    (landing / "good.json").write_text(json.dumps(good_record()))
    (landing / "arrays.json").write_text("[" * depth + "]" * depth)
    (landing / "objects.json").write_text('{"a":' * depth + "1" + "}" * depth)
    (landing / "in_envelope.json").write_text('{"articles": ' + "[" * depth + "]" * depth + "}")
    (landing / "batch.jsonl").write_text("[" * depth + "]" * depth + "\n" + json.dumps(good_record(
        title="The line after the deep one")) + "\n")
    json_ld = '<script type="application/ld+json">' + "[" * depth + "]" * depth + "</script>"
    (landing / "deep_json_ld.html").write_text(f"<html><head><title>JSON-LD nickel page</title>{json_ld}"
                                               f"</head><body><article><h1>Deep JSON-LD</h1>{PARAGRAPH}"
                                               "</article></body></html>")
    result = parse_day_guarded(landing)
    for name in ("arrays.json", "objects.json", "in_envelope.json"):
        assert row(result, name) == ("rejected", DEEP_JSON), name
    assert row(result, "batch.jsonl", 0) == ("rejected", DEEP_JSON)
    assert row(result, "batch.jsonl", 1) == ("loaded", None)
    assert row(result, "deep_json_ld.html") == ("loaded", None)  # broken JSON-LD is ignored
    assert_good_neighbour(result)


# --- entities: expansion bombs and external entities -------------------------------------------


def test_entity_expansion_is_not_performed(raw: Path) -> None:
    landing = landing_of(raw)
    bomb = billion_laughs()
    (landing / "good.json").write_text(json.dumps(good_record()))
    (landing / "laughs.html").write_text(html_page(f"<article><h1>Laughing at nickel</h1><p>&lol9;</p>"
                                                   f"{PARAGRAPH}</article>", prolog=bomb))
    # without an <article>: the page goes to trafilatura
    (landing / "laughs_fallback.html").write_text(
        html_page(f"<p>&lol9; &lol8;</p>{PARAGRAPH * 3}", prolog=bomb))
    # deep enough to be parsed again with libxml2's limits lifted
    (landing / "laughs_deep.html").write_text(html_page(
        "<article><h1>Deep laughs</h1>" + "<span>" * 300 + f"<p>&lol9;</p>{PARAGRAPH}</article>",
        prolog=bomb))
    result = parse_day_guarded(landing)
    for name in ("laughs.html", "laughs_fallback.html", "laughs_deep.html"):
        assert row(result, name) == ("loaded", None), name
        body = article(result, name)[1]
        assert "lollol" not in body and "Vireo Lithium said" in body
        assert len(body) < 5_000
    assert_good_neighbour(result)


@pytest.fixture
def listener():
    """A TCP port on 127.0.0.1 that records whether anything connected to it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        server.setblocking(False)
        yield server


def connected(server: socket.socket) -> bool:
    try:
        server.accept()[0].close()
        return True
    except BlockingIOError:
        return False


def test_external_entities_are_not_read_or_fetched(raw: Path, tmp_path: Path,
                                                   listener: socket.socket) -> None:
    landing = landing_of(raw)
    port = listener.getsockname()[1]
    doctype = ('<?xml version="1.0"?>\n<!DOCTYPE html [\n'
               ' <!ENTITY xxe SYSTEM "file:///etc/passwd">\n'
               f' <!ENTITY secret SYSTEM "file://{tmp_path}/outside/secret.txt">\n'
               f' <!ENTITY remote SYSTEM "http://127.0.0.1:{port}/entity">\n'
               f' <!ENTITY % dtd SYSTEM "http://127.0.0.1:{port}/evil.dtd"> %dtd;\n]>\n')
    xinclude = (f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{tmp_path}/outside/'
                'secret.txt" parse="text"/>')
    (landing / "good.json").write_text(json.dumps(good_record()))
    references = "<p>&xxe; &secret; &remote;</p>"
    (landing / "xxe.html").write_text(html_page(
        f"<article><h1>External entities</h1>{references}{xinclude}{PARAGRAPH}</article>", prolog=doctype))
    (landing / "xxe_fallback.html").write_text(html_page(f"{references}{xinclude}{PARAGRAPH * 3}",
                                                         prolog=doctype))
    (landing / "system_doctype.html").write_text(html_page(
        f"<article><h1>A DTD from afar</h1>{PARAGRAPH}</article>",
        prolog=f'<!DOCTYPE html SYSTEM "http://127.0.0.1:{port}/x.dtd">\n'))
    result = parse_day_guarded(landing)
    for name in ("xxe.html", "xxe_fallback.html", "system_doctype.html"):
        assert row(result, name) == ("loaded", None), name
        assert "Vireo Lithium said" in article(result, name)[1]
    assert_secret_not_read(result)
    assert not connected(listener), "the parser fetched an external entity or DTD over the network"
    assert_good_neighbour(result)


# --- end to end: `newsetl run` on a hostile landing folder --------------------------------------


def hostile_landing(raw: Path, tmp_path: Path) -> dict[str, tuple[str, str | None]]:
    """A landing folder of every kind above beside one good article; the ledger row expected of each
    (a reason ending in '...' is a prefix)."""
    landing = landing_of(raw)
    outside = tmp_path / "outside"
    (landing / "good.json").write_text(json.dumps(good_record()))
    (landing / "..foo..txt").write_text(page_text("Dotted name story about Zambian copper output"))
    (landing / "absolute.txt").symlink_to(outside / "secret.txt")
    (landing / "hop").mkdir()
    (landing / "chain_a.json").symlink_to("chain_b.json")
    (landing / "chain_b.json").symlink_to("hop/../../../outside/secret.json")
    (landing / "linked_dir").symlink_to(outside)
    (landing / "passwd.txt").symlink_to("/etc/passwd")
    (landing / "deep_divs.html").write_text(html_page("<div>" * 100_000 + "</div>" * 100_000))
    (landing / "deep_arrays.json").write_text("[" * 100_000 + "]" * 100_000)
    (landing / "laughs.html").write_text(html_page(
        f"<article><h1>Laughing at nickel in Zambia</h1><p>&lol9;</p>{PARAGRAPH}</article>",
        prolog=billion_laughs()))
    (landing / "xxe.html").write_text(html_page(
        f"<article><h1>External entity about cobalt</h1><p>&xxe; &secret;</p>{PARAGRAPH}</article>",
        prolog=('<!DOCTYPE html [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> '
                f'<!ENTITY secret SYSTEM "file://{outside}/secret.txt"> ]>\n')))
    (landing / "many.html").write_text(html_page("<p>a b</p>" * 60_000))
    (landing / "too_big.html").write_text(page_of_size(3_000_001))
    return {
        "good.json": ("loaded", None),
        "..foo..txt": ("loaded", None),
        "laughs.html": ("loaded", None),
        "xxe.html": ("loaded", None),
        "absolute.txt": ("rejected", OUTSIDE_LINK),
        "chain_a.json": ("rejected", OUTSIDE_LINK),
        "chain_b.json": ("rejected", OUTSIDE_LINK),
        "linked_dir": ("rejected", OUTSIDE_LINK),
        "passwd.txt": ("rejected", OUTSIDE_LINK),
        "deep_divs.html": ("rejected", DEEP_HTML),
        "deep_arrays.json": ("rejected", DEEP_JSON),
        "many.html": ("rejected", TOO_MANY_ELEMENTS),
        "too_big.html": ("rejected", "rejected: file is 3,000,001 bytes, over the 3,000,000-byte limit; "
                                     "split it, or raise NEWSETL_MAX_FILE_BYTES if such sizes are expected"),
    }


def text_in_outputs(folder: Path, needles: tuple[str, ...]) -> list[str]:
    """Where any of `needles` appears under `folder`: in a file's bytes, in any Parquet value,
    in any table of any DuckDB file."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [f"{path}: bytes" for needle in needles if needle.encode() in data]
        if path.suffix == ".parquet":
            values = repr(pq.read_table(path).to_pylist())
            found += [f"{path}: values" for needle in needles if needle in values]
        elif path.suffix == ".duckdb":
            with duckdb.connect(str(path), read_only=True) as con:
                tables = con.execute("select table_catalog, table_schema, table_name "
                                     "from information_schema.tables").fetchall()
                for catalog, schema, table in tables:
                    try:
                        query = f'select * from "{catalog}"."{schema}"."{table}"'
                        values = repr(con.execute(query).fetchall())
                    except duckdb.Error:  # a view over files that moved: its files are scanned themselves
                        continue
                    found += [f"{path}: {schema}.{table}" for needle in needles if needle in values]
    return found


@pytest.mark.slow
def test_newsetl_run_on_a_hostile_landing_folder(raw: Path, tmp_path: Path) -> None:
    expected = hostile_landing(raw, tmp_path)
    warehouse = tmp_path / "out" / "warehouse.duckdb"
    env = {**os.environ, "DO_NOT_TRACK": "1", "NEWSETL_WORKERS": "1", "NEWSETL_MAX_FILE_BYTES": "3000000"}
    try:
        done = subprocess.run([str(BIN / "newsetl"), "run", "--raw-dir", str(raw),
                               "--warehouse", str(warehouse)], capture_output=True, text=True, env=env,
                              timeout=900)
    except subprocess.TimeoutExpired:
        pytest.fail("newsetl run did not finish within 15 minutes on a hostile landing folder")
    assert done.returncode == 0, done.stderr[-5000:]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        titles = {r[0] for r in con.execute("select title from marts.dim_articles").fetchall()}
        ledger = {r[0]: (r[1], r[2]) for r in con.execute(
            "select source_file, status, reason from marts.ingest_ledger where record_index is null"
        ).fetchall()}
    assert GOOD_TITLE in titles and "Dotted name story about Zambian copper output" in titles
    assert set(ledger) == {f"{DAY}/{name}" for name in expected}
    for name, (status, reason) in expected.items():
        assert ledger[f"{DAY}/{name}"] == (status, reason), name
    # nothing from outside the landing folder anywhere: lake, work and published warehouse,
    # dbt and quality documents, the run's own output
    assert text_in_outputs(warehouse.parent, (SECRET, PASSWD_LINE)) == []
    assert SECRET not in done.stdout + done.stderr and PASSWD_LINE not in done.stdout + done.stderr
