"""The benchmark: synthetic news with its own ground truth, and `newsetl bench`.

- `generator` writes a deterministic corpus (landing folders of .txt/.html/.json/.jsonl files,
  duplicates and bad files) and the gold a careful reader would extract from it;
- `stage` runs one pipeline stage in a fresh process and reports its time, CPU and memory;
- `scoring` scores a warehouse against the gold (the rules of ../shared/eval/score.py);
- `runner` puts them together for a few corpus sizes and for one new day on top of history;
- `report` prints the table and writes the JSON report.
"""
