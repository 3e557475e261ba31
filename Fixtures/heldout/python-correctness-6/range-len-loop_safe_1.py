"""Astropy light-curve helper: flags dips in a transit survey."""
import numpy as np
from astropy.io import fits


def load_curve(path):
    with fits.open(path) as hdul:
        data = hdul[1].data
        return list(data["TIME"]), list(data["PDCSAP_FLUX"])


def dips(times, flux, depth=0.01):
    median = float(np.nanmedian(flux))
    return [(t, f / median) for t, f in zip(times, flux) if f < median * (1 - depth)]


def slopes(times, flux):
    return [
        (flux[i] - flux[i - 1]) / (times[i] - times[i - 1])
        for i in range(1, len(flux))
    ]


def binned(flux, width=10):
    return [float(np.mean(flux[i:i + width])) for i in range(0, len(flux), width)]
