"""``check --fix``, ``--diff`` and ``--unsafe-fixes`` as a user runs them.

Each fixable rule has a canvas before and after: the diff is exactly the
fixed lines, a second ``--fix`` changes nothing, and the finding is gone.
Then the promises about files: layout, comments, line endings, encoding,
mode and links survive; nothing unparsable is written; a fix that would add
a finding is not made.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from canvaslint.cli.main import cli
from tests.helpers import EXAMPLES, ROOT


def run(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def findings(path: Path | str, *args: str) -> set[tuple[str, str]]:
    """(code, data path) of every finding, as the JSON report gives them."""
    result = run("check", "--format", "json", "--no-config", *args, str(path))
    assert result.exit_code in (0, 1), result.output
    return {(f["code"], f["path"]) for f in json.loads(result.stdout)["findings"]}


def changed_lines(diff: str) -> list[str]:
    return [line for line in diff.splitlines()
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


# (rule, why, before, after, extra options); each canvas has the one mistake.
CASES = [
    ("S002", "a misspelt key",
     "name: Shop\ncustomer_segments:\n  - name: Home baristas\n    markt: b2c  # who\n",
     "name: Shop\ncustomer_segments:\n  - name: Home baristas\n    market: b2c  # who\n", ()),
    ("S002", "a block key two letters off",
     "name: Shop\ncostumer_segments:\n  - Home baristas\n",
     "name: Shop\ncustomer_segments:\n  - Home baristas\n", ()),
    ("S001", "a value in capitals",
     "name: Shop\ncustomer_segments:\n  - name: Home baristas\n    market: B2C\n",
     "name: Shop\ncustomer_segments:\n  - name: Home baristas\n    market: b2c\n", ()),
    ("S001", "spaces for dashes, quoted",
     "name: Shop\ncustomer_segments:\n  - name: Home baristas\n"
     "    expects: 'Personal assistance'\n",
     "name: Shop\ncustomer_segments:\n  - name: Home baristas\n"
     "    expects: 'personal-assistance'\n", ()),
    ("S001", "one part of a two-part word",
     "name: Shop\nvalue_propositions:\n  - name: Beans\n    elements: [newness, convenience]\n",
     "name: Shop\nvalue_propositions:\n  - name: Beans\n"
     "    elements: [newness, convenience-usability]\n", ()),
    ("S001", "a one-letter typo in a block list",
     "name: Shop\nchannels:\n  - name: Web shop\n    phases:\n      - awarenes\n",
     "name: Shop\nchannels:\n  - name: Web shop\n    phases:\n      - awareness\n", ()),
    ("S001", "one text where only a list will do",
     "name: Shop\ncustomer_segments:\n  - name: Home baristas\n    pains: Bitter espresso\n",
     "name: Shop\ncustomer_segments:\n  - name: Home baristas\n    pains: [Bitter espresso]\n",
     ()),
    ("R001", "a reference with a typo",
     "name: Shop\ncustomer_segments:\n  - name: Home baristas\nvalue_propositions:\n"
     "  - name: Beans\n    segments: \"home-baristsa\"\n",
     "name: Shop\ncustomer_segments:\n  - name: Home baristas\nvalue_propositions:\n"
     "  - name: Beans\n    segments: \"home-baristas\"\n", ()),
    ("Y003", "a YAML 1.1 trap",
     "name: Shop\nkey_partners:\n  - name: Roastery\n    description: NO  # Norway\n",
     "name: Shop\nkey_partners:\n  - name: Roastery\n    description: \"NO\"  # Norway\n", ()),
    ("S002", "a Dutch key",
     "naam: Winkel\ntaal: nl\nklantsegmenten:\n  - naam: Thuisbaristas\n    makrt: b2c\n",
     "naam: Winkel\ntaal: nl\nklantsegmenten:\n  - naam: Thuisbaristas\n    markt: b2c\n", ()),
    ("S001", "a Dutch value, written in Dutch",
     "naam: Winkel\ntaal: nl\nklantsegmenten:\n  - naam: Thuisbaristas\n"
     "    verwacht: Persoonlijke assistentie\n",
     "naam: Winkel\ntaal: nl\nklantsegmenten:\n  - naam: Thuisbaristas\n"
     "    verwacht: persoonlijke-assistentie\n", ()),
    ("S001", "a Russian value with a typo",
     "name: Кофейня\nlanguage: ru\ncustomer_segments:\n  - name: Гости\n"
     "    expects: самообслуживанее\n",
     "name: Кофейня\nlanguage: ru\ncustomer_segments:\n  - name: Гости\n"
     "    expects: самообслуживание\n", ()),
    ("CH002", "unsafe: the proposition also for the segment the channel reaches",
     "name: Shop\ncustomer_segments:\n  - name: Home baristas\n  - name: Cafes\n"
     "value_propositions:\n  - name: Blend\n    segments:\n      - cafes\n"
     "channels:\n  - name: Web shop\n    segments: home-baristas\n"
     "    value_propositions: [blend]\n",
     "name: Shop\ncustomer_segments:\n  - name: Home baristas\n  - name: Cafes\n"
     "value_propositions:\n  - name: Blend\n    segments:\n      - cafes\n"
     "      - home-baristas\n"
     "channels:\n  - name: Web shop\n    segments: home-baristas\n"
     "    value_propositions: [blend]\n", ("--unsafe-fixes",)),
]


@pytest.mark.parametrize("code,why,before,after,extra", CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_each_fix_changes_exactly_the_fixed_lines(
        tmp_path: Path, code: str, why: str, before: str, after: str,
        extra: tuple[str, ...]) -> None:
    canvas = tmp_path / "shop.canvas.yaml"
    canvas.write_text(before, encoding="utf-8")
    assert code in {c for c, _ in findings(canvas)}

    diff = run("check", "--no-config", "--diff", *extra, str(canvas))
    assert diff.exit_code == 1
    wanted = [f"-{line}" for line in before.splitlines() if line not in after.splitlines()]
    wanted += [f"+{line}" for line in after.splitlines() if line not in before.splitlines()]
    assert sorted(changed_lines(diff.stdout)) == sorted(wanted)
    assert canvas.read_text(encoding="utf-8") == before  # --diff writes nothing

    run("check", "--no-config", "--fix", *extra, str(canvas))
    assert canvas.read_text(encoding="utf-8") == after
    assert code not in {c for c, _ in findings(canvas)}

    again = run("check", "--no-config", "--diff", *extra, str(canvas))
    assert again.exit_code == 0 and again.stdout == ""
    run("check", "--no-config", "--fix", *extra, str(canvas))
    assert canvas.read_text(encoding="utf-8") == after


def test_unsafe_fixes_wait_for_the_option(tmp_path: Path) -> None:
    code, _, before, _, _ = CASES[-1]
    canvas = tmp_path / "shop.canvas.yaml"
    canvas.write_text(before, encoding="utf-8")
    shown = run("check", "--no-config", str(canvas))
    assert f"{code} [error]" in shown.stdout  # no [*]: --fix alone will not repair it
    assert "1 fix that changes what the canvas says is available with --unsafe-fixes" in \
        shown.stdout
    assert run("check", "--no-config", "--diff", str(canvas)).stdout == ""
    run("check", "--no-config", "--fix", str(canvas))
    assert canvas.read_text(encoding="utf-8") == before
    offered = run("check", "--no-config", "--unsafe-fixes", str(canvas)).stdout
    assert f"{code} [*] [error]" in offered and "[*] 1 fixable with --fix --unsafe-fixes" in offered


def test_text_output_marks_fixable_findings_and_counts_them(tmp_path: Path) -> None:
    canvas = tmp_path / "shop.canvas.yaml"
    canvas.write_text(CASES[0][2] + "    expects: Self service\n", encoding="utf-8")
    out = run("check", "--no-config", "--select", "S", str(canvas)).stdout
    assert out.count(" S002 [*] [error] ") == 1 and out.count(" S001 [*] [error] ") == 1
    assert out.endswith("in 1 file. [*] 2 fixable with --fix.\n")
    fixed = run("check", "--no-config", "--select", "S", "--fix", str(canvas)).stdout
    assert fixed == "Fixed 2 problems. All clear: no problems found in 1 file.\n"
    assert "    market: b2c  # who\n    expects: self-service\n" in canvas.read_text("utf-8")


def test_rules_and_rule_say_which_rules_fix() -> None:
    listing = run("rules").stdout.splitlines()
    marks = {line.split()[0]: line for line in listing}
    for code in ("S001", "S002", "R001", "Y003"):
        assert "[*]" in marks[code]
    assert "[~]" in marks["CH002"] and "[*]" not in marks["B001"]
    assert "Fix: `canvaslint check --fix` repairs it" in run("rule", "R001").stdout
    assert "--unsafe-fixes" in run("rule", "CH002").stdout
    assert "Fix:" not in run("rule", "B001").stdout
    assert "Herstel: `canvaslint check --fix`" in run("rule", "S002", "--lang", "nl").stdout
    assert "Исправление:" in run("rule", "CH002", "--lang", "ru").stdout


def test_a_guess_is_not_a_fix(tmp_path: Path) -> None:
    canvas = tmp_path / "shop.canvas.yaml"
    # "ours" is three letters from "own": the hint may guess, the fix may not.
    canvas.write_text("name: Shop\nchannels:\n  - name: Web shop\n    ownership: ours\n")
    assert "S001 [error]" in run("check", "--no-config", str(canvas)).stdout
    assert run("check", "--no-config", "--diff", str(canvas)).exit_code == 0


def test_anchored_tagged_and_block_values_are_left_alone(tmp_path: Path) -> None:
    """Fixing an anchor would change every alias of it; a tag or a block scalar is deliberate."""
    canvas = tmp_path / "shop.canvas.yaml"
    canvas.write_text("name: Shop\ndescription: &d no\ncustomer_segments:\n"
                      "  - name: Home baristas\n    market: &m B2C\n  - name: Cafes\n"
                      "    market: *m\n    description: *d\n  - name: Offices\n"
                      "    market: !!str B2B\n    expects: >-\n      Self service\n")
    assert "[*]" not in run("check", "--no-config", str(canvas)).stdout
    assert run("check", "--no-config", "--diff", str(canvas)).exit_code == 0


def test_a_reference_is_not_fixed_to_an_id_it_is_only_part_of(tmp_path: Path) -> None:
    canvas = tmp_path / "shop.canvas.yaml"
    canvas.write_text("name: Shop\nkey_activities:\n  - name: Coffee roasting\n"
                      "cost_structure:\n  - name: Beans\n    for: coffee\n")
    assert "R001 [error]" in run("check", "--no-config", str(canvas)).stdout
    assert run("check", "--no-config", "--diff", str(canvas)).exit_code == 0


def test_a_fix_that_would_add_a_finding_is_not_made(tmp_path: Path) -> None:
    canvas = tmp_path / "shop.canvas.yaml"
    before = ("name: Shop\nkey_activities:\n  - name: Roasting\n    description: Weekly\n"
              "    descripton: Twice a week\n")
    canvas.write_text(before, encoding="utf-8")  # `description` would then appear twice (Y002)
    assert "S002 [*]" in run("check", "--no-config", str(canvas)).stdout
    run("check", "--no-config", "--fix", str(canvas))
    assert canvas.read_text(encoding="utf-8") == before
    run("check", "--no-config", "--select", "S002", "--fix", str(canvas))  # Y002 still guards
    assert canvas.read_text(encoding="utf-8") == before


def test_the_harmless_fixes_are_made_beside_one_that_is_not(tmp_path: Path) -> None:
    canvas = tmp_path / "shop.canvas.yaml"
    before = ("name: Shop\ndescription: no\nkey_activities:\n  - name: Roasting\n"
              "    description: Weekly\n    descripton: Twice a week\n    type: Production\n")
    canvas.write_text(before, encoding="utf-8")
    result = run("check", "--no-config", "--select", "S,Y", "--fix", str(canvas))
    assert canvas.read_text(encoding="utf-8") == before.replace(": no", ': "no"').replace(
        "Production", "production")
    # The fix left is one --fix will not make: no [*] after --fix.
    assert "S002 [error]" in result.stdout
    assert result.stdout.endswith("Fixed 2 problems. Found 1 problem (1 error) in 1 file.\n")


def test_a_suppressed_finding_is_not_fixed(tmp_path: Path) -> None:
    canvas = tmp_path / "shop.canvas.yaml"
    before = "name: Shop\ndescription: no  # canvaslint: disable=Y003\n"
    canvas.write_text(before, encoding="utf-8")
    run("check", "--no-config", "--fix", str(canvas))
    assert canvas.read_text(encoding="utf-8") == before


def test_layout_line_endings_and_comments_survive(tmp_path: Path) -> None:
    canvas = tmp_path / "shop.canvas.yaml"
    before = ("# The shop\r\nname: Shop\r\n\r\ncustomer_segments:   # who buys\r\n"
              "  - {name: Home baristas, market: B2C}   # flow style\r\n"
              "  - name: 'Cafes'\r\n    market: b2b\r\n")
    canvas.write_bytes(before.encode("utf-8"))
    run("check", "--no-config", "--fix", str(canvas))
    assert canvas.read_bytes() == before.replace("B2C", "b2c").encode("utf-8")


@pytest.mark.parametrize("encoding,bom", [("utf-8", b"\xef\xbb\xbf"),
                                          ("utf-16-le", b"\xff\xfe"),
                                          ("utf-16-be", b"\xfe\xff")])
def test_the_encoding_and_byte_order_mark_survive(tmp_path: Path, encoding: str,
                                                  bom: bytes) -> None:
    canvas = tmp_path / "shop.canvas.yaml"
    canvas.write_bytes(bom + "name: Café\ndescription: no\n".encode(encoding))
    run("check", "--no-config", "--fix", str(canvas))
    assert canvas.read_bytes() == bom + 'name: Café\ndescription: "no"\n'.encode(encoding)


@pytest.mark.skipif(os.name != "posix", reason="file modes and symbolic links as on POSIX")
def test_mode_and_links_survive_and_no_temporary_file_is_left(tmp_path: Path) -> None:
    real = tmp_path / "plans" / "shop.canvas.yaml"
    real.parent.mkdir()
    real.write_text("name: Shop\ndescription: no\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "canvas.yaml"
    link.symlink_to(real)
    run("check", "--no-config", "--fix", str(link))
    assert link.is_symlink() and real.read_text("utf-8") == 'name: Shop\ndescription: "no"\n'
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(p.name for p in real.parent.iterdir()) == ["shop.canvas.yaml"]


def test_a_file_the_user_may_not_write_is_left_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    canvas = tmp_path / "shop.canvas.yaml"
    canvas.write_text("name: Shop\ndescription: no\n", encoding="utf-8")
    canvas.chmod(0o444)
    writable = os.access
    monkeypatch.setattr(os, "access", lambda p, m, **k: m != os.W_OK and writable(p, m, **k))
    result = run("check", "--no-config", "--fix", str(canvas))
    assert result.exit_code == 2
    assert f"cannot write {canvas}: Permission denied" in result.output  # click 8.1 mixes stderr in
    assert canvas.read_text(encoding="utf-8") == "name: Shop\ndescription: no\n"


def test_a_file_that_cannot_be_parsed_is_never_written(tmp_path: Path) -> None:
    canvas = tmp_path / "shop.canvas.yaml"
    broken = b"name: Shop\ndescription: no\nchannels: [web\n"
    canvas.write_bytes(broken)
    result = run("check", "--no-config", "--fix", str(canvas))
    assert result.exit_code == 1 and "Y001" in result.stdout
    assert canvas.read_bytes() == broken


def test_fix_from_standard_input_prints_the_fixed_canvas() -> None:
    done = subprocess.run([sys.executable, "-m", "canvaslint", "check", "--no-config",
                           "--select", "S,Y", "--fix", "-"],
                          input="name: Shop\ndescription: no\n", capture_output=True,
                          text=True, cwd=ROOT)
    assert done.stdout == 'name: Shop\ndescription: "no"\n'
    assert "Fixed 1 problem. All clear" in done.stderr and done.returncode == 0
    diff = subprocess.run([sys.executable, "-m", "canvaslint", "check", "--no-config",
                           "--diff", "-"], input="name: Shop\ndescription: no\n",
                          capture_output=True, text=True, cwd=ROOT)
    assert diff.returncode == 1 and changed_lines(diff.stdout) == [
        "-description: no", '+description: "no"']


def canvases() -> list[Path]:
    return sorted(EXAMPLES.glob("*.canvas.yaml")) + sorted(
        (EXAMPLES / "mistakes").glob("*.canvas.yaml"))


@pytest.mark.parametrize("source", canvases(), ids=lambda p: p.name)
def test_fix_on_every_example(tmp_path: Path, source: Path) -> None:
    """Never a new finding, never a touched clean canvas, every comment line kept."""
    canvas = tmp_path / source.name
    shutil.copy(source, canvas)
    before = findings(canvas)
    run("check", "--no-config", "--fix", "--unsafe-fixes", str(canvas))
    after = findings(canvas)
    assert after <= before
    original, fixed = source.read_bytes(), canvas.read_bytes()
    if not before or not any(f for f in before if f[0] in ("S001", "S002", "R001", "Y003",
                                                           "CH002")):
        assert fixed == original
    comments = [line for line in original.splitlines() if line.lstrip().startswith(b"#")]
    assert [line for line in fixed.splitlines() if line.lstrip().startswith(b"#")] == comments


PLUGIN = '''"""Every revenue stream names its pricing in lower case.

