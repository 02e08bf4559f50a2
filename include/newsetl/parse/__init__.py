"""The parse stage: raw landing files in, `Article` records and ingest-ledger rows out.

API (``from newsetl.parse import iter_landing_files, parse_file, deduplicate``):

- ``iter_landing_files(folder)`` lists every entry under a landing folder, recursively and
  sorted: regular files, hidden files (``.DS_Store``), symbolic links (listed, never
  followed while listing), special files, and directories that are named like an article file
  or cannot be listed. Whatever arrived gets a ledger row.
- ``parse_file(raw_root, path, ingest_date)`` reads one file and returns its articles and one
  ledger row per record: per file, or per line of a ``.jsonl``. It is pure apart from reading
  that one file, so it can run in worker processes, and it never raises for bad input.
- ``deduplicate(results)`` merges one landing day's results in (source_file, record_index)
  order, keeps the first copy of each article_id and turns later copies into 'duplicate' rows
  ("duplicate: same content as 2025-10-28/a.txt").

Formats read (one module each):

- ``.txt`` page scrapes (`text`): title, standfirst, byline, dateline (also glued to the
  publisher's name: "October 28, 2025Clash Report"), body without page furniture, cut at
  trailers such as "Related News" or "Most read";
- ``.html``/``.htm`` pages (`html`): JSON-LD, Open Graph and meta tags, <h1>, <time>; the body
  from the <article> element, trafilatura when there is none;
- ``.json`` news-API records, a list of them or an ``{"articles": [...]}`` envelope, and
  ``.jsonl`` batches (`newsapi`). In a list or envelope, record_index is the position in it;
  in a .jsonl it is the 0-based line number. Blank lines of a .jsonl hold no record and get no
  row (line numbers still count them); a .jsonl of nothing but blank lines is rejected.

Every file is decoded robustly (UTF-8 with or without BOM, UTF-16/32 with BOM, Windows-1252
and Latin-1 text recognised and decoded correctly), then cleaned (NUL, zero-width and bidi
control characters removed, NFC). Markup or SQL inside a title or body is kept as plain text.
Dates (`dates`): published_date is the date as the publisher states it (the local date),
published_at the UTC instant when a time is given; "3 days ago" and "yesterday" count back from
the landing date; a story dated more than a day after its landing date is kept and flagged
is_future_dated. article_id (`identity`) is a sha256 of the title and body with case,
punctuation and white space folded away, so the same story in two formats gets the same id.

What cannot be read is never dropped silently: it gets a 'rejected' ledger row whose reason
says what is wrong and what to do, and the run goes on. Rejected are:

- unsupported file types (.pdf, .docx, .DS_Store, ...): "unsupported file type .pdf;
  supported: .txt .html .htm .json .jsonl";
- empty files, files holding only white space, .jsonl files holding only blank lines;
- files over the size limit (NEWSETL_MAX_FILE_BYTES; not read at all), and lines of a .txt or
  .jsonl over the line limit (NEWSETL_MAX_LINE_BYTES; only that line of a .jsonl);
- binary content with a text extension (known binary formats named, e.g. "content is a PDF
  document"; otherwise "binary content, not text (N% control bytes)");
- malformed JSON (with line and column), a JSON value that is not a record, an API error
  response, NewsAPI '[Removed]' records;
- records or pages without a title or without a body (the reason names which);
- symbolic links pointing outside the landing folder (never read), broken links, links to
  directories, paths leading outside the landing folder, named pipes and other special files,
  directories named like files, and files that cannot be opened;
- anything a reader fails on unexpectedly ("the parser failed on this record (...); report the
  file to the pipeline maintainers"): one record is lost, never the run.

A symbolic link to a file inside the landing root is read like that file (and so is usually
ledgered as a duplicate of it).
"""
from newsetl.parse.dedupe import deduplicate
from newsetl.parse.files import parse_file
from newsetl.parse.landing import iter_landing_files

__all__ = ["deduplicate", "iter_landing_files", "parse_file"]
