"""pyglet arcade cabinet menu with an enum state."""
import enum

import pyglet

window = pyglet.window.Window(800, 600, caption="Cabinet")
label = pyglet.text.Label("", x=400, y=300, anchor_x="center")


class Mode(enum.Enum):
    ATTRACT = "attract"
    READY = "ready"
    PLAYING = "playing"


class Cabinet:
    def __init__(self):
        self.mode = Mode.ATTRACT
        self.credits = 0

    def insert_coin(self):
        self.credits += 1
        if self.mode is Mode.ATTRACT:
            self.mode = Mode.READY

    def caption(self):
        if self.mode is not Mode.PLAYING:
            return "INSERT COIN" if self.credits == 0 else "PRESS START"
        return "GOOD LUCK"


cabinet = Cabinet()


@window.event
def on_draw():
    window.clear()
    label.text = cabinet.caption()
    label.draw()
