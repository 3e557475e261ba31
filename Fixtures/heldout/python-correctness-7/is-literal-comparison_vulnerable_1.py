"""pyglet arcade cabinet menu."""
import pyglet

window = pyglet.window.Window(800, 600, caption="Cabinet")
label = pyglet.text.Label("", x=400, y=300, anchor_x="center")


class Cabinet:
    def __init__(self):
        self.mode = "attract"
        self.credits = 0

    def insert_coin(self):
        self.credits += 1
        if self.mode is "attract":  # expect: is-literal-comparison
            self.mode = "ready"

    def start(self):
        if self.credits is 0:  # expect: is-literal-comparison
            return False
        self.credits -= 1
        self.mode = "playing"
        return True

    def caption(self):
        if self.mode is not "playing":  # expect: is-literal-comparison
            return "INSERT COIN" if self.credits == 0 else "PRESS START"
        return "GOOD LUCK"


cabinet = Cabinet()


@window.event
def on_draw():
    window.clear()
    label.text = cabinet.caption()
    label.draw()
