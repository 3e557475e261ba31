import json
import os  # expect: unused-import
from collections import OrderedDict, defaultdict  # expect: unused-import
from typing import Any


def group_by(rows: list[dict[str, Any]], key: str) -> dict:
    groups = defaultdict(list)
    for row in rows:
        groups[row[key]].append(row)
    return json.loads(json.dumps(groups))
