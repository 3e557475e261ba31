from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from pathlib import Path


def load(path: Path) -> Optional[dict]:
    try:
        with open(path) as handle:
            return json.load(handle)
    except FileNotFoundError:
        return None


if __name__ == "__main__":
    sys.stdout.write(str(load(sys.argv[1])) + "\n")
