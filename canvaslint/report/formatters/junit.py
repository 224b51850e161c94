"""The junit format: JUnit XML, one test case per file and a failure per failing finding.

A finding is a failure when it reaches the run's ``--fail-on`` (or the
file's ``fail-on``), so the report agrees with the exit code; the others
are the test case's output (``system-out``), seen but not failing.

CI systems that show test reports (GitLab, Jenkins, Azure Pipelines) then
list each canvas as a test that passed or failed, with the findings as its
failures. The XML is built with the standard library, so names and messages
are escaped by the same code that parses them; characters XML 1.0 cannot
carry at all (most control characters) are replaced.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict

from canvaslint.finding import Finding
from canvaslint.report.formatters.text import line as text_line
from canvaslint.report.results import Report

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def render(report: Report) -> str:
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        by_file[f.file].append(f)
    files = list(report.files) + [name for name in by_file if name not in report.files]
    failing = [f for f in report.findings if report.failing(f)]
    counts = {"tests": str(len(files)), "failures": str(len(failing)), "errors": "0"}
    root = ET.Element("testsuites", {"name": "canvaslint", **counts, "time": "0"})
    suite = ET.SubElement(root, "testsuite", {"name": "canvaslint", **counts, "skipped": "0",
                                              "time": "0"})
    for name in files:
        case = ET.SubElement(suite, "testcase", {"classname": "canvaslint", "name": clean(name),
                                                 "file": clean(name), "time": "0"})
        passed = []
        for f in by_file.get(name, []):
            if report.failing(f):
                _failure(case, f)
            else:
                passed.append(text_line(f, escape=False))
        if passed:  # below --fail-on: shown with the case, as a passing test's output
            ET.SubElement(case, "system-out").text = clean("\n".join(passed))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _failure(case: ET.Element, f: Finding) -> None:
    message = f"{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}"
    failure = ET.SubElement(case, "failure", {"message": clean(message), "type": f.code})
    details = text_line(f, escape=False)  # XML keeps the line break, escaped its own way
    if f.path:
        details += f"\ndata path: {f.path}"
    failure.text = clean(details)
