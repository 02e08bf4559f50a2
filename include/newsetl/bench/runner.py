"""The benchmark run: corpus sizes through every stage, then one new day on top of history.

For each size N: generate one landing day of N articles (`generator`), run every stage of
`newsetl run` on it in a fresh process each (`stage`), sampling the memory of the stage's whole
process tree from here, then score the published warehouse against the gold and check the
ledger. Then the incremental cost: the same day of `history_size` articles on an empty warehouse
and on warehouses holding 1, 7, 30 ... earlier days of the same size.

Every stage's figures: wall seconds; CPU seconds of the stage process and the children it waited
for (pool workers, dbt); cores used = CPU / wall; articles per second, and per core = articles /
(wall x cores used) = articles / CPU second; peak memory = the larger of the process tree's
sampled resident total and getrusage's per-process peaks.
"""
from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from newsetl.bench import scoring
from newsetl.bench.generator import CorpusSpec, generate, read_gold
from newsetl.settings import DEFAULT_DATA_DIR, PROJECT_ROOT

DAY_STAGES = ("parse", "parquet", "check_batch", "load", "dbt", "check_marts", "publish")
STAGE_LABELS = {"parse": "parse+extract", "parquet": "parquet", "check_batch": "check batch (GX)", "load": "load",
                "dbt": "dbt build+docs", "check_marts": "check marts (GX)", "publish": "publish"}
SHARED_SCORE = Path(os.environ.get("NEWSETL_BENCH_SCORE_PY") or PROJECT_ROOT.parent / "shared" / "eval" / "score.py")
SHARED_SCORE_MAX_ARTICLES = 5_000  # score.py compares every gold file with every warehouse file
MEASURED_DAY = date(2025, 6, 2)
REPORT_VERSION = 1

TARGETS = {
    "parse_extract_articles_per_s_per_core": 2_000,
    "day_200k_end_to_end_s": 300,
    "day_200k_peak_rss_mb": 4_096,
    "incremental_ratio_30_days": 1.2,
}


class BenchError(RuntimeError):
    pass


@dataclass
class Options:
    sizes: list[int] = field(default_factory=lambda: [1_000, 10_000, 100_000])
    history_days: list[int] = field(default_factory=lambda: [1, 7, 30])
    history_size: int = 1_000
    repeat: int = 1
    seed: int = 7
    workers: int = 0
    out: Path = DEFAULT_DATA_DIR / "bench" / "report.json"
    work_dir: Path = DEFAULT_DATA_DIR / "bench" / "work"
    keep: bool = False
    incremental: bool = True
    quick: bool = False
    # Stage processes read and write compiled bytecode in a cache of the bench's own (as an installed
    # deployment has .pyc files); cold_imports keeps the caller's environment as it is.
    cold_imports: bool = False

    def child_env(self) -> dict[str, str]:
        env = dict(os.environ)
        if not self.cold_imports:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(self.work_dir.resolve().parent / "pycache")
        return env


# --- Measuring one stage ---------------------------------------------------------------------------


def _tree_rss(process) -> int:
    total = 0
    try:
        members = [process] + process.children(recursive=True)
    except Exception:  # noqa: BLE001 - the process ended between two samples
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except Exception:  # noqa: BLE001
            pass
    return total


