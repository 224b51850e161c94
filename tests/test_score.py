"""The health score: each part on small canvases, the overall mean, and the CLI."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from canvaslint.check.engine import RunSettings
from canvaslint.check.runner import lint_target
from canvaslint.cli.main import cli
from canvaslint.model.canvas import build
from canvaslint.read.discovery import Target
from canvaslint.report.score import Part, Score, compute, measure, score_document
from tests.helpers import EXAMPLES, ROOT


def score_file(path: str) -> Score | None:
    """A file's score as ``check --statistics`` gets it: measured on the lint's own model."""
    measured: dict[str, Any] = {}
    lint_target(Target(path, path), RunSettings(rules=[], measure=measure), measured)
    score = measured.get(path)
    assert score is None or isinstance(score, Score)
    return score

FULL_BLOCKS = """
    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
    value_propositions:
      - {name: Fresh beans, segments: [home-baristas, offices]}
    channels:
      - {name: Web shop, segments: [home-baristas]}
    customer_relationships:
      - {name: Self-service shop, segments: [home-baristas, offices]}
    revenue_streams:
      - {name: Bean sales, segments: [home-baristas]}
    key_resources: [Roastery]
    key_activities: [Roasting]
    key_partners: [Green coffee importer]
    cost_structure: [Green coffee]
