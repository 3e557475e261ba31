"""Command-line greeting with working f-strings."""
import sys


def main(argv):
    name = argv[1] if len(argv) > 1 else "world"
    print(f"Hello, {name}!")
    print(f"\N{WAVING HAND SIGN} {name}")
    print(f"{{{name}}} in braces")
    print("no placeholders needed")
    print(f"first part, " f"then {name}")
    return name


if __name__ == "__main__":
    main(sys.argv)
