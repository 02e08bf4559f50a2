"""The bench report on the terminal: one table per corpus size, the cost growth, the scores, the targets."""
from __future__ import annotations

from newsetl.bench.runner import DAY_STAGES, STAGE_LABELS

# Keys every report has (the smoke test checks them).
REPORT_KEYS = ("report_version", "started_at", "finished_at", "machine", "options", "sizes", "incremental", "targets")
SIZE_KEYS = ("articles", "records", "files", "corpus_bytes", "generation_s", "stages", "end_to_end_s",
             "end_to_end_work_s", "peak_rss_mb", "scores")
STAGE_KEYS = ("wall_s", "import_s", "process_wall_s", "cpu_s", "cores_used", "peak_rss_mb", "articles", "articles_per_s",
              "articles_per_s_per_core")
SCORE_KEYS = ("fields", "overall", "documents", "ledger")


def _num(value, digits: int = 1) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    line = lambda cells: "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows])


def stage_table(day: dict) -> str:
    rows = []
    for stage in DAY_STAGES:
        s = day["stages"][stage]
        rows.append([STAGE_LABELS[stage], _num(s["process_wall_s"], 2), _num(s["wall_s"], 2), _num(s["cpu_s"], 2),
                     _num(s["cores_used"], 2), _num(s.get("articles_per_s"), 0),
                     _num(s.get("articles_per_s_per_core"), 0), _num(s["peak_rss_mb"], 0),
                     _num(s.get("idle_estimate_s"), 2)])
    rows.append(["end to end", _num(day["end_to_end_s"], 2), _num(day["end_to_end_work_s"], 2), "", "", "", "",
                 _num(day["peak_rss_mb"], 0), _num(day.get("end_to_end_idle_estimate_s"), 2)])
    return _table(["stage", "total s", "work s", "cpu s", "cores", "art/s", "art/s/core", "peak MB", "idle est s"],
                  rows)


def render(report: dict) -> str:
    m = report["machine"]
    out = [f"newsetl bench: {m['nproc']} CPUs ({m['cpu_model']}), {m['ram_gb']} GB RAM, Python {m['python']}, "
           f"commit {m['git_commit']}; load average {m['load_avg_at_start'][0]:.2f} at start, "
           f"{m.get('load_avg_at_end', [0])[0]:.2f} at end (a shared machine makes wall times noisy)"]
    if report["sizes"]:
        out.append("total s: the stage as its own process (interpreter, imports, work); work s: the stage's own "
                   "work; cores: CPU s / work s; art/s/core: articles per CPU second; peak MB: the process tree; "
                   "idle est s: start-up CPU + CPU s / usable cores, an estimate for an idle machine")
    for size in report["sizes"]:
        out += ["", f"== one landing day of {size['articles']:,} articles ({size['records']:,} records in "
                    f"{size['files']:,} files, {size['corpus_bytes'] / 2 ** 20:,.1f} MiB; generated in "
                    f"{size['generation_s']} s)", stage_table(size)]
        parse = size["stages"]["parse"]
        out.append(f"parse+extract: {parse['workers']} worker(s) over {parse['shards']} shard(s), "
                   f"{parse['cores_used']} cores used")
        scores = size["scores"]
        fields = scores["fields"]
        out.append("extraction vs generator gold: " + ", ".join(
            f"{name} F1 {fields[name]['f1']:.3f}" for name in fields) + f"; overall F1 {scores['overall']['f1']:.3f}"
            f" (P {scores['overall']['precision']:.3f}, R {scores['overall']['recall']:.3f})")
        docs = scores["documents"]
        ledger = scores["ledger"]
        out.append(f"documents matched {docs['matched']}/{docs['articles']}, title {docs['title']}, "
                   f"published_date {docs['published_date']}, publisher {docs['publisher']}; ledger "
                   f"{ledger['actual']} vs expected {ledger['expected']}: {ledger['disagreements']} disagreements")
        if "shared_score_py" in scores:
            shared = scores["shared_score_py"]
            out.append("../shared/eval/score.py on the same warehouse: " + (
                f"overall F1 {shared['overall']['f1']:.3f}; scorers agree: {scores.get('scorers_agree')}"
                if "overall" in shared else f"failed: {shared.get('error', '')[:200]}"))
    incremental = report.get("incremental")
    if incremental:
        out += ["", f"== one new day of {incremental['articles_per_day']:,} articles on top of history "
                    f"(best of {incremental['repeat']})"]
        headers = ["history days"] + [STAGE_LABELS[s] for s in DAY_STAGES] + ["total s", "x empty", "idle est s",
                                                                              "x empty (est)"]
        rows = [[str(run["history_days"])] + [_num(run["stages"][s]["process_wall_s"], 2) for s in DAY_STAGES]
                + [_num(run["end_to_end_s"], 2), _num(run["ratio_to_empty"], 2),
                   _num(run.get("end_to_end_idle_estimate_s"), 2), _num(run.get("ratio_to_empty_idle_estimate"), 2)]
                for run in incremental["runs"]]
        out.append(_table(headers, rows))
    if report.get("targets"):
        out += ["", "== targets"]
        for check in report["targets"]:
            verdict = {True: "MET", False: "MISSED", None: "N/A"}[check["met"]]
            out.append(f"{verdict:7} {check['target']}: {check['measured']} ({check['basis']})")
    return "\n".join(out)
