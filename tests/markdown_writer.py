"""The YAML examples' content written as Markdown, the ways people write it.

For the test that a canvas says the same in Markdown as in YAML: each
block under a heading in the canvas's language, each note a bullet with
``**Name**: description``; fields as sub-bullets in some blocks and as a
trailing ``(Field: value; ...)`` in others, the cost structure as a table
with field columns, nested lists (pains, pain relievers) as sub-bullets.
Customer journeys as a list: the segment, its stages under it, their
touchpoints under those.
"""

from __future__ import annotations

from typing import Any

import yaml

TITLES = {
    "en": {"customer_segments": "Customer Segments", "value_propositions": "Value Propositions",
           "channels": "Channels", "customer_relationships": "Customer Relationships",
           "revenue_streams": "Revenue Streams", "key_resources": "Key Resources",
           "key_activities": "Key Activities", "key_partners": "Key Partners",
           "cost_structure": "Cost Structure", "customer_journeys": "Customer Journeys",
           "kpis": "KPIs"},
    "nl": {"customer_segments": "Klantsegmenten", "value_propositions": "Waardeproposities",
           "channels": "Kanalen", "customer_relationships": "Klantrelaties",
           "revenue_streams": "Inkomstenstromen", "key_resources": "Kernmiddelen",
           "key_activities": "Kernactiviteiten", "key_partners": "Kernpartners",
           "cost_structure": "Kostenstructuur", "customer_journeys": "Klantreizen",
           "kpis": "KPI's"},
    "ru": {"customer_segments": "Потребительские сегменты",
           "value_propositions": "Ценностные предложения", "channels": "Каналы сбыта",
           "customer_relationships": "Взаимоотношения с клиентами",
           "revenue_streams": "Потоки доходов", "key_resources": "Ключевые ресурсы",
           "key_activities": "Ключевые виды деятельности", "key_partners": "Ключевые партнеры",
           "cost_structure": "Структура издержек", "customer_journeys": "Пути клиента",
           "kpis": "KPI"},
}
NESTED = ("jobs", "pains", "gains", "products_services", "pain_relievers", "gain_creators")


def label(key: str) -> str:
    return key.replace("_", " ").capitalize()


def value_text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def write(data: dict[str, Any], lang: str) -> str:
    front = {k: data[k] for k in ("description", "strategy", "language") if k in data}
    out = ["---\n", yaml.safe_dump(front, allow_unicode=True, sort_keys=False), "---\n\n"]
    out.append(f"# {data['name']}\n\nThis canvas was written in Markdown.\n")
    for number, (key, title) in enumerate(TITLES[lang].items()):
        if key not in data:
            continue
        items = data[key] or []
        out.append(f"\n## {number + 1}. {title}\n\n> A guiding question nobody answers.\n\n")
        if key == "cost_structure" and _flat(items):
            out.append(_table(items))
            continue
        if key == "customer_journeys":
            out.extend(_journey(journey) for journey in items)
            continue
        for item in items:
            out.append(_note(item, "  ", trailing=number % 2 == 1))
    return "".join(out)


def _journey(journey: dict[str, Any]) -> str:
    lines = [f"- **{journey['segment']}**\n"]
    for stage in journey.get("stages") or []:
        lines.append(f"  - {label(stage['stage'])}\n")
        for touchpoint in stage.get("touchpoints") or []:
            lines.append("    " + _note(touchpoint, "      ", trailing=True))
    return "".join(lines)


def _flat(items: list[Any]) -> bool:
    return all(isinstance(i, dict) and set(i) <= {"name", "nature", "for"} for i in items)


def _table(items: list[dict[str, Any]]) -> str:
    rows = ["| Item | Fixed/Variable | For |", "|---|---|---|"]
    for item in items:
        rows.append(f"| {item['name']} | {item.get('nature', '')} | "
                    f"{value_text(item.get('for', ''))} |")
    rows.append("| Total | | |")
    return "\n".join(rows) + "\n"


def _note(item: Any, indent: str, trailing: bool) -> str:
    if isinstance(item, str):
        return f"- **{item}**\n"
    head = f"- **{item['name']}**"
    if item.get("description"):
        head += f": {' '.join(str(item['description']).split())}"
    fields = {k: v for k, v in item.items() if k not in ("name", "description", *NESTED)}
    nested = {k: v for k, v in item.items() if k in NESTED}
    lines = []
    if trailing and fields and not nested:
        head += " (" + "; ".join(f"{label(k)}: {value_text(v)}" for k, v in fields.items()) + ")"
    else:
        lines = [f"{indent}- {label(k)}: {value_text(v)}\n" for k, v in fields.items()]
    for key, items in nested.items():
        lines.append(f"{indent}- {label(key)}:\n")
        lines.extend(f"{indent}  {_note(i, indent + '    ', False)}" for i in items)
    return head + "\n" + "".join(lines)
