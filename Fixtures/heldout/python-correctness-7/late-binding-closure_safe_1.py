"""Dear PyGui tool palette: one button per brush, the brush passed as user data."""
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
                dpg.add_button(
                    label=brush.title(),
                    user_data=brush,
                    callback=lambda sender, app_data, user_data: self.select(user_data),
                )
            dpg.add_button(label="Reset", callback=lambda: self.select(BRUSHES[0]))
            dpg.add_text("", tag="status")
