"""Plotting defaults for the spectroscopy notebook (# %% cells)."""
# %%
import matplotlib.pyplot as plt
import numpy as np

PEAKS_NM = {486.1: "H-beta", 656.3: "H-alpha", 589.0: "Na D2", 589.6: "Na D1"}

# %%
AXES = dict(xlabel="wavelength (nm)", ylabel="relative intensity", xlim=(380, 700))
AXES.update(xlabel="λ (nm)")
OVERRIDES = {**AXES, "title": "Balmer lines"}

# %%
wavelengths = np.linspace(380, 700, 2000)
intensity = sum(np.exp(-((wavelengths - nm) ** 2) / 2.0) for nm in PEAKS_NM)
fig, ax = plt.subplots()
ax.plot(wavelengths, intensity)
ax.set(**OVERRIDES)
fig.savefig("spectrum.png", dpi=150)
