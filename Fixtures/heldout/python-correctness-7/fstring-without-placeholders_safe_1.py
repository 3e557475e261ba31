"""Rich console report of the backup run."""
from rich.console import Console
from rich.table import Table

console = Console()


def report(results, started):
    table = Table(title=f"Backup results ({started:%Y-%m-%d})")
    table.add_column("volume")
    table.add_column("size", justify="right")
    for volume, size in results.items():
        table.add_row(volume, f"{size / 1e9:.1f} GB")
    console.print(table)
    if not results:
        console.print("[yellow]No volumes were backed up.[/yellow]")
    console.print(f"{{total}} = {len(results)}")
