DEFAULT_HEADERS = {
    "Accept": "application/json",
    "User-Agent": "inventory-sync/1.4",
}


def build_headers(token=None, extra=None):
    headers = {
        **DEFAULT_HEADERS,
        "accept-language": "en",
        "Accept-Language": "de",
    }
    if token:
        headers["Authorization"] = f"Bearer {token}"
        headers["Accept"] = "application/vnd.inventory+json"
    return {**headers, **(extra or {})}


STATUS_TEXT = {200: "OK", "200": "OK (string key)", 201: "Created", 2.0: "two", 404: "Not Found"}
