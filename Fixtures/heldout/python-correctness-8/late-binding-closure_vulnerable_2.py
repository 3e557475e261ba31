from nicegui import ui

ROOMS = {"kitchen": 21.0, "office": 19.5, "bedroom": 18.0}
setpoints: dict[str, float] = dict(ROOMS)


def build_controls():
    handlers = []
    for room, start in ROOMS.items():
        label = ui.label(f"{room}: {start:.1f} °C")

        def bump(delta=0.5):
            setpoints[room] = setpoints[room] + delta  # expect: late-binding-closure
            label.set_text(f"{room}: {setpoints[room]:.1f} °C")  # expect: late-binding-closure

        handlers.append(bump)
        ui.button("+", on_click=bump)
    return handlers


build_controls()
ui.run(title="Thermostat")
