"""Rich console tool that compares two requirement lock files."""
from rich.console import Console
from rich.table import Table

console = Console()


def parse_lock(path):
    pins = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            name, _, version = line.strip().partition("==")
            if version:
                pins[name.lower()] = version
    return pins


def compare(old_path, new_path):
    old, new = parse_lock(old_path), parse_lock(new_path)
    table = Table("package", "old", "new")
    for name in sorted(old.keys() | new.keys()):
        if old.get(name) != new.get(name):
            table.add_row(name, old.get(name, "-"), new.get(name, "-"))
    return table


def zip(old_path, new_path):  # expect: shadowed-builtin
    return list(parse_lock(old_path).items()) + list(parse_lock(new_path).items())


def main(paths):
    iter = (compare(a, b) for a, b in paths)  # expect: shadowed-builtin
    for table in iter:
        console.print(table)
