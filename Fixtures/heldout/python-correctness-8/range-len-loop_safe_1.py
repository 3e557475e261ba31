"""Compare consecutive PyVista scans of a printed part."""
import numpy as np
import pyvista as pv


def frame_drift(paths: list[str]) -> list[float]:
    scans = [pv.read(path) for path in paths]
    drift = []
    for i in range(1, len(scans)):
        delta = scans[i].points - scans[i - 1].points
        drift.append(float(np.abs(delta).max()))
    return drift


def drifted_vertices(scan, reference, tolerance: float) -> list[int]:
    return [
        index
        for index, (point, ref) in enumerate(zip(scan.points, reference.points))
        if float(np.linalg.norm(point - ref)) > tolerance
    ]
