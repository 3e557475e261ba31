from collections import defaultdict


def build_headers(token, *, extra: dict[str, str] = {}):  # expect: mutable-default
    extra["Authorization"] = f"Bearer {token}"
    return extra


def group(rows, buckets=defaultdict(list)):  # expect: mutable-default
    for row in rows:
        buckets[row["kind"]].append(row)
    return buckets


collect = lambda value, acc=[]: acc.append(value) or acc  # expect: mutable-default
