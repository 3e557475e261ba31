from prompt_toolkit import Application
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.layout import Layout
from prompt_toolkit.widgets import Frame, TextArea

PLAYLISTS = {"1": "Focus", "2": "Commute", "3": "Workout", "4": "Sleep"}


class Picker:
    def __init__(self):
        self.output = TextArea(text="Press 1-4 to choose a playlist, q to quit", read_only=True)
        self.choice = None

    def choose(self, name):
        self.choice = name
        self.output.text = f"Selected: {name}"


def chooser(picker, name):
    def handler(event):
        picker.choose(name)
    return handler


def build_app(picker):
    bindings = KeyBindings()
    for key, name in PLAYLISTS.items():
        bindings.add(key)(chooser(picker, name))

    @bindings.add("q")
    def _quit(event):
        event.app.exit(result=picker.choice)

    return Application(layout=Layout(Frame(picker.output)), key_bindings=bindings, full_screen=False)


if __name__ == "__main__":
    chosen = build_app(Picker()).run()
    print(chosen or "nothing chosen")
