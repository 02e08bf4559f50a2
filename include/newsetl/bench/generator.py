"""A deterministic generator of synthetic news landing folders, with their ground truth.

    python -m newsetl.bench.generator --out /tmp/corpus --days 3 --per-day 1000 --seed 7

writes

    OUT/raw/YYYY-MM-DD/NNNNNN-<publisher>-<slug>.{txt,html,json,jsonl}   the landing folders
    OUT/gold/YYYY-MM-DD.jsonl          one gold object per article (format of ../shared/eval/README.md)
    OUT/gold/YYYY-MM-DD.ledger.jsonl   the ledger row each raw record should get (loaded/duplicate/rejected)
    OUT/gold/json/*.json               the same gold, one file per article (--gold-per-article), for score.py
    OUT/corpus.json                    the spec, counts and bytes of what was written

Each day holds `per_day` distinct articles in a realistic mix of formats (35 % page-scrape .txt
with the date glued to the publisher's name, furniture lines and a "Related News" trailer; 30 %
.html pages with nav, article, aside, footer and JSON-LD; 20 % news-API .json records; 15 % in
.jsonl batches of 5 to 40), plus exact duplicates (2 % of articles, re-delivered under another
name later the same day) and bad records (1 %: empty, blank, binary junk, a PDF, truncated JSON,
a record without a body; and a malformed line in one .jsonl batch in ten).

Determinism: every article is drawn from its own random stream, seeded by (seed, day, index),
and the day's layout from (seed, day); the same seed and seed CSVs give the same bytes whatever
the number of worker processes. Stories: see `stories.py`.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import random
import shutil
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from newsetl.bench.stories import MONTHS, Story, build_story
from newsetl.bench.vocabulary import load_vocabulary
from newsetl.settings import SEEDS_DIR

GENERATOR_VERSION = 2
FORMAT_MIX = (("txt", 0.35), ("html", 0.30), ("json", 0.20), ("jsonl", 0.15))
BAD_KINDS = ("empty", "blank", "binary", "pdf", "truncated_json", "no_body_json")
JSONL_BATCH = (5, 40)
MALFORMED_LINE_SHARE = 0.1  # of .jsonl batches
CHUNK_UNITS = 250


@dataclass(frozen=True)
class CorpusSpec:
    seed: int = 7
    start: date = date(2025, 6, 2)
    days: int = 1
    per_day: int = 1000
    duplicate_share: float = 0.02
    bad_share: float = 0.01
    gold_per_article: bool = False

    def dates(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range(self.days)]


# --- Randomness ------------------------------------------------------------------------------


def _rng(*parts: object) -> random.Random:
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


# --- Day layout --------------------------------------------------------------------------------


def _largest_remainder(total: int, shares: tuple[tuple[str, float], ...]) -> dict[str, int]:
    raw = {name: total * share for name, share in shares}
    counts = {name: int(value) for name, value in raw.items()}
    for name in sorted(raw, key=lambda n: raw[n] - counts[n], reverse=True)[: total - sum(counts.values())]:
        counts[name] += 1
    return counts


def plan_day(spec: CorpusSpec, day: date) -> list[dict]:
    """The day's units in file order: {'kind': 'txt'|'html'|'json'|'jsonl'|'bad'|'dup', ...}."""
    rng = _rng(spec.seed, day, "plan")
    counts = _largest_remainder(spec.per_day, FORMAT_MIX)
    units: list[dict] = [{"kind": fmt} for fmt in ("txt", "html", "json") for _ in range(counts[fmt])]
    left = counts["jsonl"]
    while left > 0:
        size = min(left, rng.randint(*JSONL_BATCH))
        units.append({"kind": "jsonl", "size": size, "malformed_at": rng.randrange(size + 1)
                      if rng.random() < MALFORMED_LINE_SHARE else None})
        left -= size
    rng.shuffle(units)
    article = 0
    for unit in units:
        unit["articles"] = list(range(article, article + unit.get("size", 1)))
        article += unit.get("size", 1)
    for _ in range(round(spec.per_day * spec.bad_share)):
        units.insert(rng.randrange(len(units) + 1), {"kind": "bad", "bad": rng.choice(BAD_KINDS),
                                                     "token": rng.getrandbits(32)})
    singles = [i for i, u in enumerate(units) if u["kind"] in ("txt", "html", "json")]
    for source in sorted(rng.sample(singles, min(len(singles), round(spec.per_day * spec.duplicate_share)))):
        units.append({"kind": "dup", "source": source})
    for position, unit in enumerate(units):
        unit["pos"] = position
    return units


