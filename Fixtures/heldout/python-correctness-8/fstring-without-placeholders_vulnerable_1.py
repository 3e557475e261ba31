"""Interactive release helper built on questionary prompts."""
import subprocess

import questionary


def current_branch() -> str:
    return subprocess.run(
        ["git", "rev-parse", "--abbrev-ref", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()


def main() -> int:
    branch = current_branch()
    bump = questionary.select(
        f"Which part of the version should be bumped?",  # expect: fstring-without-placeholders
        choices=["patch", "minor", "major"],
    ).ask()
    if bump is None:
        return 1
    notes = questionary.text(f"Release notes for {branch} ({bump}):").ask()
    if not questionary.confirm(f"Tag and push now?").ask():  # expect: fstring-without-placeholders
        return 1
    subprocess.run(["bump-my-version", "bump", bump], check=True)
    subprocess.run(["git", "push", "--follow-tags"], check=True)
    print(f"released from {branch}: {notes!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
