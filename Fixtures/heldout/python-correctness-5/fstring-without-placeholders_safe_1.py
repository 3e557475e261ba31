"""Textual TUI that shows deploy locks."""
from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static

from ci.locks import active_locks


class LockApp(App):
    TITLE = "Deploy locks"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Loading locks…", id="status")
        yield Footer()

    def on_mount(self):
        self.set_interval(10, self.refresh_locks)

    def refresh_locks(self):
        locks = active_locks()
        status = self.query_one("#status", Static)
        width = max((len(lock.env) for lock in locks), default=4)
        lines = [f"{lock.env:<{width}}  {lock.owner!r}  {{since {lock.since:%H:%M}}}" for lock in locks]
        status.update("\n".join(lines) or "[green]{}[/green]".format("No locks"))
        self.sub_title = (
            "Locked environments: "
            f"{len(locks)}"
        )
