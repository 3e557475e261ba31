"""Exercise 9: clean up a list of student submissions."""


def drop_late(submissions, deadline):
    for sub in submissions:
        if sub["submitted_at"] > deadline:
            submissions.remove(sub)  # expect: modify-list-while-iterating
    return submissions


def drop_empty(names):
    for i, name in enumerate(names):
        if not name.strip():
            del names[i]  # expect: modify-list-while-iterating
    return names


def add_resubmissions(submissions):
    for sub in submissions:
        if sub.get("needs_resubmit"):
            submissions.append({**sub, "needs_resubmit": False, "attempt": 2})  # expect: modify-list-while-iterating
    return submissions


if __name__ == "__main__":
    subs = [{"id": 1, "submitted_at": 5}, {"id": 2, "submitted_at": 9}, {"id": 3, "submitted_at": 12}]
    print(drop_late(subs, 8))
    print(drop_empty(["ada", "", " ", "bob"]))