# --- Formats -----------------------------------------------------------------------------------


def _publisher_slug(publisher: str) -> str:
    return "".join(ch for ch in publisher.lower() if ch.isalnum())


def _url(story: Story) -> str:
    p = story.published
    return (f"https://www.{_publisher_slug(story.publisher)}.com/{story.section.lower().replace(' ', '-')}/"
            f"{p.year}/{p.month:02d}/{p.day:02d}/{story.slug}")


def _long_date(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def render_txt(story: Story, rng: random.Random) -> str:
    lines = []
    if rng.random() < 0.1:
        lines.append("We use cookies to improve your experience on our site. Accept all")
    lines += [story.title, story.description, f"{_long_date(story.published.date())}{story.publisher}", ""]
    if rng.random() < 0.8:
        lines.append(story.publisher.replace(" ", ""))
    if rng.random() < 0.4:
        lines.append(f"By {story.author}")
    first = True
    for kind, text in story.blocks:
        if kind == "p":
            lines.append(f"{story.dateline} – {text}" if first else text)
            first = False
        elif kind == "h":
            lines.append(text)
        else:
            lines.append("Advertisement")
    if story.related and rng.random() < 0.15:
        lines.insert(len(lines) - 1, f"Read more: {story.related[0][0]}")
    lines += ["", "Share this article", "Related News"]
    for headline, category, month in story.related:
        lines += [headline, category, month]
    return "\n".join(lines) + "\n"


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def render_html(story: Story, rng: random.Random) -> str:
    e = html.escape
    title = e(story.title, quote=False)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": story.title,
          "description": story.description, "datePublished": _iso(story.published),
          "author": {"@type": "Person", "name": story.author},
          "publisher": {"@type": "Organization", "name": story.publisher}}
    body = []
    for kind, text in story.blocks:
        if kind == "p":
            body.append(f"    <p>{e(text, quote=False)}</p>")
        elif kind == "h":
            body.append(f"    <h2>{e(text, quote=False)}</h2>")
        else:
            body.append('    <div class="ad-slot" data-slot="mid-article">Advertisement</div>')
    if body:
        body[0] = body[0].replace("<p>", f"<p>{e(story.dateline.title())} – ", 1)
    related = "\n".join(f'    <li><a href="/news/{i}">{e(h, quote=False)}</a></li>'
                        for i, (h, _, _) in enumerate(story.related))
    nav = "".join(f'<li><a href="/{s.lower()}/">{s}</a></li>' for s in ("Energy", "Metals", "Markets", "Policy",
                                                                          "Newsletter"))
    shown = story.published.date()
    time_tag = (f'<time datetime="{_iso(story.published)}">{shown.day} {MONTHS[shown.month - 1]} '
                f'{shown.year}</time>')
    if rng.random() < 0.5:
        article = f"""<article class="story">
  <p class="kicker">{e(story.section)}</p>
  <h1>{title}</h1>
  <p class="standfirst">{e(story.description, quote=False)}</p>
  <div class="byline">By <span class="author">{e(story.author)}</span> &middot; {time_tag}</div>
  <figure class="lead"><img src="/media/lead.jpg" alt=""><figcaption>Photo: {e(story.publisher)}</figcaption></figure>
  <div class="story-body">
{chr(10).join(body)}
  </div>
  <div class="share">Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a></div>
</article>"""
    else:
        article = f"""<article id="story" class="article">
  <h1>{title}</h1>
  <div class="meta">{e(story.author)} &middot; {time_tag} &middot; {e(story.section)}</div>
{chr(10).join(body)}
</article>"""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | {e(story.publisher)}</title>
<meta name="description" content="{e(story.description)}">
<meta property="og:site_name" content="{e(story.publisher)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(story.title)}">
<meta property="og:url" content="{e(_url(story))}">
<meta property="article:published_time" content="{_iso(story.published)}">
<link rel="canonical" href="{e(_url(story))}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<div id="consent" class="consent-banner">This site uses cookies for analytics and advertising. <button>Accept all</button></div>
<header class="site-header"><a class="logo" href="/">{e(story.publisher)}</a>
<nav class="primary-nav"><ul>{nav}</ul></nav></header>
<main id="content">
{article}
</main>
<aside class="related" aria-label="Related articles">
  <h3>Related</h3>
  <ul>
{related}
  </ul>
