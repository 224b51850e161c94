"""Inputs whose cost once grew faster than their size (issue 17), scaled down.

Each runs as a user runs canvaslint, in a child process with a timeout, and
checks what the user would see. How the time grows is measured, as a ratio
of 10x the input to 1x, in benchmarks/hostile.py, never as a time here; the
timeouts only stop a regression to exponential time from hanging the suite.
The shapes come from the benchmark, so both always try the same attacks.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import hostile  # noqa: E402

from canvaslint.check.cap import CAP  # noqa: E402
from canvaslint.model.suggest import BUDGET  # noqa: E402

# A canvas that links none of its segments gets one B003, not a CS001 per segment
# (issue 16); one proposition naming a segment makes every unserved segment a CS001
# again, the per-item finding these attacks multiply.
LINKED = "value_propositions:\n  - {name: Offer, segments: [nobody]}\n"


def canvaslint(tmp_path: Path, text: str, *args: str,
               config: str | None = None) -> subprocess.CompletedProcess[str]:
    (tmp_path / "c.canvas.yaml").write_text(text, encoding="utf-8")
    if config is not None:
        (tmp_path / ".canvaslint.yaml").write_text(config, encoding="utf-8")
    command = [sys.executable, "-m", "canvaslint", args[0], "c.canvas.yaml", *args[1:]]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "NO_COLOR": "1"}, check=False)


def findings(tmp_path: Path, text: str, *args: str, **kw: Any) -> list[dict[str, Any]]:
    result = canvaslint(tmp_path, text, "check", "--format", "json", *args, **kw)
    assert result.returncode in (0, 1), result.stderr
    found: list[dict[str, Any]] = json.loads(result.stdout)["findings"]
    return found


def test_a_directive_with_many_codes_and_a_stray_hash_ends(tmp_path: Path) -> None:
    # 30 codes took about a minute before: each code doubled the time.
    found = findings(tmp_path, hostile.directive_codes(40), "--select", "CR001,X001")
    assert found == []  # not a directive (the `#` after the codes), so nothing to report


def test_a_directive_with_many_codes_still_suppresses(tmp_path: Path) -> None:
    codes = ", ".join(["Y003"] * 500)
    found = findings(tmp_path, f"name: A\ndescription: no  # canvaslint: disable={codes} "
                               "-- a reason, see #12\n", "--select", "Y,X")
    assert found == []


def test_thousands_of_directives_each_suppress_their_own_line(tmp_path: Path) -> None:
    n = 1_500
    text = hostile.directives_and_findings(n).replace("disable=CR001", "disable=CS001")
    text = text.replace("  - s7  # canvaslint: disable=CS001", "  - s7  # canvaslint: disable=B002")
    found = findings(tmp_path, text + LINKED, "--select", "CS001,B002,X001")
    # every directive but one suppressed its line's CS001, beyond the cap too
    assert [(f["code"], f["line"]) for f in found] == [("CS001", 10), ("X001", 10)]


def test_a_suppression_does_not_take_a_place_under_the_cap(tmp_path: Path) -> None:
    n = CAP + 50
    text = "name: x\ncustomer_segments:\n" + "".join(
        f"  - s{i}{'  # canvaslint: disable=CS001' if i < 60 else ''}\n" for i in range(n))
    shown = [f for f in findings(tmp_path, text + LINKED, "--select", "CS001,X001")]
    assert len(shown) == n - 60 and all(f["code"] == "CS001" for f in shown)


def test_one_rule_on_one_file_is_capped_with_a_count(tmp_path: Path) -> None:
    found = findings(tmp_path, hostile.duplicates(3_000) + LINKED, "--select", "CS001")
    assert len(found) == CAP + 1
    assert "CS001 found 2900 more problems in this file that are not shown" in \
        found[-1]["message"]
    dutch = findings(tmp_path, "taal: nl\n" + hostile.duplicates(300) + LINKED, "--select",
                     "CS001")
    assert "CS001 vond nog 200 problemen" in dutch[-1]["message"]


def test_render_marks_each_of_many_notes(tmp_path: Path) -> None:
    result = canvaslint(tmp_path, hostile.render_segments(400) + LINKED, "render", "-o", "-",
                        "--select", "CS001")
    assert result.returncode in (0, 1), result.stderr
    # every one of the first CAP segments carries its own badge
    assert all(f'href="#f-{n}"' in result.stdout for n in range(1, CAP + 2))


def test_suggestions_stay_right_and_stop_at_the_budget(tmp_path: Path) -> None:
    text = ("name: x\ncustomer_segments:\n  - {name: Banks, id: banks}\n"
            "value_propositions:\n  - {name: v, segments: [bankz]}\n")
    (close,) = findings(tmp_path, text, "--select", "R001")
    assert 'did you mean "banks"?' in close["message"]
    n = 400  # n x n comparisons: over the budget after BUDGET // n references
    text = hostile.unknown_references(n).replace("nothing-", "segment-number-x")
    many = findings(tmp_path, text, "--select", "R001")
    assert len(many) == CAP + 1
    assert 'did you mean "segment-number-0"?' in many[0]["message"]
    later = many[BUDGET // n + 1]["message"]
    assert "did you mean" not in later and "write the id of a segment" in later


def test_a_reference_against_a_very_long_name(tmp_path: Path) -> None:
    name = "ab" * 30_000
    text = (f"name: x\ncustomer_segments:\n  - name: {name}\nvalue_propositions:\n"
            f"  - name: v\n    segments: [{name}x]\n")
    (found,) = findings(tmp_path, text, "--select", "R001")
    assert "did you mean" in found["message"]


def test_comments_full_of_hashes_and_strings_with_hashes(tmp_path: Path) -> None:
    assert findings(tmp_path, hostile.hash_comment(200_000), "--select", "Y,X") == []
    text = hostile.hashes_in_strings(3_000).replace("disable=B002", "disable=Y003")
    (unused,) = findings(tmp_path, text, "--select", "Y,X")
    assert (unused["code"], unused["line"]) == ("X001", 1)


def test_many_commented_notes_and_one_directive(tmp_path: Path) -> None:
    found = findings(tmp_path, hostile.commented_notes(5_000) + LINKED, "--select",
                     "B002,X001,CS001")
    # the directive covers only line 1, where B002 has nothing to say; the comments on
    # the notes are comments, and every note is still linted (100 shown, then a count)
    assert [(f["code"], f["line"]) for f in found[:2]] == [("X001", 1), ("CS001", 3)]
    assert len(found) == 1 + CAP + 1 and "4900 more problems" in found[-1]["message"]


def test_many_unknown_keys_in_a_dutch_canvas(tmp_path: Path) -> None:
    found = findings(tmp_path, hostile.dutch_unknown_keys(3_000), "--select", "S002")
    assert len(found) == CAP + 1 and "sleutel0" in found[0]["message"]


def test_one_partner_providing_thousands_of_activities(tmp_path: Path) -> None:
    # every activity linked to the partner: KP001 (a partner providing nothing) stays quiet
    assert findings(tmp_path, hostile.partner_activities(20_000), "--select", "KP,R") == []


def test_a_backtracking_pattern_in_a_yaml_rule_is_stopped(tmp_path: Path) -> None:
    (tmp_path / "slow.yaml").write_text(
        "rules:\n  - code: SLOW001\n    name: slow\n    severity: error\n"
        "    summary: A slow pattern\n    message: 'slow {name}'\n"
        "    given: customer_segments\n    then: {field: name, pattern: '^(a|aa)+$'}\n")
    text = "name: x\ncustomer_segments:\n" + "".join(
        f"  - name: {'a' * 60}!{i}\n" for i in range(50))
    found = findings(tmp_path, text + LINKED, "--select", "SLOW,CS001",
                     config="plugins: [slow.yaml]")
    crash = [f for f in found if f["code"] == "X000"]
    assert len(crash) == 1 and "rule SLOW001" in crash[0]["message"]
    assert "took more than" in crash[0]["message"]
    assert [f["code"] for f in found].count("CS001") == 50  # the other rules ran


def test_aliases_cannot_nest_deeper_than_the_limit(tmp_path: Path) -> None:
    text = hostile.deep_aliases(40)
    (limit,) = findings(tmp_path, text)
    assert limit["code"] == "Y006" and "deeper than 100 levels" in limit["message"]
    page = canvaslint(tmp_path, text, "render", "-o", "-")
    assert "Traceback" not in page.stderr and "deeper than 100 levels" in page.stdout
