#!/usr/bin/env python3
"""Rename holiday photos to their EXIF date (week 9 scripting exercise)."""
import sys
from pathlib import Path

from PIL import Image

if len(sys.argv) != 2:
    print("usage: rename_photos.py FOLDER")
    return 1  # expect: return-outside-function

folder = Path(sys.argv[1])
if not folder.is_dir():
    print(f"{folder} is not a folder")
    return 2  # expect: return-outside-function

renamed = 0
for photo in sorted(folder.glob("*.jpg")):
    with Image.open(photo) as img:
        taken = img.getexif().get(306)
    if taken:
        photo.rename(photo.with_name(taken.replace(":", "-").replace(" ", "_") + ".jpg"))
        renamed += 1
print(f"renamed {renamed} photos")
