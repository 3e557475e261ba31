import json
import os
from datetime import datetime
from json import loads

import datetime  # expect: redefined-unused-name

CACHE_DIR = os.environ.get("CACHE_DIR", "/tmp/weather")


def cache_file(city):
    return os.path.join(CACHE_DIR, f"{city.lower()}.json")


def save(city, data):
    payload = {"saved": datetime.datetime.now().isoformat(), "data": data}
    with open(cache_file(city), "w", encoding="utf-8") as fh:
        json.dump(payload, fh)


def loads(text):  # expect: redefined-unused-name
    return json.loads(text)["data"]


def load(city):
    with open(cache_file(city), encoding="utf-8") as fh:
        return loads(fh.read())