</aside>
<footer class="site-footer"><p>&copy; {story.published.year} {e(story.publisher)}. All rights reserved.</p>
<p><a href="/about/">About</a> | <a href="/privacy/">Privacy</a></p></footer>
{_page_weight(rng)}
</body>
</html>
"""


def _page_weight(rng: random.Random) -> str:
    """What makes real saved pages heavy: a mega-menu and an inline state blob (40 % of pages, 8-40 KB)."""
    if rng.random() >= 0.4:
        return "<script>window.dataLayer = window.dataLayer || [];</script>"
    links = "".join(f'<li><a href="/topic/{i}">Topic {i}</a></li>' for i in range(rng.randint(40, 160)))
    state = {"page": {"id": rng.getrandbits(48), "ads": [{"slot": f"slot-{i}", "sizes": [[300, 250], [728, 90]],
                                                        "targeting": {"kw": ["markets", "metals", str(i)]}}
                                                       for i in range(rng.randint(40, 200))]}}
    return (f'<div class="mega-menu" hidden><ul>{links}</ul></div>\n'
            f'<script id="__STATE__" type="application/json">{json.dumps(state)}</script>\n'
            '<script>window.dataLayer = window.dataLayer || [];</script>')


def newsapi_record(story: Story, rng: random.Random) -> dict:
    title = story.title + (f" - {story.publisher}" if rng.random() < 0.2 else "")
    paragraphs = list(story.body_paragraphs)
    paragraphs[0] = f"{story.dateline.title()} – {paragraphs[0]}" if rng.random() < 0.3 else paragraphs[0]
    return {
        "source": {"id": None, "name": story.publisher},
        "author": story.author,
        "title": title,
        "description": story.description,
        "url": _url(story),
        "urlToImage": None if rng.random() < 0.3 else _url(story) + ".jpg",
        "publishedAt": story.published.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "content": "\n\n".join(paragraphs),
    }


def _stated_date(story: Story, fmt: str) -> str:
    """published_date as the publisher states it: the local date, or the UTC date of a news-API record."""
    if fmt in ("json", "jsonl"):
        return story.published.astimezone(timezone.utc).date().isoformat()
    return story.published.date().isoformat()


def _gold(story: Story, file: str, fmt: str) -> dict:
    return {"file": file, "title": story.title, "published_date": _stated_date(story, fmt),
            "publisher": story.publisher, **story.gold.as_json()}


# --- One chunk of units (runs in a worker process) -----------------------------------------------


def _story(spec: CorpusSpec, day: date, index: int) -> tuple[Story, random.Random]:
    """Article `index` of `day`, and its random stream (the format renderer continues it)."""
    rng = _rng(spec.seed, day, "article", index)
    return build_story(load_vocabulary(SEEDS_DIR), rng, day), rng


def _bad_bytes(kind: str, token: int, spec: CorpusSpec, day: date) -> tuple[str, bytes]:
    rng = random.Random(token)
    if kind == "empty":
        return "txt", b""
    if kind == "blank":
        return "txt", b"\n   \n\t\n"
    if kind == "binary":
        return "txt", bytes(rng.getrandbits(8) for _ in range(rng.randint(2000, 8000)))
    if kind == "pdf":
        return "pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(
            rng.getrandbits(8) for _ in range(1500))
    story, srng = _story(spec, day, 10_000_000 + token % 1_000_000)
    record = newsapi_record(story, srng)
    if kind == "truncated_json":
        text = json.dumps(record, ensure_ascii=False, indent=2)
        return "json", text[: len(text) // 2].encode()
    record["content"] = None
    record["description"] = None
    return "json", json.dumps(record, ensure_ascii=False, indent=2).encode()


def render_chunk(spec: CorpusSpec, day: date, units: list[dict], raw_dir: str) -> list[dict]:
    """Write the files of some units; return per unit its name, gold objects and expected ledger rows."""
    folder = Path(raw_dir) / day.isoformat()
    results = []
    for unit in units:
        pos, kind = unit["pos"], unit["kind"]
        gold: list[dict] = []
        ledger: list[dict] = []
        if kind == "bad":
            ext, data = _bad_bytes(unit["bad"], unit["token"], spec, day)
            name = f"{pos:06d}-delivery-{unit['bad'].replace('_', '-')}.{ext}"
            ledger.append({"record_index": None, "status": "rejected", "why": unit["bad"]})
        elif kind == "jsonl":
            lines = []
            for k, index in enumerate(unit["articles"]):
                story, rng = _story(spec, day, index)
                if k == unit["malformed_at"]:
                    broken = json.dumps(newsapi_record(story, rng), ensure_ascii=False)
                    lines.append(broken[: len(broken) // 3])
                    ledger.append({"record_index": len(lines) - 1, "status": "rejected", "why": "malformed line"})
                    story, rng = _story(spec, day, index + 50_000_000)  # the article still arrives, intact
                lines.append(json.dumps(newsapi_record(story, rng), ensure_ascii=False))
                gold.append((story, len(lines) - 1))
                ledger.append({"record_index": len(lines) - 1, "status": "loaded"})
            name = f"{pos:06d}-newsapi-batch.jsonl"
            data = ("\n".join(lines) + "\n").encode()
            gold = [_gold(story, f"{day.isoformat()}/{name}", "jsonl") | {"record_index": line}
                    for story, line in gold]
        else:
            story, rng = _story(spec, day, unit["articles"][0])
            name = f"{pos:06d}-{_publisher_slug(story.publisher)[:24]}-{story.slug}.{kind}"
            if kind == "txt":
                data = render_txt(story, rng).encode()
            elif kind == "html":
                data = render_html(story, rng).encode()
            else:
                data = json.dumps(newsapi_record(story, rng), ensure_ascii=False, indent=2).encode()
            gold = [_gold(story, f"{day.isoformat()}/{name}", kind)]
            ledger.append({"record_index": None, "status": "loaded"})
        (folder / name).write_bytes(data)
        results.append({"pos": pos, "name": name, "bytes": len(data), "gold": gold,
                        "ledger": [{"source_file": f"{day.isoformat()}/{name}", **row} for row in ledger]})
    return results


# --- The corpus ----------------------------------------------------------------------------------


def _write_day(spec: CorpusSpec, day: date, raw_dir: Path, gold_dir: Path, pool, progress) -> dict:
    units = plan_day(spec, day)
    folder = raw_dir / day.isoformat()
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    work = [u for u in units if u["kind"] != "dup"]
    chunks = [work[i:i + CHUNK_UNITS] for i in range(0, len(work), CHUNK_UNITS)]
    results: dict[int, dict] = {}
    mapper = pool.map if pool is not None else map
    for done in mapper(render_chunk, [spec] * len(chunks), [day] * len(chunks), chunks,
                       [str(raw_dir)] * len(chunks)):
        for result in done:
            results[result["pos"]] = result
        if progress is not None:
            progress(sum(len(r["gold"]) for r in done))
    for unit in units:
        if unit["kind"] != "dup":
            continue
        source = results[unit["source"]]
        stem, ext = source["name"].rsplit(".", 1)
        name = f"{unit['pos']:06d}-{stem.split('-', 1)[1]}-redelivered.{ext}"
        shutil.copyfile(folder / source["name"], folder / name)
        results[unit["pos"]] = {"pos": unit["pos"], "name": name, "bytes": source["bytes"], "gold": [],
                                "ledger": [{"source_file": f"{day.isoformat()}/{name}", "record_index": None,
                                            "status": "duplicate",
                                            "why": f"same as {day.isoformat()}/{source['name']}"}]}
    ordered = [results[p] for p in sorted(results)]
    gold_dir.mkdir(parents=True, exist_ok=True)
    with open(gold_dir / f"{day.isoformat()}.jsonl", "w", encoding="utf-8") as handle:
        for result in ordered:
            for item in result["gold"]:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    with open(gold_dir / f"{day.isoformat()}.ledger.jsonl", "w", encoding="utf-8") as handle:
        for result in ordered:
            for row in result["ledger"]:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    if spec.gold_per_article:
        per_article = gold_dir / "json"
        per_article.mkdir(exist_ok=True)
        for result in ordered:
            for item in result["gold"]:
                stem = result["name"].rsplit(".", 1)[0]
                suffix = f"__{item['record_index']}" if item.get("record_index") is not None else ""
                (per_article / f"{day.isoformat()}_{stem}{suffix}.json").write_text(
                    json.dumps({k: v for k, v in item.items() if k != "record_index"}, ensure_ascii=False,
                               indent=1), encoding="utf-8")
    statuses = Counter(row["status"] for r in ordered for row in r["ledger"])
    formats = Counter(u["kind"] for u in units)
    return {"date": day.isoformat(), "articles": sum(len(r["gold"]) for r in ordered), "files": len(ordered),
            "bytes": sum(r["bytes"] for r in ordered), "records": dict(statuses), "units": dict(formats),
            "gold": f"gold/{day.isoformat()}.jsonl"}


def generate(out: Path, spec: CorpusSpec, workers: int = 1, progress=None) -> dict:
    """Write the corpus under `out` (raw/, gold/, corpus.json); returns the manifest."""
    out = Path(out)
    raw_dir, gold_dir = out / "raw", out / "gold"
    raw_dir.mkdir(parents=True, exist_ok=True)
    if spec.gold_per_article and (gold_dir / "json").exists():
        shutil.rmtree(gold_dir / "json")
    pool = ProcessPoolExecutor(max_workers=workers) if workers > 1 and spec.per_day > 2 * CHUNK_UNITS else None
    try:
        days = [_write_day(spec, day, raw_dir, gold_dir, pool, progress) for day in spec.dates()]
    finally:
        if pool is not None:
            pool.shutdown()
    manifest = {"generator_version": GENERATOR_VERSION, "spec": {**asdict(spec), "start": spec.start.isoformat()},
                "seeds": {p.name: hashlib.sha256(p.read_bytes()).hexdigest()[:16]
                          for p in sorted(Path(SEEDS_DIR).glob("*.csv"))},
                "days": days, "articles": sum(d["articles"] for d in days), "bytes": sum(d["bytes"] for d in days)}
    (out / "corpus.json").write_text(json.dumps(manifest, indent=2))
    return manifest


def read_gold(gold_dir: Path, days: list[str] | None = None) -> list[dict]:
    """Gold objects of the given days (all days when None), in file order."""
    items = []
    for path in sorted(Path(gold_dir).glob("*.jsonl")):
        if path.name.endswith(".ledger.jsonl") or (days is not None and path.stem not in days):
            continue
        with open(path, encoding="utf-8") as handle:
            items += [json.loads(line) for line in handle if line.strip()]
    return items


def tree_digest(folder: Path) -> str:
    """sha256 over every file's relative path and bytes: equal digests, equal corpora."""
    digest = hashlib.sha256()
    for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="write a synthetic news corpus with its gold")
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--days", type=int, default=1)
    parser.add_argument("--per-day", type=int, default=1000)
    parser.add_argument("--start", type=date.fromisoformat, default=CorpusSpec.start)
    parser.add_argument("--seed", type=int, default=CorpusSpec.seed)
    parser.add_argument("--duplicate-share", type=float, default=CorpusSpec.duplicate_share)
    parser.add_argument("--bad-share", type=float, default=CorpusSpec.bad_share)
    parser.add_argument("--gold-per-article", action="store_true")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    spec = CorpusSpec(seed=args.seed, start=args.start, days=args.days, per_day=args.per_day,
                      duplicate_share=args.duplicate_share, bad_share=args.bad_share,
                      gold_per_article=args.gold_per_article)
    manifest = generate(args.out, spec, workers=args.workers)
    print(json.dumps({k: v for k, v in manifest.items() if k != "seeds"}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
