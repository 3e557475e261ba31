import re

REQUIRED = ("name", "postcode", "contact_email")


def form_errors(form):
    problems = [name for name in REQUIRED if not form.get(name)]
    for field_name, value in form.items():
        if field_name == "postcode" and not re.compile(r"^\d{4,5}$").match(value):  # expect: regex-compile-in-loop
            problems.append(field_name)
        elif field_name.endswith("_email"):
            email = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)  # expect: regex-compile-in-loop
            if not email.fullmatch(value):
                problems.append(field_name)
    return problems


if __name__ == "__main__":
    print(form_errors({"name": "Ana", "postcode": "12a45", "contact_email": "ana@example"}))
