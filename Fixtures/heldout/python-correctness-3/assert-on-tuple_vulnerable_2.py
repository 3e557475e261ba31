import numpy as np


def normalise(image):
    assert (image.ndim == 3, f"expected HxWxC, got shape {image.shape}")  # expect: assert-on-tuple
    image = image.astype(np.float32) / 255.0
    mean = image.mean(axis=(0, 1))
    std = image.std(axis=(0, 1)) + 1e-6
    return (image - mean) / std


def crop_centre(image, size):
    h, w = image.shape[:2]
    assert (size <= h and size <= w, "crop larger than image")  # expect: assert-on-tuple
    top, left = (h - size) // 2, (w - size) // 2
    return image[top:top + size, left:left + size]
