"""Prune old exports from a reports folder."""
from pathlib import Path

import typer

app = typer.Typer(help="Report pruning")


def exports_in(folder: Path) -> list[Path]:
    return sorted(folder.glob("report-*.csv"), key=lambda p: p.stat().st_mtime, reverse=True)


@app.command()
def prune(folder: Path, keep: int = 30) -> None:
    assert keep > 0, "keep must be a positive number of files"
    assert (
        folder.is_dir()
        and folder.name != ""
    ), f"{folder} is not a directory"
    old = exports_in(folder)[keep:]
    for report in old:
        report.unlink()
    typer.echo(f"pruned {len(old)} report(s)")


if __name__ == "__main__":
    app()
