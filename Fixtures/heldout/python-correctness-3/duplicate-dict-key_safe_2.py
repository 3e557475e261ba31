GRADE_POINTS = {
    "A": 4.0,
    "A-": 3.7,
    "B+": 3.3,
    "B": 3.0,
    "B-": 2.7,
    "C": 2.0,
    "a": 4.0,
    "F": 0.0,
}

ERROR_TEXT = {400: "bad request", "400": "bad request (legacy)", 404: "not found", 404.5: "odd"}


def gpa(grades):
    points = [GRADE_POINTS[g] for g in grades]
    return round(sum(points) / len(points), 2) if points else 0.0


def merge_defaults(user_settings):
    defaults = dict(theme="light", font_size=12, autosave=True)
    defaults.update(user_settings)
    return defaults
