#!/usr/bin/env python3
"""Prints the test time per class from Surefire's XML reports, per execution (h2, postgres), slowest first, so that
CI's output shows where the suite's minutes go (issue #14: keep .ci/run under 8 minutes)."""
import glob
import os
import sys
import xml.etree.ElementTree as ET

root = sys.argv[1] if len(sys.argv) > 1 else "target/surefire-reports"
for execution in sorted(os.listdir(root)) if os.path.isdir(root) else []:
    rows = []
    for report in glob.glob(os.path.join(root, execution, "TEST-*.xml")):
        suite = ET.parse(report).getroot()
        rows.append((float(suite.get("time", "0")), int(suite.get("tests", "0")), suite.get("name")))
    if not rows:
        continue
    rows.sort(reverse=True)
    print(f"[test times] {execution}: {sum(r[1] for r in rows)} tests in {len(rows)} classes, "
          f"{sum(r[0] for r in rows):.0f} s of test time")
    for seconds, tests, name in rows:
        print(f"[test times] {execution} {seconds:8.1f} s {tests:4d} tests  {name}")
