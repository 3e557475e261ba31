"""Dear PyGui tool palette: one button per brush."""
import dearpygui.dearpygui as dpg

BRUSHES = ["pencil", "marker", "spray", "eraser"]


class Palette:
    def __init__(self):
        self.current = BRUSHES[0]

    def select(self, brush):
        self.current = brush
        dpg.set_value("status", f"brush: {brush}")

    def build(self):
        with dpg.window(label="Tools"):
            for brush in BRUSHES:
                dpg.add_button(label=brush.title(), callback=lambda: self.select(brush))  # expect: late-binding-closure
            dpg.add_text("", tag="status")
