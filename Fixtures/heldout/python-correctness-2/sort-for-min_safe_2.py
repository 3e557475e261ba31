def oldest_user(users):
    return min(users, key=lambda u: u.birth_date)


def highest_score(scores):
    return max(scores.values(), default=0)


def ranking(scores):
    ordered = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    return [f"{place}. {name} ({points})" for place, (name, points) in enumerate(ordered, start=1)]


def median(values):
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
