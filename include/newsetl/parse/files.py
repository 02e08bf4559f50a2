"""parse_file: one landing file in, its articles and one ledger row per record out.

The checks run cheapest and safest first: is it a regular file inside the landing folder, is
its type supported, is it within the size limit (asked of the open file before reading a
byte); only then is it read (once), decoded, cleaned and handed to the reader of its format.
Every failure, expected or not, becomes a 'rejected' ledger row: this function does not raise
for anything a file can contain.
"""
from __future__ import annotations

import codecs
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from newsetl.parse import decoding, landing, newsapi
from newsetl.parse.cleaning import clean_text
from newsetl.parse.draft import ArticleDraft, Origin, Rejected, finish
from newsetl.parse.html import parse_html
from newsetl.parse.text import parse_page_text
from newsetl.records import Article, LedgerEntry, ParseResult
from newsetl.settings import MAX_FILE_BYTES, MAX_LINE_BYTES

_SUPPORTED_LIST = " ".join(landing.SUPPORTED_SUFFIXES)


def parse_file(raw_root: Path, path: Path, ingest_date: date, *, max_file_bytes: int = MAX_FILE_BYTES,
               max_line_bytes: int = MAX_LINE_BYTES) -> ParseResult:
    """Articles and ledger rows of one landing file; never raises for bad input."""
    source_format = landing.SUPPORTED_SUFFIXES.get(landing.suffix_of(path.name))
    origin = Origin(landing.source_name(raw_root, path), source_format or "", ingest_date)
    size: int | None = None
    try:
        entry = landing.check_entry(raw_root, path)
        size = entry.byte_size
        if source_format is None:
            suffix = landing.suffix_of(path.name) or "(no extension)"
            raise Rejected(f"unsupported file type {suffix}; supported: {_SUPPORTED_LIST}")
        data = landing.read_limited(entry.target, max_file_bytes, entry.root)
        size = len(data)
        if not data:
            raise Rejected("file is empty (0 bytes); re-deliver the file")
        if source_format == "jsonl":
            return _parse_jsonl(data, origin, max_line_bytes)
        return _parse_document(data, origin, max_line_bytes)
    except Rejected as rejected:
        return ParseResult(ledger=[_rejected(origin, rejected, size)])
    except Exception as error:  # a bug must cost one file, not the run
        return ParseResult(ledger=[_rejected(origin, _unexpected(error), size)])


def _parse_document(data: bytes, origin: Origin, max_line_bytes: int) -> ParseResult:
    """.txt, .html and .json files: one record, or for a JSON list or envelope several."""
    if origin.source_format == "txt":
        _check_line_lengths(data, max_line_bytes)
    text = clean_text(decoding.decode_bytes(data, html=origin.source_format == "html"))
    if not text.strip():
        raise Rejected("file holds only white space; re-deliver the file", byte_size=len(data))
    ingest_date = origin.ingest_date
    readers: list[tuple[int | None, Callable[[], ArticleDraft]]]
    if origin.source_format == "txt":
        readers = [(None, partial(parse_page_text, text, ingest_date))]
    elif origin.source_format == "html":
        readers = [(None, partial(parse_html, text, ingest_date))]
    else:
        readers = [(index, partial(newsapi.draft_from_record, record, ingest_date))
                   for index, record in newsapi.records_from_json(text)]
    fields = _field_names(origin.source_format)
    result = ParseResult()
    for index, read in readers:
        record_origin = Origin(origin.source_file, origin.source_format, ingest_date, index)
        _add(result, record_origin, read, fields, len(data) if index is None else None)
    return result


def _parse_jsonl(data: bytes, origin: Origin, max_line_bytes: int) -> ParseResult:
    """One ledger row per non-blank line; a bad line costs only itself."""
    wide = decoding.decode_wide_unicode(data)
    if wide is not None:
        data = wide.encode("utf-8")
    data = data.removeprefix(codecs.BOM_UTF8)
    decoding.reject_binary_formats(data)
    result = ParseResult()
    for number, line in newsapi.jsonl_lines(data):
        line_origin = Origin(origin.source_file, origin.source_format, origin.ingest_date, number)
        if len(line) > max_line_bytes:
            reason = landing.too_large("line", len(line), max_line_bytes, "NEWSETL_MAX_LINE_BYTES")
            result.ledger.append(_rejected(line_origin, Rejected(reason), len(line)))
            continue
        _add(result, line_origin, partial(_jsonl_record, line, origin.ingest_date), _field_names("jsonl"),
             len(line))
    if not result.ledger:
        raise Rejected("file holds only blank lines; re-deliver the batch", byte_size=len(data))
    return result


def _jsonl_record(line: bytes, ingest_date: date) -> ArticleDraft:
    decoding.reject_control_bytes(line)
    text = clean_text(decoding.decode_text_bytes(line))
    return newsapi.draft_from_record(newsapi.record_from_line(text), ingest_date)


def _add(result: ParseResult, origin: Origin, read: Callable[[], ArticleDraft],
         fields: tuple[str, str], byte_size: int | None) -> None:
    """Run one record's reader; append its article and 'loaded' row, or its 'rejected' row."""
    try:
        article = finish(read(), origin, title_field=fields[0], body_field=fields[1])
    except Rejected as rejected:
        result.ledger.append(_rejected(origin, rejected, byte_size))
        return
    except Exception as error:  # a bug must cost one record, not the file
        result.ledger.append(_rejected(origin, _unexpected(error), byte_size))
        return
    result.articles.append(article)
    result.ledger.append(_loaded(article, byte_size))


def _check_line_lengths(data: bytes, max_line_bytes: int) -> None:
    """`Rejected` when a line of a page scrape is longer than the line limit (never, for a file
    smaller than the limit: the common case costs nothing)."""
    if len(data) <= max_line_bytes:
        return
    start = 0
    while start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        if end - start > max_line_bytes:
            raise Rejected(landing.too_large("a single line", end - start, max_line_bytes,
                                             "NEWSETL_MAX_LINE_BYTES"), byte_size=len(data))
        start = end + 1


def _field_names(source_format: str) -> tuple[str, str]:
    """How a missing title or body is named in the reason: by the field the source calls it."""
    if source_format in ("json", "jsonl"):
        return f"'{newsapi.TITLE_FIELD}'", f"'{newsapi.BODY_FIELD}' (body)"
    return "title", "body"


def _loaded(article: Article, byte_size: int | None) -> LedgerEntry:
    return LedgerEntry(source_file=article.source_file, record_index=article.record_index, status="loaded",
                       reason=None, article_id=article.article_id, ingest_date=article.ingest_date,
                       source_format=article.source_format, byte_size=byte_size)


def _rejected(origin: Origin, rejected: Rejected, byte_size: int | None) -> LedgerEntry:
    return LedgerEntry(source_file=origin.source_file, record_index=origin.record_index, status="rejected",
                       reason=f"rejected: {rejected.reason}", article_id=None, ingest_date=origin.ingest_date,
                       source_format=origin.source_format or None,
                       byte_size=rejected.byte_size if rejected.byte_size is not None else byte_size)


def _unexpected(error: Exception) -> Rejected:
    return Rejected(f"the parser failed on this record ({type(error).__name__}: {str(error)[:200]}); "
                    "report the file to the pipeline maintainers")
