"""Settings for the course's Django-like mini framework."""

DEFAULTS = {
    "debug": False,
    "timeout": 30,
    "max_upload_mb": 10,
    "session_cookie": "sid",
    "timeout": 60,  # expect: duplicate-dict-key
    "language": "en",
}

STATUS_TEXT = {
    200: "OK",
    301: "Moved Permanently",
    404: "Not Found",
    403: "Forbidden",
    404: "Page Missing",  # expect: duplicate-dict-key
    500: "Internal Server Error",
}


def status_line(code):
    return f"HTTP/1.1 {code} {STATUS_TEXT.get(code, 'Unknown')}"


def effective_settings(overrides):
    merged = dict(DEFAULTS)
    merged.update(overrides)
    return merged


if __name__ == "__main__":
    print(status_line(404))
    print(effective_settings({"debug": True}))
