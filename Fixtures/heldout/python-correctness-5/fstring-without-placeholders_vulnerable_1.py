"""Textual TUI that tails a build queue."""
from textual.app import App, ComposeResult
from textual.widgets import DataTable, Footer, Header, Static

from ci.queue import pending_builds


class QueueApp(App):
    TITLE = "Build queue"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(f"Waiting for builds…", id="status")  # expect: fstring-without-placeholders
        yield DataTable()
        yield Footer()

    def on_mount(self):
        table = self.query_one(DataTable)
        table.add_columns("id", "branch", "age")
        self.set_interval(5, self.refresh_queue)

    def refresh_queue(self):
        builds = pending_builds()
        table = self.query_one(DataTable)
        table.clear()
        table.add_rows([(b.id, b.branch, b.age) for b in builds])
        status = self.query_one("#status", Static)
        if not builds:
            status.update(f"[green]Queue is empty[/green]")  # expect: fstring-without-placeholders
        else:
            status.update(f"{len(builds)} builds waiting")
            self.notify(
                f"Queue is growing, "  # expect: fstring-without-placeholders
                "consider adding a runner",
                severity="warning",
            )
