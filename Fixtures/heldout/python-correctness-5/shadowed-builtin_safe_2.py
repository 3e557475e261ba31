"""Rich console tool that compares two requirement lock files."""
from rich.console import Console
from rich.table import Table

console = Console()


def parse_lock(path):
    with open(path, encoding="utf-8") as handle:
        pairs = (line.strip().partition("==") for line in handle)
        return {name.lower(): version for name, _, version in pairs if version}


def compare(old_path, new_path):
    old, new = parse_lock(old_path), parse_lock(new_path)
    table = Table("package", "old", "new")
    for name in sorted(old.keys() | new.keys()):
        if old.get(name) != new.get(name):
            table.add_row(name, old.get(name, "-"), new.get(name, "-"))
    return table


def zip_locks(old_path, new_path):
    return list(zip(parse_lock(old_path).items(), parse_lock(new_path).items()))


def main(paths):
    tables = iter([compare(a, b) for a, b in paths])
    for table in tables:
        console.print(table)
