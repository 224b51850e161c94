"""The generated validator (canvaslint/model/_fastschema.py) stays in step with the schema.

canvaslint trusts ``is_valid`` to skip jsonschema on valid canvases, so it
must agree with jsonschema on every input: the examples, generated canvases
and thousands of mutations of them. And ``prune`` must leave jsonschema's
errors exactly as they were.
"""

from __future__ import annotations

import copy
import datetime
import importlib.util
import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from canvaslint.i18n import localize
from canvaslint.model import _fastschema
from canvaslint.read.blocks import load_schema
from canvaslint.read.loader import load

ROOT = Path(__file__).resolve().parent.parent


def _module(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


GEN = _module(ROOT / "tools" / "gen_fastschema.py")
CANVASES = _module(ROOT / "benchmarks" / "generate.py")
VALIDATOR = Draft202012Validator(load_schema())


def test_generated_file_is_current() -> None:
    schema = json.loads((ROOT / "schemas" / "canvas.schema.json").read_text(encoding="utf-8"))
    expected = GEN.generate(schema)
    current = (ROOT / "canvaslint" / "model" / "_fastschema.py").read_text(encoding="utf-8")
    assert current == expected, "schemas/ changed: run python tools/gen_fastschema.py"


def _data(text: str, name: str = "canvas.yaml") -> Any:
    doc = load(name, text.encode("utf-8"))
    localize(doc)
    return doc.data


def _corpus() -> list[tuple[str, Any]]:
    found = [(str(p.relative_to(ROOT)), _data(p.read_text(encoding="utf-8"), p.name))
             for p in sorted(ROOT.glob("examples/**/*.yaml")) + sorted(ROOT.glob("tests/**/*.yaml"))
             if "plugin" not in p.parts]
    found += [(f"generated {n}", _data(CANVASES.canvas_text(n, 2, mistake=n % 3 == 0)))
              for n in range(6)]
    return found


CORPUS = _corpus()


def _errors(data: Any) -> list[tuple[str, str, str]]:
    return sorted((json.dumps(list(e.absolute_path)), e.validator, e.message)
                  for e in VALIDATOR.iter_errors(data))


@pytest.mark.parametrize("name,data", CORPUS, ids=[n for n, _ in CORPUS])
def test_agrees_with_jsonschema_on_files(name: str, data: Any) -> None:
    assert _fastschema.is_valid(data) == VALIDATOR.is_valid(data)
    assert _errors(_fastschema.prune(data)) == _errors(data)


ODD_VALUES: list[Any] = [
    None, True, False, 0, 1, 2.5, float("inf"), "", "x", "self-servise", "b2b", "own",
    [], ["x"], [1], [None], ["b2c", "b2b"], {}, {"name": "x"}, {"name": 1}, {"nme": "x"},
    datetime.date(2024, 1, 1), [{"name": "x", "extra": 1}], {"segment": "x"},
]


def _places(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path in the data (mappings by key, lists by index)."""
    out = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            out += _places(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            out += _places(value, (*path, index))
    return out


def _mutate(data: Any, rng: random.Random) -> Any:
    data = copy.deepcopy(data)
    path = rng.choice(_places(data))
    if not path:
        return rng.choice(ODD_VALUES)
    *head, last = path
    parent = data
    for part in head:
        parent = parent[part]
    move = rng.randrange(6)
    if move == 0:
        parent[last] = copy.deepcopy(rng.choice(ODD_VALUES))
    elif move == 1 and isinstance(parent, dict):
        del parent[last]
    elif move == 2 and isinstance(parent, dict):
        parent[rng.choice(["nam", "segment", "type", "stage", "pays", "target", "id"])] = \
            copy.deepcopy(rng.choice(ODD_VALUES))
    elif move == 3:
        parent[last] = [parent[last]]
    elif move == 4 and isinstance(parent[last], list) and parent[last]:
        parent[last] = parent[last][0]
    else:
        parent[last] = copy.deepcopy(rng.choice([v for v in ODD_VALUES if v is not None]))
    return data


SMALL = [data for name, data in CORPUS if len(json.dumps(data, default=str)) < 6000]


@pytest.mark.parametrize("seed", range(8))
def test_agrees_with_jsonschema_on_mutations(seed: int) -> None:
    rng = random.Random(seed)
    agreed = {True: 0, False: 0}
    for _ in range(250):
        data = _mutate(rng.choice(SMALL), rng)
        for _ in range(rng.randrange(3)):
            data = _mutate(data, rng)
        valid = VALIDATOR.is_valid(data)
        assert _fastschema.is_valid(data) == valid, data
        if not valid:
            assert _errors(_fastschema.prune(data)) == _errors(data)
        agreed[valid] += 1
    assert agreed[True] and agreed[False]  # both kinds were tried


def test_stand_ins_are_valid_items() -> None:
    for key, valid, stand_in in _fastschema._PRUNABLE:
        assert valid(stand_in), key
        assert VALIDATOR.is_valid({"name": "x", key: [stand_in]}), key


KEYWORDS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "one": {"oneOf": [{"type": "integer"},
                          {"type": "number", "x-note": "an unknown keyword is ignored"}]},
        "neg": {"not": {"type": "string"}},
        "fixed": {"const": "yes"},
        "all": {"allOf": [{"type": "array", "minItems": 1}, {"maxItems": 2}]},
        "text": {"type": "string", "minLength": 2, "maxLength": 3},
        "map": {"type": "object", "minProperties": 1, "maxProperties": 2,
                "additionalProperties": {"type": "boolean"}},
        "loose": {"minLength": 1, "items": {"enum": ["a", "b"]}},
        "anything": True,
        "nothing": False,
    },
    "required": ["one"],
}


def test_other_keywords_agree_with_jsonschema() -> None:
    """Keywords today's schema does not use are compiled right too, for tomorrow's."""
    namespace: dict[str, Any] = {}
    exec(GEN.generate(KEYWORDS_SCHEMA), namespace)
    validator = Draft202012Validator(KEYWORDS_SCHEMA)
    rng = random.Random(8)
    values = [*ODD_VALUES, "yes", "ab", "abcd", [1, 2, 3], {"a": True}, {"a": True, "b": 1},
              ["a", "b"], ["c"], 3.0, 3.5]
    for _ in range(3000):
        data = {key: rng.choice(values) for key in rng.sample(
            sorted(KEYWORDS_SCHEMA["properties"]), rng.randrange(4))}
        if rng.random() < 0.8:
            data["one"] = rng.choice(values)
        assert namespace["is_valid"](data) == validator.is_valid(data), data


def test_unknown_keywords_stop_the_generator() -> None:
    with pytest.raises(GEN.SchemaError, match="pattern"):
        GEN.generate({"type": "object", "properties": {"x": {"type": "string",
                                                            "pattern": "^a"}}})
