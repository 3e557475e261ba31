import os
import sys

try:
    from yaml import CSafeLoader as Loader
except ImportError:
    from yaml import SafeLoader as Loader

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

import yaml

if os.name == "nt":
    def clear_screen():
        os.system("cls")
else:
    def clear_screen():
        print("\033[2J\033[H", end="")


def load_config(path):
    with open(path, "rb") as fh:
        if path.endswith(".toml"):
            return tomllib.load(fh)
        return yaml.load(fh, Loader=Loader)