"""


def score_of(text: str) -> Score:
    return compute(build(yaml.safe_load(textwrap.dedent(text))))


def with_extra(text: str, extra: str) -> Score:
    data: dict[str, Any] = yaml.safe_load(textwrap.dedent(text))
    data.update(yaml.safe_load(textwrap.dedent(extra)))
    return compute(build(data))


def test_a_canvas_with_only_a_name_scores_zero() -> None:
    score = score_of("name: Nothing yet")
    assert score.blocks == Part(0, 9)
    assert score.segments == Part(0, 0)
    assert score.segments.share == 0.0
    assert score.fit.share is None and score.journeys.share is None
    assert score.overall == 0
    assert any("fill the empty blocks" in hint for hint in score.hints)


def test_blocks_count_the_filled_blocks() -> None:
    score = score_of("""
        name: Half
        customer_segments: [Home baristas]
        key_partners: []
        key_resources: [Roastery]
    """)
    assert score.blocks == Part(2, 9)
    assert "key partners" in score.hints[0] and "customer segments" not in score.hints[0]


def test_a_segment_is_served_with_proposition_channel_relationship_and_revenue() -> None:
    score = score_of(FULL_BLOCKS)
    assert score.blocks == Part(9, 9)
    # Offices have no channel and no revenue stream.
    assert score.segments == Part(1, 2)
    hint = next(h for h in score.hints if "Offices" in h)
    assert "a channel" in hint and "a revenue stream" in hint and "proposition" not in hint
    checked = score.checked.share
    assert checked is not None and checked < 1  # its notes leave facts and links unsaid
    assert score.overall == round(100 * (1 + 0.5 + checked) / 3)


def test_a_subsidised_segment_needs_no_revenue_stream() -> None:
    text = FULL_BLOCKS.replace("- name: Offices", "- {name: Offices, pays: false}")
    text = text.replace("- {name: Web shop, segments: [home-baristas]}",
                        "- {name: Web shop, segments: [home-baristas, offices]}")
    assert score_of(text).segments == Part(2, 2)


def test_fit_counts_high_importance_pains_and_gains_addressed_for_their_segment() -> None:
    score = with_extra(FULL_BLOCKS, """
        customer_segments:
          - name: Home baristas
            pains:
              - {id: stale, name: Stale beans, importance: high}
              - {id: price, name: Expensive, importance: high}
              - {id: minor, name: Ugly bags, importance: low}
            gains:
              - {id: choice, name: Many origins, importance: high}
          - name: Offices
            pains:
              - {id: empty, name: Running out, importance: high}
        value_propositions:
          - name: Fresh beans
            segments: [home-baristas]
            pain_relievers:
              - {name: Roasted to order, relieves: [stale]}
            gain_creators:
              - {name: Ten origins, creates: choice}
          - name: Office delivery
            segments: [home-baristas]
            pain_relievers:
              - {name: Standing order, relieves: empty}
    """)
    # stale and choice are addressed; price is not; "empty" is relieved only by
    # a proposition for another segment, so it does not count; "minor" is low.
    assert score.fit == Part(2, 4)
    assert any('"Expensive"' in h and h.startswith("relieve") for h in score.hints)
    assert any('"Running out"' in h for h in score.hints)


def test_fit_does_not_apply_without_high_importance_items() -> None:
    score = with_extra(FULL_BLOCKS, """
        customer_segments:
          - name: Home baristas
            pains: [{name: Stale beans, importance: medium}]
    """)
    assert score.fit.applies is False and str(score.fit) == "n/a"


def test_journeys_count_covered_stages_of_every_segment() -> None:
    score = with_extra(FULL_BLOCKS, """
        customer_journeys:
          - segment: home-baristas
            stages:
              - stage: awareness
                touchpoints: [{name: Instagram post, channel: web-shop}]
              - stage: purchase
                touchpoints: [{name: Order online, channel: web-shop}]
              - stage: after-sales
                touchpoints: []
          - segment: home-baristas
            stages:
              - stage: purchase
                touchpoints: [{name: Reorder, channel: web-shop}]
              - stage: delivery
                touchpoints: [{name: Parcel, channel: web-shop}]
    """)
    # Home baristas: awareness, purchase, delivery (after-sales has no touchpoint);
    # Offices have no journey: 0 of 5.
    assert score.journeys == Part(3, 10)
    hint = next(h for h in score.hints if "journey" in h and "Offices" in h)
    assert "awareness, evaluation, purchase, delivery, after-sales" in hint


def test_overall_is_the_mean_of_the_parts_that_apply() -> None:
    score = Score(Part(9, 9), Part(2, 3), Part(5, 6), Part(10, 15))
    assert score.overall == 79
    assert Score(Part(9, 9), Part(2, 3), Part(5, 6), Part(0, 0, False)).overall == 83
    assert score.summary() == ("79/100 (blocks 9/9, segments 2/3, fit 5/6, journeys 10/15, "
                               "checked n/a)")
    with_checked = Score(Part(9, 9), Part(2, 3), Part(5, 6), Part(10, 15), Part(1, 2))
    assert with_checked.overall == round(100 * (1 + 2 / 3 + 5 / 6 + 10 / 15 + 0.5) / 5)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.canvas.yaml")), ids=lambda p: p.name)
def test_the_clean_examples_score_full_marks(path: Any) -> None:
    score = score_file(str(path))
    assert score is not None and score.overall == 100 and score.hints == ()


def test_nespresso_uses_every_part() -> None:
    score = score_file(str(EXAMPLES / "nespresso.canvas.yaml"))
    assert score is not None
    assert (score.blocks, score.segments, score.fit, score.journeys) == (
        Part(9, 9), Part(2, 2), Part(5, 5), Part(10, 10))


def test_a_file_that_is_not_a_canvas_has_no_score(tmp_path: Any) -> None:
    broken = tmp_path / "broken.canvas.yaml"
    broken.write_text("name: [unclosed\n", encoding="utf-8")
    assert score_file(str(broken)) is None
    assert score_file(str(tmp_path)) is None  # a folder
    assert score_file("-") is None  # standard input that cannot be read (pytest closes it)


def test_a_dutch_canvas_is_scored_like_an_english_one(tmp_path: Any) -> None:
    canvas = tmp_path / "bakkerij.canvas.yaml"
    result = CliRunner().invoke(cli, ["init", "--lang", "nl", str(canvas)])
    assert result.exit_code == 0, result.output
    score = score_file(str(canvas))
    assert score is not None and score.blocks == Part(9, 9)


def test_check_statistics_prints_the_score_per_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, [
        "check", "--statistics", "examples/nespresso.canvas.yaml",
        "examples/mistakes/Y001-yaml-syntax.canvas.yaml"])
    lines = result.output.splitlines()
    start = lines.index("Health score (0-100; see docs/health-score.md):")
    assert lines[start + 1] == ("  100  examples/nespresso.canvas.yaml  "
                                "(blocks 9/9, segments 2/2, fit 5/5, journeys 10/10, "
                                "checked 23/23, error-free 42/42)")
    assert not any("Y001-yaml-syntax" in line for line in lines[start:])  # no score


def test_a_canvas_from_standard_input_is_scored_under_its_name() -> None:
    canvas = (ROOT / "examples" / "nespresso.canvas.yaml").read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--statistics", "--stdin-filename",
                                      "plans/shop.canvas.yaml", "-"], input=canvas)
    assert result.exit_code == 0, result.output
    assert ("  100  plans/shop.canvas.yaml  (blocks 9/9, segments 2/2, fit 5/5, journeys 10/10, "
            "checked 23/23, error-free 42/42)"
            in result.output.splitlines())
    # A second run in the same process reads its own input, not the first one's.
    broken = CliRunner().invoke(cli, ["check", "--statistics", "-"], input="name: [\n")
    assert broken.exit_code == 1 and "  100  " not in broken.output


def test_check_without_statistics_prints_no_score(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, ["check", "examples/nespresso.canvas.yaml"])
    assert "Health score" not in result.output


def test_the_score_is_documented() -> None:
    doc = (ROOT / "docs" / "health-score.md").read_text(encoding="utf-8")
    for part in Score.PARTS:
        assert f"### {part.replace('_', '-')}:" in doc


def test_a_flat_canvas_does_not_score_100_for_what_could_not_be_checked() -> None:
    """Untyped notes and unlinked blocks are what the score says it could not check."""
    text = ("name: X\ncustomer_segments: [Home baristas]\nvalue_propositions: [Fresh beans]\n"
            "channels: [Saturday stall]\ncustomer_relationships: [Thank-you cards]\n"
            "revenue_streams: [Bean money]\nkey_resources: [Roaster]\n"
            "key_activities: [Roasting]\nkey_partners: [Importer]\ncost_structure: [Beans]\n")
    score = score_of(text)
    assert score.blocks == Part(9, 9) and score.segments == Part(1, 1)  # the only segment
    assert score.checked.share is not None and score.checked.share < 0.5
    assert score.overall < 100
    assert any("`type`" in h and "Thank-you cards" in h for h in score.hints)
    assert any(h == "link the key activities (`supports`)" for h in score.hints)
    typed = text.replace("[Thank-you cards]", "[Personal thank-you calls]")
    untyped, read = score_document(yaml.safe_load(text)), score_document(yaml.safe_load(typed))
    assert untyped is not None and read is not None
    assert read.checked.done == untyped.checked.done + 1  # its type is read from its words


def test_errors_lower_the_score(tmp_path: Path) -> None:
    """Issue 18: a score of 100 next to a red "3 errors" badge; errors now cost."""
    canvas = (ROOT / "examples" / "nespresso.canvas.yaml").read_text(encoding="utf-8")
    first_type = canvas.index("type: ", canvas.index("customer_relationships:"))
    broken = canvas[:first_type] + "type: self service" + canvas[
        canvas.index("\n", first_type):]
    (tmp_path / "shop.canvas.yaml").write_text(broken, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--statistics",
                                      str(tmp_path / "shop.canvas.yaml")])
    line = next(ln for ln in result.output.splitlines() if "shop.canvas.yaml  (" in ln)
    assert int(line.split()[0]) < 100 and "error-free 41/42" in line
