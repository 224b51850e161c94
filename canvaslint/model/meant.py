"""The canvas as its author meant it, for the business rules to reason from.

One typo must give one finding (issue 18). A block key written
``customer_segment:`` left the segments unread, and every reference to a
segment became an R001, every proposition a proposition for nobody; a
relationship ``type: self service`` was reasoned about as if "self service"
were a kind of relationship. So the business rules do not read the file's
data as written, but as meant:

- where the schema finding (S001, S002) is sure what was meant, the safe
  fix ``check --fix`` would make (``customer_segment`` -> ``customer_segments``,
  ``self service`` -> ``self-service``), the rules read that;
- a vocabulary value the schema rejected without a sure meaning is read as
  unknown (``None``): the field is there, but no rule draws a conclusion
  from it.

The schema findings themselves still report what was written; only what the
rules reason from changes. The data is copied only along the changed paths,
each container once, so the cost stays linear in the number of findings.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from canvaslint.finding import DataPath, Problem

# The schema messages about a vocabulary value (see canvaslint.model.schema).
_VALUE_MSGIDS = ("enum", "enum-close")


def as_meant(data: dict[str, Any], problems: Iterable[tuple[str, Problem]],
             key_alias: dict[str, str], value_alias: dict[str, str]
             ) -> tuple[dict[str, Any], dict[str, str]]:
    """``data`` with sure corrections made and rejected values unknown, and the keys renamed.

    ``key_alias`` and ``value_alias`` turn a fix written in the canvas's own
    language back into the English words the model reads. The renamed keys
    (written -> meant) let a finding's data path find the key as written.
    """
    edits = _Copy(data)
    for code, problem in problems:
        fix = problem.fix
        if code == "S002" and fix is not None and fix.at_key and fix.text:
            meant_key = key_alias.get(fix.text, fix.text)
            if edits.rename(problem.path, meant_key):
                edits.renamed[str(problem.path[-1])] = meant_key
        elif code == "S001" and problem.msgid in _VALUE_MSGIDS:
            meant = value_alias.get(fix.text, fix.text) if fix is not None and fix.text else None
            edits.replace(problem.path, meant)
    return edits.root, edits.renamed


class _Copy:
    """Copy-on-write edits of nested data: each container copied at most once."""

    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root
        self.copied: set[int] = set()
        self.renamed: dict[str, str] = {}

    def _own(self, container: Any) -> Any:
        if id(container) in self.copied:
            return container
        new = dict(container) if isinstance(container, dict) else list(container)
        self.copied.add(id(new))
        return new

    def _parent(self, path: DataPath) -> Any:
        """The container holding ``path[-1]``, made ours (copied) along the way, or None."""
        self.root = self._own(self.root)
        node: Any = self.root
        for part in path[:-1]:
            if not (_has(node, part) and isinstance(node[part], (dict, list))):
                return None
            node[part] = self._own(node[part])
            node = node[part]
        return node

    def replace(self, path: DataPath, value: Any) -> None:
        if not path:
            return
        parent = self._parent(path)
        if _has(parent, path[-1]):
            parent[path[-1]] = value

    def rename(self, path: DataPath, key: str) -> bool:
        """Read the key at ``path`` as ``key``, unless the mapping has that key already."""
        if not path:
            return False
        parent = self._parent(path)
        last = path[-1]
        if isinstance(parent, dict) and last in parent and key not in parent:
            parent[key] = parent.pop(last)
            return True
        return False


def _has(node: Any, part: Any) -> bool:
    """Whether ``node[part]`` is there: a key of a mapping or a position in a list."""
    if isinstance(node, dict):
        return part in node
    return isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
