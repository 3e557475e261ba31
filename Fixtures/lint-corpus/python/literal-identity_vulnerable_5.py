def is_empty(items):
    return items is []  # expect: literal-identity


def no_options(options):
    return options is {}  # expect: literal-identity


def is_origin(point):
    return point is (0, 0)  # expect: literal-identity
