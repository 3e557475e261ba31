"""Match enrolled students against the attendance scans; keyword counts for the lecture notes."""


def absentees(enrolled, scans):
    present = [scan["student_id"] for scan in scans]
    missing = []
    for student in enrolled:
        if student["id"] not in present:  # expect: membership-in-list-loop
            missing.append(student["name"])
    return missing


def keywords(text):
    stopwords = ["the", "a", "an", "and", "of", "to", "in", "is", "for", "on"]
    counts = {}
    for word in text.lower().split():
        if word in stopwords:  # expect: membership-in-list-loop
            continue
        counts[word] = counts.get(word, 0) + 1
    return counts


if __name__ == "__main__":
    enrolled = [{"id": 1, "name": "ada"}, {"id": 2, "name": "bob"}]
    print(absentees(enrolled, [{"student_id": 1}]))
    print(keywords("The cost of a linked list is in the pointers"))
