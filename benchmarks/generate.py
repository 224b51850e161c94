"""Write realistic Business Model Canvases for the benchmark.

Every block is filled with ``--items`` items (20 to 10,000), and the canvas
uses what real canvases use: explicit ids and names that slug to ids,
references between blocks (as one id and as lists), the customer profile
(jobs, pains, gains) and the value map (products, pain relievers, gain
creators), customer journeys with stages and touchpoints, KPIs and a
strategy. Items come in block and flow style and as plain sticky notes.
The canvases are coherent (every segment is reached, served and paying),
so most findings are the few a real team leaves, not noise; with
``--mistakes`` one file in 25 also carries a schema mistake (a typo in a
vocabulary value), so a run sees jsonschema's error path too.

Lines stay under 80 characters and each file starts with ``---``, so
yamllint's default configuration has nothing to say and every tool does
the same work: read and check.

    python benchmarks/generate.py --items 20 --count 1000 --out /tmp/canvases
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

ADJECTIVES = (
    "busy", "young", "urban", "rural", "small", "large", "local", "remote",
    "budget", "premium", "first-time", "loyal", "seasonal", "regional",
)
NOUNS = (
    "families", "offices", "students", "retailers", "clinics", "bakeries",
    "cyclists", "gardeners", "landlords", "schools", "farmers", "dentists",
)
PRODUCTS = (
    "delivery", "subscription box", "repair service", "booking app",
    "training course", "starter kit", "maintenance plan", "marketplace",
)
# Every channel has web and phone, so each relationship type finds its kind of contact.
MEDIA = ("app", "email", "store", "in-person", "social-media", "chat")
PHASES = ("awareness", "evaluation", "purchase", "delivery", "after-sales")
JOURNEY_STAGES = ("awareness", "purchase", "after-sales")
RELATIONSHIP_TYPES = (
    "personal-assistance", "self-service", "automated-services", "communities",
)
ELEMENTS = ("performance", "convenience-usability", "design", "newness", "risk-reduction")
REVENUE_TYPES = ("subscription", "asset-sale", "usage-fee", "licensing")
RESOURCE_TYPES = ("physical", "intellectual", "human", "financial")
MOTIVATIONS = ("optimization", "risk-reduction", "acquisition")
PERSPECTIVES = ("financial", "customer", "internal-processes", "learning-growth")
IMPORTANCE = ("high", "medium", "low")
JOB_TYPES = ("functional", "social", "emotional", "supporting")
# Typos a person makes in vocabulary values (S001 with a suggestion).
TYPOS = (("type: self-service", "type: self-servise"), ("nature: fixed", "nature: fixd"))


class Canvas:
    """One canvas's text, built block by block."""

    def __init__(self, index: int, items: int, rng: random.Random) -> None:
        self.i = index
        self.n = items
        self.rng = rng
        self.lines: list[str] = []

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def pick(self, values: tuple[str, ...], k: int = 1) -> list[str]:
        return self.rng.sample(values, k)

    def seg(self, j: int) -> str:
        """A segment's id (every other segment has none: its name slugs to it)."""
        return f"seg-{j}" if j % 2 == 0 else self.seg_name(j).lower().replace(" ", "-")

    def seg_name(self, j: int) -> str:
        return f"{ADJECTIVES[j % len(ADJECTIVES)].capitalize()} {NOUNS[j % len(NOUNS)]} {j}"

    def ids(self, prefix: str, j: int, k: int = 2) -> str:
        """A reference field's value: one id, or a flow list of ids."""
        wanted = [f"{prefix}-{(j + d) % self.n}" for d in range(k)]
        if prefix == "seg":
            wanted = [self.seg((j + d) % self.n) for d in range(k)]
        return wanted[0] if k == 1 else "[" + ", ".join(dict.fromkeys(wanted)) + "]"

    def text(self) -> str:
        self.head()
        self.segments()
        self.propositions()
        self.channels()
        self.relationships()
        self.revenue()
        self.resources()
        self.activities()
        self.partners()
        self.costs()
        self.journeys()
        self.kpis()
        return "\n".join(self.lines) + "\n"

    def head(self) -> None:
        self.add(
            "---",
            "# yaml-language-server: $schema=../schemas/canvas.schema.json",
            f"name: Benchmark business {self.i}",
            "description: >-",
            "  A generated canvas with every block, references, profiles,",
            "  journeys and KPIs, for timing canvaslint.",
            "language: en",
            "strategy:",
            "  value_discipline: customer-intimacy",
            "  cost_orientation: value-driven",
            "",
        )

    def segments(self) -> None:
        self.add("customer_segments:")
        for j in range(self.n):
            b2b = j % 4 == 3
            if j % 2 == 0:
                self.add(f"  - id: {self.seg(j)}", f"    name: {self.seg_name(j)}")
            else:
                self.add(f"  - name: {self.seg_name(j)}")
            self.add(
                f"    market: {'b2b' if b2b else 'b2c'}",
                f"    expects: [{'dedicated-' if b2b else ''}personal-assistance, self-service]",
                f"    jobs: [Weekly task {j}, {{name: Look good {j}, type: "
                f"{self.pick(JOB_TYPES[1:])[0]}}}]",
                f"    pains: [{{id: pain-{j}, name: Wasted time {j}, importance: high}}]",
                f"    gains: [{{id: gain-{j}, name: Saved money {j}, importance: high}}]",
            )

    def propositions(self) -> None:
        self.add("", "value_propositions:")
        for j in range(self.n):
            self.add(
                f"  - id: vp-{j}",
                f"    name: {PRODUCTS[j % len(PRODUCTS)].capitalize()} {j} that just works",
                f"    segments: {self.seg(j)}",
                f"    elements: [customization, {self.pick(ELEMENTS)[0]}]",
                f"    products_services: [Service {j}]",
                f"    pain_relievers: [{{name: One-click order {j}, relieves: pain-{j}}}]",
                f"    gain_creators: [{{name: Bulk discount {j}, creates: [gain-{j}]}}]",
            )

    def channels(self) -> None:
        self.add("", "channels:")
        for j in range(self.n):
            self.add(
                f"  - id: ch-{j}",
                f"    name: Web shop and phone line {j}",
                "    type: direct",
                f"    medium: [web, phone, {self.pick(MEDIA)[0]}]",
                f"    phases: [{', '.join(PHASES)}]",
                f"    segments: {self.ids('seg', j)}",
                f"    value_propositions: {self.ids('vp', j)}",
            )

    def relationships(self) -> None:
        self.add("", "customer_relationships:")
        for j in range(self.n):
            kind = "dedicated-personal-assistance" if j % 4 == 3 else "self-service"
            self.add(
                f"  - id: cr-{j}",
                f"    name: Customer care {j}",
                f"    type: {kind}",
                f"    segments: [{self.seg(j)}]",
                "    goals: [acquisition, retention]",
                f"    channels: ch-{j}",
            )

    def revenue(self) -> None:
        self.add("", "revenue_streams:")
        for j in range(self.n):
            kind = REVENUE_TYPES[j % len(REVENUE_TYPES)]
            pricing = "fixed" if j % 3 else "dynamic"
            self.add(f"  - {{id: rs-{j}, name: Sales {j}, type: {kind}, pricing: {pricing},",
                     f"     segments: [{self.seg(j)}], value_propositions: vp-{j}}}")

    def resources(self) -> None:
        self.add("", "key_resources:")
        for j in range(self.n):
            kind = RESOURCE_TYPES[j % len(RESOURCE_TYPES)]
            if j % 5 == 4:
                self.add(f"  - Know-how of team {j}")
            else:
                self.add(f"  - {{id: kr-{j}, name: Resource {j}, type: {kind}}}")

    def activities(self) -> None:
        self.add("", "key_activities:")
        for j in range(self.n):
            self.add(f"  - {{id: ka-{j}, name: Operations {j}, type: problem-solving,",
                     f"     supports: [vp-{j}, ch-{j}, cr-{j}]}}")

    def partners(self) -> None:
        self.add("", "key_partners:")
        for j in range(self.n):
            provides = f"ka-{j}" if j % 5 == 4 else f"[kr-{j}, ka-{j}]"
            motivation = MOTIVATIONS[j % len(MOTIVATIONS)]
            self.add(f"  - name: Supplier {j}", f"    motivation: {motivation}",
                     f"    provides: {provides}")

    def costs(self) -> None:
        self.add("", "cost_structure:")
        for j in range(self.n):
            extra = f"know-how-of-team-{j}" if j % 5 == 4 else f"kr-{j}"
            nature = "variable" if j % 2 else "fixed"
            self.add(f"  - {{name: Cost {j}, nature: {nature},",
                     f"     for: [ka-{j}, ch-{j}, cr-{j}, {extra}]}}")

    def journeys(self) -> None:
        self.add("", "customer_journeys:")
        for j in range(self.n):
            self.add(f"  - segment: {self.seg(j)}", "    stages:")
            for phase in JOURNEY_STAGES:
                if j % 10 == 7 and phase == "purchase":  # a few bad moments, as in life
                    self.add(f"      - stage: {phase}", "        touchpoints:",
                             f"          - {{name: Visit {j}, channel: ch-{j}, "
                             "experience: negative}")
                else:
                    self.add(f"      - {{stage: {phase}, touchpoints: "
                             f"[{{name: Chat {j}, channel: ch-{j}}}]}}")

    def kpis(self) -> None:
        self.add("", "kpis:")
        for j in range(self.n):
            perspective = PERSPECTIVES[j % len(PERSPECTIVES)]
            target = f'"{90 + j % 10}%"' if j % 2 else str(40 + j % 50)
            name = "Customer satisfaction" if perspective == "customer" else "Indicator"
            self.add(f"  - {{name: {name} {j}, perspective: {perspective}, target: {target}}}")


def canvas_text(index: int, items: int, seed: int = 8, mistake: bool = False) -> str:
    """The text of canvas ``index`` with ``items`` items per block."""
    rng = random.Random(seed * 1_000_003 + index)
    text = Canvas(index, items, rng).text()
    if mistake:
        good, bad = TYPOS[index % len(TYPOS)]
        text = text.replace(good, bad, 1)
    return text


def write(out: Path, count: int, items: int, seed: int = 8, mistakes: bool = False) -> list[Path]:
    """Write ``count`` canvases to ``out``; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = out / f"c{index:05d}-{items}.canvas.yaml"
        mistake = mistakes and index % 25 == 24
        path.write_text(canvas_text(index, items, seed, mistake), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20, help="items per block")
    parser.add_argument("--count", type=int, default=1, help="how many canvases")
    parser.add_argument("--out", type=Path, required=True, help="the folder to write to")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--mistakes", action="store_true",
                        help="one file in 25 gets a schema mistake")
    args = parser.parse_args()
    paths = write(args.out, args.count, args.items, args.seed, args.mistakes)
    print(f"wrote {len(paths)} canvases with {args.items} items per block to {args.out}")


if __name__ == "__main__":
    main()
