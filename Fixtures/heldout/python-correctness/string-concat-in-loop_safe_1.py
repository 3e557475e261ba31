"""Render the course catalogue as an HTML page (fixed): parts are joined once."""
import html

COURSES = [
    {"code": "CS101", "title": "Intro to Programming", "credits": 5},
    {"code": "CS201", "title": "Data Structures", "credits": 5},
]


def render(courses):
    items = []
    for course in courses:
        items.append(
            f"<li><b>{html.escape(course['code'])}</b> "
            f"{html.escape(course['title'])} ({course['credits']} ECTS)</li>"
        )
    return "<html><body><h1>Catalogue</h1><ul>" + "".join(items) + "</ul></body></html>"


def total_credits(courses):
    total = 0
    for course in courses:
        total += course["credits"]
    return total


def codes(courses):
    result = []
    for course in courses:
        result += [course["code"]]
    return ", ".join(result)


if __name__ == "__main__":
    title = "Catalogue"
    title += f" ({total_credits(COURSES)} credits)"
    print(title, render(COURSES), codes(COURSES))
