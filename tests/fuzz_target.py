"""The loader's fuzzing target, shared by the test suite and ``tools/fuzz.py``.

One input is a byte string: it is read, loaded and linted with every rule,
as a file of that content would be. The target holds when no exception
escapes, no rule crashes (X000) and every finding lies inside the file.
Inputs are drawn as raw bytes, or as a seed (a bundled example or a YAML
test suite input) with bytes flipped, cut, repeated and spliced in, which
reaches much deeper into the parser than random bytes alone.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import strategies as st

from canvaslint.check.engine import RunSettings
from canvaslint.check.runner import lint_target
from canvaslint.finding import Finding
from canvaslint.read.discovery import Target
from canvaslint.read.textio import decode_bytes
from tests.helpers import EXAMPLES, all_rules

HERE = Path(__file__).parent
BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
REGRESSIONS = HERE / "data" / "fuzz-regressions"
SPECIAL = [b"&a ", b"*a", b"<<: ", b"!!python/object ", b"? ", b"- ", b": ", b"{", b"}", b"[",
           b"]", b"'", b'"', b"\t", b"\r\n", b"\n", b"#", b"|", b">-", b"---\n", b"...\n",
           b"%YAML 1.2\n", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"\xc3", b"\xe2\x80\xa8",
           b"\\u0000", b"\\x", b"~", b"null", b"no", b"2024-01-01", b"1e9",
           # issue 17: inline directives and references, the shapes that once grew badly
           b"# canvaslint: disable=", b"# canvaslint: disable-file", b"CR001,", b" -- ",
           b"  # canvaslint: disable=CR001,CR001,CR001 #", b"segments: [", b"segments: ",
           b"provides: [a, a, a]", b"for: ", b"x#x#x#", b"\x1b[31m", b"::error ::"]


def seeds() -> list[bytes]:
    found = sorted(EXAMPLES.rglob("*.yaml")) + sorted((HERE / "data" / "yaml-test-suite")
                                                       .glob("*/in.yaml"))
    return [p.read_bytes() for p in found]


@st.composite
def mutated(draw: st.DrawFn, pool: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(pool)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.integers(0, 4))
        if kind == 0:
            data[at:at] = draw(st.sampled_from(SPECIAL))
        elif kind == 1:
            del data[at:at + draw(st.integers(1, 64))]
        elif kind == 2 and data:
            data[at % len(data)] = draw(st.integers(0, 255))
        elif kind == 3:
            piece = data[at:at + draw(st.integers(1, 200))]
            data[at:at] = bytes(piece) * draw(st.integers(1, 5))
        else:
            data[at:at] = draw(st.binary(max_size=16))
    return bytes(data)


def inputs(pool: list[bytes]) -> st.SearchStrategy[bytes]:
    return st.binary(max_size=512) | mutated(pool)


def settings() -> RunSettings:
    rules = all_rules()
    return RunSettings(rules=rules, options={}, catalog={r.code: r for r in rules})


def check(data: bytes, path: Path, run: RunSettings) -> list[Finding]:
    """Lint ``data`` as the file ``path`` and assert the target's invariants."""
    path.write_bytes(data)
    findings = lint_target(Target(str(path), path.name), run)
    text, undecodable = decode_bytes(data)
    widths = [len(line) for line in BREAK.split(text)]
    lines = len(widths)
    for f in findings:
        assert f.code != "X000", f.message
        assert "please report it" not in f.message, f.message
        assert "nests too deeply to be read" not in f.message  # the loader's bound comes first
        assert 1 <= f.line <= f.end_line and f.column >= 1, f
        if undecodable is None:  # else the finding points at the bad byte, past the text
            assert f.end_line <= lines, (f, lines)
            assert f.column <= widths[f.line - 1] + 1, f
            assert f.end_column <= widths[f.end_line - 1] + 1, f
    return findings
