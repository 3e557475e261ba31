from asciimatics.event import KeyboardEvent
from asciimatics.exceptions import StopApplication
from asciimatics.scene import Scene
from asciimatics.screen import Screen
from asciimatics.widgets import Frame, Label, Layout, ListBox


class TaskBoard(Frame):
    def __init__(self, screen, tasks):
        super().__init__(screen, screen.height, screen.width, title="Tasks")
        self.tasks = tasks
        layout = Layout([1])
        self.add_layout(layout)
        self.status = Label("")
        self.listing = ListBox(screen.height - 4, [(t["title"], i) for i, t in enumerate(tasks)])
        layout.add_widget(self.listing)
        layout.add_widget(self.status)
        self.fix()

    def process_event(self, event):
        if isinstance(event, KeyboardEvent):
            key = chr(event.key_code) if 0 < event.key_code < 256 else ""
            if key is "q":  # expect: is-literal-comparison
                raise StopApplication("quit")
            if key == "d" and self.listing.value is not None:
                task = self.tasks[self.listing.value]
                task["state"] = "done"
                self.status.text = f"{task['title']} marked done"
        return super().process_event(event)


def main(screen, tasks):
    pending = [t for t in tasks if t["state"] is not "done"]  # expect: is-literal-comparison
    screen.play([Scene([TaskBoard(screen, pending)], -1)], stop_on_resize=True)


def run(tasks):
    Screen.wrapper(main, arguments=[tasks])
