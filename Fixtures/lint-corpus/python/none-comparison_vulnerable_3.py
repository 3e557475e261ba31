def find_root(node):
    while node.parent != None:  # expect: none-comparison
        node = node.parent
    return node


def active_emails(users):
    return [u.email for u in users if u.email != None]  # expect: none-comparison


def orphans(rows):
    return list(filter(lambda r: r.parent_id == None, rows))  # expect: none-comparison


def describe(value):
    if None == value:  # expect: none-comparison
        return "missing"
    return str(value)
