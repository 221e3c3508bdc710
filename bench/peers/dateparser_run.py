#!/usr/bin/env python3
"""Runs Debian's python3-dateparser (search_dates, publication date as reference) over a JSON
Lines file and prints "dateparser <documents> <bytes> <seconds> <mentions>". Used by bench/compare."""
import datetime
import json
import sys
import time

from dateparser.search import search_dates

docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
n_bytes = mentions = 0
t0 = time.perf_counter()
for d in docs:
    n_bytes += len(d["text"].encode("utf-8"))
    base = datetime.datetime.fromisoformat(d["published"]) if d.get("published") else None
    found = search_dates(d["text"], languages=["en"], settings={"RELATIVE_BASE": base} if base else None)
    mentions += len(found or [])
print(f"dateparser {len(docs)} {n_bytes} {time.perf_counter() - t0:.3f} {mentions}")
