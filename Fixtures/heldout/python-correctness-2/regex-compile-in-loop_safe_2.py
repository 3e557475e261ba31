import re

REQUIRED = ("name", "postcode", "contact_email")
POSTCODE = re.compile(r"^\d{4,5}$")


def form_errors(form):
    email = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)
    problems = [name for name in REQUIRED if not form.get(name)]
    for field_name, value in form.items():
        if field_name == "postcode" and not POSTCODE.match(value):
            problems.append(field_name)
        elif field_name.endswith("_email") and not email.fullmatch(value):
            problems.append(field_name)
    return problems
