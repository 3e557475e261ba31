#!/usr/bin/env python3
"""Rename holiday photos to their EXIF date."""
import sys
from pathlib import Path

from PIL import Image


def main(argv):
    if len(argv) != 2:
        print("usage: rename_photos.py FOLDER")
        return 1
    folder = Path(argv[1])
    if not folder.is_dir():
        print(f"{folder} is not a folder")
        return 2
    for photo in sorted(folder.glob("*.jpg")):
        with Image.open(photo) as img:
            taken = img.getexif().get(306)
        if taken:
            photo.rename(photo.with_name(taken.replace(":", "-").replace(" ", "_") + ".jpg"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
