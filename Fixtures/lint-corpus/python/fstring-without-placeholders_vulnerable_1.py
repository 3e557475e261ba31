"""Command-line greeting whose f-strings lost their placeholders."""
import sys


def main(argv):
    name = argv[1] if len(argv) > 1 else "world"
    print(f"Hello, name!")  # expect: fstring-without-placeholders
    print(f"\N{WAVING HAND SIGN} welcome")  # expect: fstring-without-placeholders
    print(f"{{braces}} are literal here")  # expect: fstring-without-placeholders
    return name


if __name__ == "__main__":
    main(sys.argv)