class _ParseProgress:
    """A nested progress bar of the parse stage: shard markers appear as shards finish."""

    def __init__(self, staging: Path, bar_factory):
        self.staging, self.bar_factory, self.bar, self.total = staging, bar_factory, None, None

    def __call__(self) -> None:
        if self.total is None:
            try:
                self.total = len(json.loads((self.staging / "plan.json").read_text())["shards"])
            except (OSError, ValueError, KeyError):
                return
            self.bar = self.bar_factory(total=self.total, desc="  shards", leave=False)
        done = sum(1 for _ in self.staging.glob("shard-?????.arrow"))
        if done > self.bar.n:
            self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run_stage(stage: str, raw_dir: Path, warehouse: Path, days: list[date], workers: int, log_path: Path,
              articles: int | None = None, probe=None, env: dict[str, str] | None = None) -> dict:
    """Run one stage in a fresh process; its figures (see the module docstring)."""
    try:
        import psutil
    except ImportError:  # the getrusage peaks remain
        psutil = None
    command = [sys.executable, "-m", "newsetl.bench.stage", stage, "--raw-dir", str(raw_dir),
               "--warehouse", str(warehouse), "--workers", str(workers)]
    for day in days:
        command += ["--date", day.isoformat()]
    log_path.parent.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    with open(log_path, "w") as log:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, text=True, env=env)
        watched = psutil.Process(process.pid) if psutil else None
        peak = 0
        while process.poll() is None:
            if watched is not None:
                peak = max(peak, _tree_rss(watched))
            if probe is not None:
                probe()
            time.sleep(0.1)
        output = process.stdout.read() if process.stdout else ""
    process_wall = time.perf_counter() - started
    if process.returncode != 0:
        tail = log_path.read_text(errors="replace").splitlines()[-25:]
        raise BenchError(f"stage {stage} exited with {process.returncode}; log {log_path}:\n" + "\n".join(tail))
    result = json.loads(output.strip().splitlines()[-1])
    cpu = result["cpu_self_s"] + result["cpu_children_s"]
    wall = result["wall_s"]
    result.update({
        "label": STAGE_LABELS.get(stage, stage),
        "process_wall_s": round(process_wall, 3),
        "cpu_s": round(cpu, 3),
        "cores_used": round(cpu / wall, 2) if wall > 0 else None,
        "peak_tree_rss_mb": round(peak / 2 ** 20, 1) if watched is not None else None,
        "peak_rss_mb": round(max(peak / 2 ** 20, result["maxrss_self_mb"], result["maxrss_children_mb"]), 1),
        "load_avg_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    })
    # What the stage would take on an idle machine: its CPU time spread over the cores it can use
    # (the parse pool's workers; one otherwise), plus start-up. Less noisy than wall time when the
    # machine is shared; it assumes the work parallelises perfectly over the workers.
    usable = max(1, result.get("workers", 1)) if stage == "parse" else 1
    result["idle_estimate_s"] = round(result.get("startup_cpu_s", 0) + cpu / usable, 2)
    if stage == "parse":
        articles = result.get("rows", {}).get("articles", articles)
    if articles:
        result["articles"] = articles
        result["articles_per_s"] = round(articles / wall, 1) if wall > 0 else None
        result["articles_per_s_per_core"] = round(articles / cpu, 1) if cpu > 0 else None
    return result


def run_day(raw_dir: Path, warehouse: Path, day: date, articles: int, workers: int, logs: Path,
            bar=None, label: str = "", bar_factory=None, env: dict[str, str] | None = None) -> dict:
    """Every stage of a daily run for one landing day, each in a fresh process."""
    from newsetl.pipeline import staging_dir
    from newsetl.settings import Settings

    stages = {}
    for stage in DAY_STAGES:
        if bar is not None:
            bar.set_postfix_str(f"{label} {STAGE_LABELS[stage]}")
        probe = None
        if stage == "parse" and bar_factory is not None:
            probe = _ParseProgress(staging_dir(Settings(raw_dir=raw_dir, warehouse=warehouse), day), bar_factory)
        try:
            stages[stage] = run_stage(stage, raw_dir, warehouse, [day], workers, logs / f"{stage}.log",
                                      articles=articles, probe=probe, env=env)
        finally:
            if probe is not None:
                probe.close()
        if bar is not None:
            bar.update(1)
    return {
        "stages": stages,
        # Every stage as its own process, as the DAG runs them: imports and interpreter start included.
        "end_to_end_s": round(sum(s["process_wall_s"] for s in stages.values()), 2),
        # The stages' own work only (no interpreter start, no imports).
        "end_to_end_work_s": round(sum(s["wall_s"] for s in stages.values()), 2),
        "end_to_end_idle_estimate_s": round(sum(s["idle_estimate_s"] for s in stages.values()), 2),
        "peak_rss_mb": max(s["peak_rss_mb"] for s in stages.values()),
    }


# --- Scores ----------------------------------------------------------------------------------------


def _shared_score(gold_dir: Path, warehouse: Path, out: Path) -> dict | None:
    if not SHARED_SCORE.exists() or not gold_dir.is_dir():
        return None
    done = subprocess.run([sys.executable, str(SHARED_SCORE), "--gold", str(gold_dir), "--warehouse",
                           str(warehouse), "--json", str(out)], capture_output=True, text=True)
    if done.returncode != 0:
        return {"error": done.stderr[-2000:]}
    summary = json.loads(out.read_text())["summary"]
    return {"fields": summary["fields"], "overall": summary["overall"], "documents": summary["documents"]}


def score_corpus(corpus: Path, warehouse: Path, days: list[str]) -> dict:
    gold = read_gold(corpus / "gold", days)
    own = scoring.score(gold, warehouse)
    expected = []
    for day in days:
        with open(corpus / "gold" / f"{day}.ledger.jsonl", encoding="utf-8") as handle:
            expected += [json.loads(line) for line in handle]
    result = {"scorer": "newsetl.bench.scoring", **own, "ledger": scoring.ledger_agreement(expected, warehouse, days)}
    shared = _shared_score(corpus / "gold" / "json", warehouse, corpus / "score_py.json")
    if shared is not None:
        result["shared_score_py"] = shared
        if "fields" in shared:
            result["scorers_agree"] = all(abs(shared["fields"][f]["f1"] - own["fields"][f]["f1"]) < 1e-3
                                          for f in scoring.FIELDS)
    return result


# --- The machine ----------------------------------------------------------------------------------


def machine() -> dict:
    model = None
    try:
        done = subprocess.run(["lscpu"], capture_output=True, text=True, timeout=10)
        model = next((line.split(":", 1)[1].strip() for line in done.stdout.splitlines()
                      if line.startswith("Model name")), None)
    except (OSError, subprocess.SubprocessError):
        pass
    ram = None
    try:
        with open("/proc/meminfo") as handle:
            ram = round(int(handle.readline().split()[1]) / 2 ** 20, 1)
    except (OSError, ValueError, IndexError):
        pass
    commit = subprocess.run(["git", "-C", str(PROJECT_ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or None
    dirty = None
    if commit:  # uncommitted changes to the code or the dbt project change what is measured
        dirty = bool(subprocess.run(["git", "-C", str(PROJECT_ROOT), "status", "--porcelain", "--", "include",
                                     "dbt_project", "gx"], capture_output=True, text=True).stdout.strip())
    elif (PROJECT_ROOT / ".bench-source").exists():  # a snapshot (git archive) names its commit here
        commit = (PROJECT_ROOT / ".bench-source").read_text().strip()
    import duckdb
    return {"nproc": os.cpu_count(), "pythondontwritebytecode": os.environ.get("PYTHONDONTWRITEBYTECODE"), "cpus_usable": len(os.sched_getaffinity(0)), "cpu_model": model,
            "ram_gb": ram, "python": platform.python_version(), "platform": platform.platform(),
            "duckdb": duckdb.__version__, "git_commit": commit, "git_dirty": dirty, "load_avg_at_start": list(os.getloadavg())}


# --- Targets ---------------------------------------------------------------------------------------


def targets(report: dict) -> list[dict]:
    checks = []
    sizes = report["sizes"]
    if sizes:
        largest = max(sizes, key=lambda s: s["articles"])
        parse = largest["stages"]["parse"]
        rate = parse.get("articles_per_s_per_core")
        checks.append({
            "target": "parse+extract >= 2,000 articles/s per core",
            "measured": rate, "met": rate is not None and rate >= TARGETS["parse_extract_articles_per_s_per_core"],
            "basis": f"{largest['articles']:,} articles: {parse['articles_per_s']} articles/s wall on "
                     f"{parse['cores_used']} cores used ({parse['workers']} workers, {parse['shards']} shards)"})
        measured = next((s for s in sizes if s["articles"] >= 200_000), None)
        basis_size = measured or largest
        if measured or basis_size["articles"] >= 10_000:
            factor = 1 if measured else 200_000 / basis_size["articles"]
            e2e, peak = basis_size["end_to_end_s"] * factor, basis_size["peak_rss_mb"] * factor
            idle = basis_size.get("end_to_end_idle_estimate_s")
            basis = (f"measured on {measured['articles']:,} articles" if measured else
                     f"NOT MEASURED: extrapolated linearly from {basis_size['articles']:,} articles "
                     f"({basis_size['end_to_end_s']} s, {basis_size['peak_rss_mb']} MB)")
            if idle is not None:
                basis += f"; idle-machine estimate from CPU time: {idle * factor:,.0f} s"
            e2e_met, peak_met = e2e < TARGETS["day_200k_end_to_end_s"], peak < TARGETS["day_200k_peak_rss_mb"]
        else:
            e2e = peak = e2e_met = peak_met = None
            basis = f"not measured: the largest day had {basis_size['articles']:,} articles (< 10,000)"
        checks.append({"target": "a 200,000-article day end to end < 5 min (s)",
                       "measured": None if e2e is None else round(e2e, 1), "met": e2e_met, "basis": basis})
        checks.append({"target": "a 200,000-article day peak memory < 4 GB (MB)",
                       "measured": None if peak is None else round(peak, 1), "met": peak_met, "basis": basis})
    incremental = report.get("incremental")
    if incremental and incremental.get("runs"):
        deepest = max(incremental["runs"], key=lambda r: r["history_days"])
        ratio = deepest.get("ratio_to_empty")
        checks.append({"target": "one new day on 30 days of history <= 1.2x the same day on an empty warehouse",
                       "measured": ratio,
                       "met": (ratio is not None and ratio <= TARGETS["incremental_ratio_30_days"])
                       if deepest["history_days"] >= 30 else None,
                       "basis": f"{deepest['history_days']} days of history, {incremental['articles_per_day']:,} "
                                f"articles a day, best of {incremental['repeat']}; from CPU time (idle-machine "
                                f"estimate): {deepest.get('ratio_to_empty_idle_estimate')}"})
    return checks


# --- The whole bench ------------------------------------------------------------------------------


def _progress(total: int):
    try:
        from tqdm import tqdm
    except ImportError:
        tqdm = None
    if tqdm is None:
        class _Null:
            n = 0

            def update(self, n=1): pass
            def set_postfix_str(self, s): print(s, file=sys.stderr)
            def close(self): pass
        return _Null(), None
    return (tqdm(total=total, desc="bench", unit="step", file=sys.stderr, dynamic_ncols=True),
            lambda **kw: tqdm(file=sys.stderr, dynamic_ncols=True, **kw))


def _generate(folder: Path, spec: CorpusSpec, bar, bar_factory, label: str) -> tuple[dict, float]:
    bar.set_postfix_str(f"{label} generate")
    inner = bar_factory(total=spec.per_day * spec.days, desc="  articles", unit="art", leave=False) \
        if bar_factory else None
    started = time.perf_counter()
    manifest = generate(folder, spec, workers=os.cpu_count() or 1,
                        progress=(lambda n: inner.update(n)) if inner else None)
    if inner:
        inner.close()
    bar.update(1)
    return manifest, round(time.perf_counter() - started, 2)


def run_bench(options: Options) -> dict:
    work = options.work_dir.resolve()
    work.mkdir(parents=True, exist_ok=True)
    depths = sorted(set(options.history_days)) if options.incremental else []
    total_steps = (sum(len(DAY_STAGES) + 2 for _ in options.sizes)
                   + ((1 + len(DAY_STAGES) * options.repeat * (1 + len(depths)) + len(depths)) if depths else 0))
    bar, bar_factory = _progress(total_steps)
    env = options.child_env()
    bar.set_postfix_str("warming up the bytecode cache")
    _warm_up(env)
    report: dict = {"report_version": REPORT_VERSION,
                    "started_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    "machine": machine(),
                    "options": {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(options).items()},
                    "sizes": [], "incremental": None}
    try:
        for size in options.sizes:
            label = f"{size:,} articles:"
            folder = work / f"size-{size}"
            shutil.rmtree(folder, ignore_errors=True)
            spec = CorpusSpec(seed=options.seed, start=MEASURED_DAY, days=1, per_day=size,
                              gold_per_article=SHARED_SCORE.exists() and size <= SHARED_SCORE_MAX_ARTICLES)
            manifest, generation_s = _generate(folder / "corpus", spec, bar, bar_factory, label)
            day = run_day(folder / "corpus" / "raw", folder / "data" / "warehouse.duckdb", MEASURED_DAY, size,
                          options.workers, folder / "logs", bar, label, bar_factory, env)
            bar.set_postfix_str(f"{label} score")
            scores = score_corpus(folder / "corpus", folder / "data" / "warehouse.duckdb", [MEASURED_DAY.isoformat()])
            bar.update(1)
            report["sizes"].append({"articles": size, "records": sum(manifest["days"][0]["records"].values()),
                                    "files": manifest["days"][0]["files"], "corpus_bytes": manifest["bytes"],
                                    "generation_s": generation_s, **day, "scores": scores})
            if not options.keep:
                shutil.rmtree(folder, ignore_errors=True)
        if depths:
            report["incremental"] = _incremental(options, depths, work, bar, bar_factory, env)
    finally:
        bar.close()
    report["targets"] = targets(report)
    report["finished_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    report["machine"]["load_avg_at_end"] = list(os.getloadavg())
    return report


def _warm_up(env: dict[str, str]) -> None:
    """Import what the stages import once, so no measured stage pays for compiling bytecode."""
    modules = "newsetl.parse, newsetl.extract, newsetl.lake, newsetl.quality, newsetl.warehouse, newsetl.transform"
    subprocess.run([sys.executable, "-c", f"import {modules}"], env=env, capture_output=True)
    from newsetl.transform import dbt_executable
    subprocess.run([dbt_executable(), "--version"], env=env, capture_output=True)


def _best(runs: list[dict]) -> dict:
    """The least-disturbed of repeated runs of the same day (the shortest), with every total kept."""
    best = min(runs, key=lambda r: r["end_to_end_s"])
    return {**best, "repeats_end_to_end_s": [r["end_to_end_s"] for r in runs]}


def _incremental(options: Options, depths: list[int], work: Path, bar, bar_factory, env) -> dict:
    deepest = depths[-1]
    start = MEASURED_DAY - timedelta(days=deepest)
    folder = work / "incremental"
    shutil.rmtree(folder, ignore_errors=True)
    spec = CorpusSpec(seed=options.seed, start=start, days=deepest + 1, per_day=options.history_size)
    _, generation_s = _generate(folder / "corpus", spec, bar, bar_factory, "incremental:")
    raw = folder / "corpus" / "raw"
    all_days = spec.dates()
    measured_day = all_days[-1]

    def measure(data: Path, label: str) -> dict:
        runs = [run_day(raw, data / "warehouse.duckdb", measured_day, options.history_size, options.workers,
                        folder / "logs" / f"h{label.split()[0]}-{i}", bar, label, bar_factory, env)
                for i in range(options.repeat)]
        return _best(runs)

    runs = [{"history_days": 0, **measure(folder / "h0", "0 days of history (empty warehouse):")}]
    history = folder / "history"
    loaded = 0
    for depth in depths:
        bar.set_postfix_str(f"history: loading days {loaded + 1}-{depth}")
        run_stage("history", raw, history / "warehouse.duckdb", all_days[loaded:depth], options.workers,
                  folder / "logs" / f"history-{depth}.log", env=env)
        loaded = depth
        bar.update(1)
        snapshot = folder / f"h{depth}"
        shutil.rmtree(snapshot, ignore_errors=True)
        shutil.copytree(history, snapshot)
        runs.append({"history_days": depth, **measure(snapshot, f"{depth} days of history:")})
        if not options.keep:
            shutil.rmtree(snapshot, ignore_errors=True)
    empty = runs[0]["end_to_end_s"]
    empty_cpu = runs[0].get("end_to_end_idle_estimate_s")
    for run in runs:
        run["ratio_to_empty"] = round(run["end_to_end_s"] / empty, 3) if empty else None
        if empty_cpu and run.get("end_to_end_idle_estimate_s") is not None:
            run["ratio_to_empty_idle_estimate"] = round(run["end_to_end_idle_estimate_s"] / empty_cpu, 3)
        run["stage_work_ratio_to_empty"] = {
            stage: round(run["stages"][stage]["wall_s"] / runs[0]["stages"][stage]["wall_s"], 2)
            for stage in DAY_STAGES if runs[0]["stages"][stage]["wall_s"] > 0}
    if not options.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return {"articles_per_day": options.history_size, "measured_day": measured_day.isoformat(),
            "repeat": options.repeat, "generation_s": generation_s, "runs": runs}


def write_report(report: dict, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(json.dumps(report, indent=2, default=str))
    os.replace(tmp, out)
    return out
