"""The parse stage: raw landing files in, `Article` records and ingest-ledger rows out.

API (``from newsetl.parse import iter_landing_files, parse_file, deduplicate``):

- ``iter_landing_files(folder)`` lists every entry under a landing folder, recursively and
  sorted: regular files, hidden files (``.DS_Store``), symbolic links (listed, never followed
  while listing), named pipes and other special files, directories that cannot be listed, and
  directories named like an article file (``story.json/``, whose contents are listed too).
  Whatever arrived gets a ledger row; odd names never make it raise.
- ``parse_file(raw_root, path, ingest_date)`` reads one file and returns its articles and one
  ledger row per record: per file, or per line of a ``.jsonl``. It is pure apart from reading
  that one file (once, whole, into memory), so it can run in worker processes, and it never
  raises for bad input. ``source_file`` is the path relative to ``raw_root``, '/'-separated
  (bytes of a name that are not UTF-8 are shown as ``\\xNN``).
- ``deduplicate(results)`` merges one landing day's results in (source_file, record_index)
  order, keeps the first copy of each article_id and turns later copies into 'duplicate' rows
  ("duplicate: same content as 2025-10-28/a.txt"), dropping their articles. Duplicates across
  days are left to the warehouse.

Formats read (one module each):

- ``.txt`` page scrapes (`text`): title (a PDF's headline in capitals wrapped over lines is joined),
  standfirst, byline, dateline (also glued to the publisher's name: "October 28, 2025Clash Report";
  the publication's date over an update's), wire dateline ("LONDON, March 6 (Wire) -",
  a press release's "/PRNewswire/ --" or its own "Vancouver, January 14, 2025 –", `wire`);
  the lines of text wrapped at a fixed width (a PDF's) joined into paragraphs;
  the body without page furniture ("Advertisement", share bars, cookie banners, captions,
  "Source:" credits, a print page's "Continued from B1", a breadcrumb ending in the headline, the
  headline repeated, "With files from X", a PDF's "Page 1 of 2"), without "Read more:" (also
  "Lea también:", "Lire aussi") and sign-up boxes, without a paywall's prompts and calls to the reader
  ("Already a subscriber? Log in", "You have 1 free article remaining", "Download the X app"), an
  e-paper's page labels ("Page 9 - Business") or a live blog's "Key events" list, without the headings
  and links under its last sentence, and cut at trailers such as "Related News", "Most read", "More
  from X", "Notes", a blog platform's "Published in X" or "Comments (4)", or an agency's "Enditem" (`furniture`);
- ``.html``/``.htm`` pages (`html`, `html_metadata`): JSON-LD, Open Graph and meta tags,
  <h1> (not a section's label: 'Business'), <time>, a "Posted on ..." line, the site's logo; the body from the <article> element, trafilatura when
  there is none (cut at the same trailers);
- ``.json`` news-API records, a list of them or an envelope (``{"articles": [...]}``, the
  ``"results"`` / ``"data"`` / ``"value"`` of other news APIs, Event Registry's ``{"articles": {"results":
  [...]}}``), and ``.jsonl`` batches (`newsapi`); fields by
  NewsAPI's names or other APIs' (``headline``, ``body``/``text``, NewsCatcher's ``summary``,
  ``pubDate``, ``source_name``, ``clean_url``, webz.io's ``thread.site``, Bing's ``name`` and
  ``provider``, the Guardian's
  ``response`` and ``fields`` ...). In a list or envelope, record_index is the position in it
  (the ledger needs one key per record); in a .jsonl it is the 0-based line number. Blank lines
  of a .jsonl hold no record and get no row (line numbers still count them).

A title loses a " | Site" or " - Publisher" suffix that names its publisher, or a "Site | " prefix
that is its very name; an HTML page's visible <h1> wins over an og:title that its <title> does not
back. Every file is decoded robustly (`decoding`: UTF-8 with or without BOM, UTF-16/32, Windows-1252
and Latin-1 recognised and decoded correctly, a charset an HTML page declares) and cleaned
(`cleaning`: NUL, zero-width and bidi control characters removed, NFC). Markup or SQL inside a title
or body is kept as plain text, never interpreted. Dates (`dates`): published_date is the date as the
publisher states it (the local date), published_at the UTC instant when a time is given (a news
API's Unix timestamp too); month names in Spanish, Portuguese, French and German are read; "3 days
ago" and "yesterday" count back from the landing date; a story dated more than a day after its
landing date is kept and flagged is_future_dated. article_id (`identity`) is a sha256
of the title and body with case, punctuation and white space folded away, so the same story in
two formats gets the same id. language (`language`) is a guess from common function words.

What cannot be read is never dropped silently: it gets a 'rejected' ledger row whose reason
says what is wrong and what to do, and the run goes on. Reasons, after "rejected: ":

- "unsupported file type .pdf; supported: .txt .html .htm .json .jsonl" (also .docx,
  .DS_Store: "(no extension)");
- "file is empty (0 bytes); re-deliver the file", "file holds only white space ...",
  "file holds only blank lines ..." (a .jsonl);
- "file is N bytes, over the M-byte limit; split it, or raise NEWSETL_MAX_FILE_BYTES ..." (the
  size is read from the open file: nothing is read), and "a single line is N bytes ..." for a
  .txt, "line is N bytes ..." for one line of a .jsonl (NEWSETL_MAX_LINE_BYTES; .html and
  .json files are bounded by the file limit only);
- "content is a PDF document, not text ..." (and other known binary formats), "binary
  content, not text (N% control bytes); deliver the article as UTF-8 text";
- "malformed JSON: <what> (line L, column C); re-export it as valid JSON" (or "... name it
  .jsonl" when a .json holds one record per line), "the record is a JSON array, not an
  object ...", "news API error response (code: message) ...", "the news API marks this record
  '[Removed]' ...", "the JSON holds an empty list of articles ...", "JSON nested too deeply to
  be a news record; re-export it";
- "the page has no story in an <article> element and is nested more than 256 elements deep" (or
  "holding a single text or tag of more than 10,000,000 bytes"), "... and more than 50,000
  elements, too many to search for its main text" (see Limits);
- "record has no title", "record has no body", "record has no 'title' and no 'content'
  (body)" ...; "re-deliver it with the missing text";
- "symbolic link to a target outside the landing folder; it was not followed or read: copy
  the file itself into the landing folder", "broken symbolic link ...", "symbolic link to a
  directory ...", "the path leads outside the landing folder; it was not read" (or "... through
  a linked folder ..."), "the file, or a folder on its path, was replaced by a link while it was
  being read ...", "not a regular file (a named pipe) ...", "this is a directory, not a file;
  the files inside it are read on their own", "the file could not be opened (Permission
  denied) ...";
- "the parser failed on this record (<error>); report the file to the pipeline maintainers":
  a bug costs one record, never the run.

A symbolic link to a file inside the landing root is read like that file, so it is usually
ledgered as a duplicate of it (whichever sorts first is kept).

Limits, per file (tests/faults/test_hostile_input.py holds each one, running every hostile case
under a guard of 60 s wall clock and 2 GB of address space):

- size: 20 MiB per file (NEWSETL_MAX_FILE_BYTES), 5 MiB per line of a .txt or .jsonl
  (NEWSETL_MAX_LINE_BYTES). The size is asked of the open file before a byte is read; a file
  that grows while it is read is cut at the limit + 1 byte and rejected. A file truncated or
  rewritten while it is read gives one consistent outcome: what was read, or a rejection.
- time and memory, observed on 2 shared cores at the 20 MiB limit: an .html page 5-8 s and up to
  750 MB (a page of 2 million tiny elements is rejected after about 10 s and 700 MB), a .txt
  about 6 s and 400 MB, a .json about 2 s and 450 MB, a .jsonl about 2 s and 120 MB. An
  ordinary article (under 100 KB) takes milliseconds. Memory is about 35 times the file's size
  at worst, and is freed when the next file is read.
- nesting: HTML is read to 256 levels, and a page deeper than that is parsed again to 2,048
  (libxml2's hard cap; below it nothing is read, and a page without an <article> that reaches
  the cap is rejected). JSON deeper than Python's recursion limit (about 1,000 levels) is
  rejected. Neither is walked by recursion that could overflow the stack.
- main-text extraction (trafilatura, for a page without an <article>): pages of up to 50,000
  elements, a few seconds and about 150 MB; larger ones are rejected.
- entities and links: no DTD, entity (internal or external, file or network) or XInclude is
  ever expanded, loaded or fetched; entity references stay as the literal text "&name;".
  Listing never follows a link; reading follows a link to a file only when its target is inside
  the landing root, and opens the file from the root one folder at a time without following
  links, so nothing outside the landing folder is ever read.
"""
from newsetl.parse.dedupe import deduplicate
from newsetl.parse.files import parse_file
from newsetl.parse.landing import iter_landing_files

__all__ = ["deduplicate", "iter_landing_files", "parse_file"]
