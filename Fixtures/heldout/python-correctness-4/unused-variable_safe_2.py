"""Scientific code: integrate a damped oscillator with explicit Euler."""
import numpy as np


def simulate(x0: float, v0: float, dt: float = 0.01, steps: int = 1000) -> dict:
    damping, omega = 0.1, 2 * np.pi
    x, v = x0, v0
    crossings = 0

    def step() -> None:
        nonlocal x, v, crossings
        a = -2 * damping * v - omega**2 * x
        new_x = x + v * dt
        if (x < 0) != (new_x < 0):
            crossings += 1
        x, v = new_x, v + a * dt

    for _step in range(steps):
        step()
    return {"x": x, "v": v, "crossings": crossings}
