"""Exercise 9 (model answer): build new lists, or iterate over a copy."""


def drop_late(submissions, deadline):
    return [sub for sub in submissions if sub["submitted_at"] <= deadline]


def drop_empty(names):
    for name in names[:]:
        if not name.strip():
            names.remove(name)
    return names


def add_resubmissions(submissions):
    extra = []
    for sub in submissions:
        if sub.get("needs_resubmit"):
            extra.append({**sub, "needs_resubmit": False, "attempt": 2})
    submissions.extend(extra)
    return submissions


def remove_first_duplicate(ids):
    for value in ids:
        if ids.count(value) > 1:
            ids.remove(value)
            break
    return ids


if __name__ == "__main__":
    subs = [{"id": 1, "submitted_at": 5}, {"id": 2, "submitted_at": 9}]
    print(drop_late(subs, 8), drop_empty(["ada", "", "bob"]), remove_first_duplicate([1, 2, 1]))
