NONE_LABEL = "None"


def find_root(node):
    while node.parent is not None:
        node = node.parent
    return node


def label(value):
    text = str(value)
    if text == NONE_LABEL or text == "None":
        return "-"
    return text


def missing(values):
    return [k for k, v in values.items() if v is None]
