_MISSING = object()


def status_label(status):
    if status is None:
        return "Unknown"
    if status == "active":
        return "Active"
    return status.title()


def flag(value):
    return value is True or value is False


def lookup(mapping, key):
    value = mapping.get(key, _MISSING)
    return None if value is _MISSING else value
