"""Flag mesh vertices that drifted too far from a reference scan (PyVista)."""
import numpy as np
import pyvista as pv

TOLERANCE_MM = 0.4


def drifted_vertices(scan_path: str, reference_path: str) -> list[int]:
    scan = pv.read(scan_path)
    reference = pv.read(reference_path)
    points = scan.points
    ref_points = reference.points
    flagged = []
    for i in range(len(points)):  # expect: range-len-loop
        distance = float(np.linalg.norm(points[i] - ref_points[i]))
        if distance > TOLERANCE_MM:
            flagged.append(i)
    return flagged


def highlight(scan_path: str, flagged: list[int]) -> pv.Plotter:
    scan = pv.read(scan_path)
    colours = np.zeros(scan.n_points)
    colours[flagged] = 1.0
    plotter = pv.Plotter()
    plotter.add_mesh(scan, scalars=colours, cmap="coolwarm")
    return plotter
