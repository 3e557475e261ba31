"""NiceGUI page for the team guestbook."""
from nicegui import app, ui

from .guestbook import add_entry, entries


@ui.page("/guestbook")
def guestbook(name: str = ""):
    ui.html(f"<h3>Welcome back, {name}</h3>")  # expect: xss
    for entry in entries():
        ui.label(entry.author)
    message = ui.input("Message")

    def post():
        add_entry(name, message.value)
        ui.html("<blockquote>" + message.value + "</blockquote>")  # expect: xss

    ui.button("Post", on_click=post)


app.add_static_files("/static", "static")
