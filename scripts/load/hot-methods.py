#!/usr/bin/env python3
"""Summarises a JFR recording's execution samples: where the CPU went, by thread group, top frame and the
methods most often on the stack (inclusive), so that the limit of a load run can be named.

Usage: hot-methods.py RECORDING.jfr
"""
import collections
import re
import subprocess
import sys

text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", sys.argv[1]],
                      capture_output=True, text=True, check=True).stdout
samples = []
for block in text.split("jdk.ExecutionSample {")[1:]:
    thread = re.search(r'sampledThread = "([^"]*)"', block)
    frames = re.findall(r"^\s+([\w$.<>/]+)\(.*?\)\s+line:", block, re.M)
    samples.append((thread.group(1) if thread else "?", frames))

total = len(samples)
print(f"{total} execution samples")
groups = collections.Counter(re.sub(r"[-#]?\d+$", "", t) for t, _ in samples)
print("\nBy thread (pool):")
for name, n in groups.most_common(10):
    print(f"  {100 * n / total:5.1f}%  {name}")
top = collections.Counter(f[0] for _, f in samples if f)
print("\nTop frames (self time):")
for name, n in top.most_common(25):
    print(f"  {100 * n / total:5.1f}%  {name}")
inclusive = collections.Counter()
for _, frames in samples:
    for name in set(frames):
        inclusive[name] += 1
print("\nOn the stack (inclusive), Sadarbe's own and selected libraries:")
interesting = ("eu.sadarbe", "BCrypt", "openhtmltopdf", "pdfbox", "thymeleaf.TemplateEngine", "tools.jackson.databind.ObjectMapper",
               "JdbcIndexedSessionRepository", "SessionRepositoryFilter", "HikariPool.getConnection", "org.postgresql.core.v3.QueryExecutorImpl.execute",
               "ArchUnit", "archunit")
for name, n in inclusive.most_common(400):
    if any(key in name for key in interesting):
        print(f"  {100 * n / total:5.1f}%  {name}")
