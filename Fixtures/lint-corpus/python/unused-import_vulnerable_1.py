import json
import os  # expect: unused-import
import sys
from typing import Dict, List  # expect: unused-import


def load(path) -> Dict[str, int]:
    with open(path) as handle:
        return json.load(handle)


if __name__ == "__main__":
    sys.stdout.write(str(load(sys.argv[1])) + "\n")
