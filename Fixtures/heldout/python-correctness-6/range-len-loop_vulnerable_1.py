"""Astropy light-curve helper: flags dips in a transit survey."""
import numpy as np
from astropy.io import fits


def load_curve(path):
    with fits.open(path) as hdul:
        data = hdul[1].data
        return list(data["TIME"]), list(data["PDCSAP_FLUX"])


def dips(times, flux, depth=0.01):
    median = float(np.nanmedian(flux))
    events = []
    for i in range(len(flux)):  # expect: range-len-loop
        if flux[i] < median * (1 - depth):
            events.append((times[i], flux[i] / median))
    return events


def normalised(flux):
    median = float(np.nanmedian(flux))
    result = []
    for k in range(0, len(flux)):  # expect: range-len-loop
        result.append(flux[k] / median)
    return result
