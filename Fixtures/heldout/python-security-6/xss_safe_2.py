"""NiceGUI page for the team guestbook."""
import html

from nicegui import app, ui

from .guestbook import add_entry, entries


@ui.page("/guestbook")
def guestbook(name: str = ""):
    ui.html(f"<h3>Welcome back, {html.escape(name)}</h3>")
    for entry in entries():
        ui.label(entry.author)
    message = ui.input("Message")

    def post():
        add_entry(name, message.value)
        ui.label(message.value).classes("italic")

    ui.button("Post", on_click=post)


app.add_static_files("/static", "static")
