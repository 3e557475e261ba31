"""Package facade."""
from .client import Client
from .errors import ApiError, RateLimited

__all__ = ["Client", "ApiError", "RateLimited"]

try:
    import ujson as json
except ImportError:
    import json


def dumps(value):
    return json.dumps(value)
