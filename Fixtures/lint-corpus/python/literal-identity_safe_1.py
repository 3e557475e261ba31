_MISSING = object()


def describe_order(order, default=_MISSING):
    if order.get("status", default) is _MISSING:
        return "unknown"
    if order["status"] == "shipped":
        return "on its way"
    if order["items"] != 0:
        return "being packed"
    return "empty"


def retry_allowed(attempt, enabled=True):
    if enabled is False or attempt is None:
        return False
    return attempt in (1, 2)
