def oldest_user(users):
    ordered = sorted(users, key=lambda u: u.birth_date)  # expect: sort-for-min
    return ordered[0]


def highest_score(scores):
    return sorted(scores.values())[-1]  # expect: sort-for-min
