"""Interactive changelog helper built on questionary prompts."""
import questionary

KINDS = ["added", "changed", "fixed"]


def main() -> int:
    kind = questionary.select("Kind of change?", choices=KINDS).ask()
    if kind is None:
        return 1
    summary = questionary.text(f"One-line summary of the {kind} entry:").ask() or ""
    width = 60
    line = f"- {summary:<{width}} ({kind})"
    header = f"{{unreleased}} section, entry {summary!r}"
    if questionary.confirm("Append to CHANGELOG.md?").ask():
        with open("CHANGELOG.md", "a", encoding="utf-8") as handle:
            handle.write(line + "\n")
    print(header)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
