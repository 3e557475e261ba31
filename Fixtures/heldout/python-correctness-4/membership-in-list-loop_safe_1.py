"""Data pipeline: drop rows of the clickstream that belong to internal users."""
import json
from pathlib import Path


def load_internal_ids(path: Path) -> frozenset[str]:
    with path.open(encoding="utf-8") as fh:
        return frozenset(entry["user_id"] for entry in json.load(fh)["staff"])


def filter_clicks(lines, internal_path: Path, blocked_paths: dict[str, str]):
    internal = load_internal_ids(internal_path)
    for line in lines:
        event = json.loads(line)
        if event.get("user_id") in internal or event.get("path") in blocked_paths:
            continue
        if "bot" in event.get("agent", "").lower():
            continue
        yield event


def is_supported(kind: str) -> bool:
    return kind in ["click", "view", "scroll"]
