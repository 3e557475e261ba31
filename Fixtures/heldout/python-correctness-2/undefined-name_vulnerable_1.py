"""Grade book exercise: week 6, classes and statistics."""


class GradeBook:
    PASS_MARK = 50

    def __init__(self, course):
        self.course = course
        self.marks = {}

    def record(self, student, mark):
        self.marks[student] = mark

    def passed(self):
        return [s for s, m in self.marks.items() if m >= PASS_MARK]  # expect: undefined-name

    def average(self):
        if not self.marks:
            return 0.0
        return statistics.mean(self.marks.values())  # expect: undefined-name

    def summary(self):
        best = max(self.marks, key=self.marks.get)
        return f"{self.course}: best {best}, mean {self.average():.1f}"


if __name__ == "__main__":
    book = GradeBook("CS101")
    book.record("ana", 71)
    book.record("bo", 44)
    print(book.summary())
    print("passed:", ", ".join(book.passed()))
    print("failed:", len(book.marks) - len(pased))  # expect: undefined-name
