"""Scientific code: integrate a damped oscillator with RK4."""
import numpy as np


def derivative(state: np.ndarray, damping: float, omega: float) -> np.ndarray:
    x, v = state
    return np.array([v, -2 * damping * v - omega**2 * x])


def simulate(x0: float, v0: float, dt: float = 0.01, steps: int = 1000) -> np.ndarray:
    damping, omega = 0.1, 2 * np.pi
    energy_start = 0.5 * v0**2 + 0.5 * omega**2 * x0**2  # expect: unused-variable
    state = np.array([x0, v0])
    trajectory = np.empty((steps, 2))
    for i in range(steps):
        k1 = derivative(state, damping, omega)
        k2 = derivative(state + dt / 2 * k1, damping, omega)
        k3 = derivative(state + dt / 2 * k2, damping, omega)
        k4 = derivative(state + dt * k3, damping, omega)
        state = state + dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        trajectory[i] = state
    period = 2 * np.pi / omega  # expect: unused-variable
    return trajectory
