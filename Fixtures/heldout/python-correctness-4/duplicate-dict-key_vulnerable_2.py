"""Plotting defaults for the spectroscopy notebook (# %% cells)."""
# %%
import matplotlib.pyplot as plt
import numpy as np

PEAKS_NM = {
    486.1: "H-beta",
    656.3: "H-alpha",
    589.0: "Na D2",
    434.0: "H-gamma",
    656.3: "H-alpha (ref)",  # expect: duplicate-dict-key
}

# %%
STYLE = dict(linewidth=1.2, color="k")
AXES = {
    "xlabel": "wavelength (nm)",
    "ylabel": "relative intensity",
    "xlim": (380, 700),
    "xlabel": "λ (nm)",  # expect: duplicate-dict-key
}

# %%
wavelengths = np.linspace(380, 700, 2000)
intensity = sum(np.exp(-((wavelengths - nm) ** 2) / 2.0) for nm in PEAKS_NM)
fig, ax = plt.subplots()
ax.plot(wavelengths, intensity, **STYLE)
ax.set(**AXES)
for nm, label in PEAKS_NM.items():
    ax.annotate(label, (nm, 1.02), ha="center", fontsize=7)
fig.savefig("spectrum.png", dpi=150)
