"""A colour picker window written with Toga."""
from functools import partial

import toga
from toga.style import Pack

SWATCHES = ["crimson", "gold", "seagreen", "steelblue"]


class PickerApp(toga.App):
    def pick(self, colour, widget=None):
        self.preview.style.background_color = colour
        self.label.text = f"Selected: {colour}"

    def startup(self):
        box = toga.Box(style=Pack(direction="column", padding=10))
        self.preview = toga.Box(style=Pack(height=80))
        self.label = toga.Label("Selected: none")
        for colour in SWATCHES:
            box.add(toga.Button(colour, on_press=partial(self.pick, colour)))
        for colour in SWATCHES:
            box.add(toga.Button(colour.upper(), on_press=lambda widget, c=colour: self.pick(c)))
        box.add(self.preview)
        box.add(self.label)
        self.main_window = toga.MainWindow(title=self.formal_name)
        self.main_window.content = box
        self.main_window.show()


def main():
    return PickerApp("Swatches", "org.example.swatches")
