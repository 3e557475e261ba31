"""Data pipeline: drop rows of the clickstream that belong to internal users."""
import json
from pathlib import Path


def load_internal_ids(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [entry["user_id"] for entry in json.load(fh)["staff"]]


def filter_clicks(lines, internal_path: Path):
    internal = load_internal_ids(internal_path)
    for line in lines:
        event = json.loads(line)
        if event.get("user_id") in internal:  # expect: membership-in-list-loop
            continue
        yield event
