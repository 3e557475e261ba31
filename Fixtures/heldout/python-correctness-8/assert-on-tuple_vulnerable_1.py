"""Rotate nightly backup archives, keeping the newest N per host."""
from pathlib import Path

import typer

app = typer.Typer(help="Backup rotation")


def archives_for(root: Path, host: str) -> list[Path]:
    return sorted(root.glob(f"{host}-*.tar.zst"), key=lambda p: p.stat().st_mtime, reverse=True)


@app.command()
def rotate(root: Path, host: str, keep: int = 7, dry_run: bool = False) -> None:
    assert (keep > 0, "keep must be a positive number of archives")  # expect: assert-on-tuple
    assert (  # expect: assert-on-tuple
        root.is_dir(),
        f"{root} is not a directory",
    )
    stale = archives_for(root, host)[keep:]
    for archive in stale:
        typer.echo(f"removing {archive.name}")
        if not dry_run:
            archive.unlink()
    typer.echo(f"{len(stale)} archive(s) rotated for {host}")


if __name__ == "__main__":
    app()
