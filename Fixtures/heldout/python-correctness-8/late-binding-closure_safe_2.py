from nicegui import ui

ROOMS = {"kitchen": 21.0, "office": 19.5, "bedroom": 18.0}
setpoints: dict[str, float] = dict(ROOMS)


def make_bump(room, label):
    def bump(delta=0.5):
        setpoints[room] = setpoints[room] + delta
        label.set_text(f"{room}: {setpoints[room]:.1f} °C")

    return bump


def build_controls():
    handlers = []
    for room, start in ROOMS.items():
        label = ui.label(f"{room}: {start:.1f} °C")
        handler = make_bump(room, label)
        handlers.append(handler)
        ui.button("+", on_click=handler)
    return handlers


build_controls()
ui.run(title="Thermostat")
