"""Config loading for the ETL jobs: TOML with a fallback parser, YAML with a fast loader."""
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

try:
    from yaml import CSafeLoader as Loader
except ImportError:
    from yaml import SafeLoader as Loader

import yaml


def load_toml(path: str) -> dict:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def load_yaml(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=Loader)


def describe(job: dict) -> str:
    return job.get("name", "?")


legacy_describe = describe


def describe(job: dict) -> str:
    return f"{job.get('name', '?')} ({job.get('schedule', 'manual')})"