Fails:

    name: X
    revenue_streams:
      - {name: Sales, pricing: Fixed}

Passes:

    name: X
    revenue_streams:
      - {name: Sales, pricing: fixed}
"""

from canvaslint.finding import Fix, Problem

CODE = "ACME003"
NAME = "pricing-in-capitals"
SEVERITY = "warning"
SUMMARY = "A pricing written in capitals"
FIX = "safe"


def check(ctx, options):  # about how the file is written: the data as written
    for index, stream in enumerate(ctx.document.data.get("revenue_streams") or []):
        pricing = stream.get("pricing") if isinstance(stream, dict) else None
        if isinstance(pricing, str) and pricing != pricing.lower():
            path = ("revenue_streams", index, "pricing")
            yield Problem(path, "write the pricing in lower case",
                          fix=Fix(path, pricing.lower()))
'''


def test_a_plugin_rule_offers_a_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from canvaslint.check import config as config_module
    from canvaslint.check import plugins

    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    for clear in (config_module.load, config_module._in_folder, plugins._load):
        clear.cache_clear()
    (tmp_path / "acme_fix.py").write_text(PLUGIN, encoding="utf-8")
    (tmp_path / ".canvaslint.yaml").write_text("select: [ACME]\nplugins: [acme_fix]\n")
    (tmp_path / "canvas.yaml").write_text(
        "name: Shop\nrevenue_streams:\n  - name: Sales\n    pricing: 'Fixed'  # per bag\n")
    assert "ACME003 [*] [warning]" in run("check", "canvas.yaml").stdout
    assert "[*]" in [line for line in run("rules").stdout.splitlines() if "ACME003" in line][0]
    run("check", "--fix", "canvas.yaml")
    assert (tmp_path / "canvas.yaml").read_text() == (
        "name: Shop\nrevenue_streams:\n  - name: Sales\n    pricing: 'fixed'  # per bag\n")
    sys.modules.pop("acme_fix", None)


def test_fixes_that_all_add_a_finding_elsewhere_cost_a_bounded_number_of_lints(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each `expect` fixed is read as meant already (issue 18): its CR001 is reported before
    the fix, so the fix adds nothing and is made; all of them in few lints."""
    from canvaslint.check.fix import apply
    from tests.helpers import all_rules

    lines = ["name: Shop", "customer_segments:"]
    for i in range(150):
        lines += [f"  - name: Segment {i}", "    expect: self-service"]
    lines.append("customer_relationships:")
    for i in range(150):
        lines += [f"  - name: Advice {i}", "    type: personal-assistance",
                  f"    segments: segment-{i}"]
    text = "\n".join(lines) + "\n"
    lints = []
    real = apply.lint_document
    monkeypatch.setattr(apply, "lint_document", lambda *a: lints.append(1) or real(*a))
    rules = all_rules()
    settings = apply.RunSettings(rules=rules, catalog={r.code: r for r in rules})
    assert apply.fix_text("shop.canvas.yaml", text, settings).text == text.replace(
        "expect:", "expects:")
    assert len(lints) <= 2 * apply.MAX_TRIALS + 4  # halving alone would lint about 300 times
