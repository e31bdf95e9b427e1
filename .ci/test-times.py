#!/usr/bin/env python3
"""Prints the test time per class from Surefire's XML reports, per suite (BrowserSuite, DatabaseSuite, H2Suite: one
report each, its test cases named by class), slowest first, so that CI's output shows where the suite's minutes go
(issue #14: keep .ci/run under 8 minutes). A report of a class run on its own (-Dtest=…) counts under its own name."""
import collections
import glob
import os
import sys
import xml.etree.ElementTree as ET

root = sys.argv[1] if len(sys.argv) > 1 else "target/surefire-reports"
for report in sorted(glob.glob(os.path.join(root, "TEST-*.xml"))):
    suite = ET.parse(report).getroot()
    name = suite.get("name", "?").rsplit(".", 1)[-1]
    classes = collections.defaultdict(lambda: [0.0, 0])
    for case in suite.iter("testcase"):
        # a nested class counts with its outer class
        entry = classes[case.get("classname", "?").split("$")[0]]
        entry[0] += float(case.get("time", "0") or 0)
        entry[1] += 1
    rows = sorted(((seconds, tests, cls) for cls, (seconds, tests) in classes.items()), reverse=True)
    print(f"[test times] {name}: {sum(r[1] for r in rows)} tests in {len(rows)} classes, "
          f"{float(suite.get('time', '0') or 0):.0f} s")
    for seconds, tests, cls in rows:
        print(f"[test times] {name} {seconds:8.1f} s {tests:4d} tests  {cls}")
