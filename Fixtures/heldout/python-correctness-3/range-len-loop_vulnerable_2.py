import csv


def write_grades(path, students, grades):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["student", "grade"])
        for idx in range(len(students)):  # expect: range-len-loop
            writer.writerow([students[idx], grades[idx]])


def capitalise_all(words):
    for k in range(len(words)):  # expect: range-len-loop
        words[k] = words[k].capitalize()
    return words
