"""Render the course catalogue as an HTML page."""
import html

COURSES = [
    {"code": "CS101", "title": "Intro to Programming", "credits": 5},
    {"code": "CS201", "title": "Data Structures", "credits": 5},
    {"code": "MA110", "title": "Discrete Maths", "credits": 4},
]


def render(courses):
    page = "<html><body><h1>Catalogue</h1><ul>"
    for course in courses:
        page += "<li><b>" + html.escape(course["code"]) + "</b> "  # expect: string-concat-in-loop
        page += html.escape(course["title"]) + f" ({course['credits']} ECTS)</li>"  # expect: string-concat-in-loop
    page += "</ul></body></html>"
    return page


def csv_export(courses):
    out = "code,title,credits\n"
    for course in courses:
        out = out + f"{course['code']},{course['title']},{course['credits']}\n"  # expect: string-concat-in-loop
    return out


if __name__ == "__main__":
    print(render(COURSES))
    print(csv_export(COURSES))
