"""A colour picker window written with Toga."""
import toga
from toga.style import Pack

SWATCHES = ["crimson", "gold", "seagreen", "steelblue"]


class PickerApp(toga.App):
    def pick(self, colour):
        self.preview.style.background_color = colour
        self.label.text = f"Selected: {colour}"

    def startup(self):
        box = toga.Box(style=Pack(direction="column", padding=10))
        self.preview = toga.Box(style=Pack(height=80))
        self.label = toga.Label("Selected: none")
        for colour in SWATCHES:
            button = toga.Button(
                colour,
                on_press=lambda widget: self.pick(colour),  # expect: late-binding-closure
            )
            box.add(button)
        box.add(self.preview)
        box.add(self.label)
        self.main_window = toga.MainWindow(title=self.formal_name)
        self.main_window.content = box
        self.main_window.show()


def main():
    return PickerApp("Swatches", "org.example.swatches")
