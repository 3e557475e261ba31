"""HTTP helpers: header maps whose keys differ only in case, and later overrides by assignment."""

BASE_HEADERS = {
    "Content-Type": "application/json",
    "content-type": "text/plain",  # a deliberately wrong lowercase header for the parser test
    "Accept": "application/json",
}

CODES = {
    1: "one",
    "1": "string one",
    1.5: "one and a half",
    (1, 2): "pair",
}


def with_auth(token):
    headers = dict(BASE_HEADERS)
    headers["Authorization"] = f"Bearer {token}"
    headers["Accept"] = "*/*"
    return headers


def merged(defaults, overrides):
    return {**defaults, **overrides}


if __name__ == "__main__":
    print(with_auth("abc"))
    print(merged({"timeout": 30}, {"timeout": 60}))
    print(CODES[1], CODES["1"])
