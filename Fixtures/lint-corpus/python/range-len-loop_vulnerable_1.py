"""Grade report for a class: prints each student's mark and whether they passed."""

PASS_MARK = 50


def report(students, marks):
    lines = []
    for i in range(len(students)):  # expect: range-len-loop
        status = "pass" if marks[i] >= PASS_MARK else "fail"
        lines.append(f"{students[i]:<20} {marks[i]:>3} {status}")
    return "\n".join(lines)


def best(marks):
    top = 0
    for j in range(len(marks)):  # expect: range-len-loop
        if marks[j] > marks[top]:
            top = j
    return top
