import numpy as np


def crop_centre(image, size):
    h, w = image.shape[:2]
    assert size <= min(h, w), f"crop {size} larger than image {h}x{w}"
    top, left = (h - size) // 2, (w - size) // 2
    return image[top:top + size, left:left + size]


def test_crop_centre_shape():
    img = np.zeros((10, 12, 3), dtype=np.uint8)
    out = crop_centre(img, 4)
    assert out.shape == (4, 4, 3)
    assert tuple(out.shape[:2]) == (4, 4), "height and width"
    assert all((out == 0).ravel())
