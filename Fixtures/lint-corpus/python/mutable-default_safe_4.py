import re
from types import MappingProxyType

DEFAULT_OPTIONS = MappingProxyType({"indent": 2})


def render(data, options=DEFAULT_OPTIONS):
    return {**options, "data": data}


def tokens(text, pattern=re.compile(r"\w+")):
    return pattern.findall(text)


def describe(values: list[int] | None = None, label: str = "values"):
    values = values or []
    return f"{label}: {len(values)}"
