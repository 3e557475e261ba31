def status_label(status):
    if status is "active":  # expect: literal-identity
        return "Active"
    if status is not "":  # expect: literal-identity
        return status.title()
    return "Unknown"


def is_ok(response):
    return response.status_code is 200  # expect: literal-identity


def is_missing(index):
    return index is -1  # expect: literal-identity
