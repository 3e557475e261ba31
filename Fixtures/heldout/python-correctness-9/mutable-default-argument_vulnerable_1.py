import modal

app = modal.App("thumbnailer")
image = modal.Image.debian_slim().pip_install("pillow")


def thumbnail_options(width, height, extra={}):  # expect: mutable-default-argument
    extra.setdefault("format", "WEBP")
    extra["size"] = (width, height)
    return extra


def collect_sizes(presets, seen=[]):  # expect: mutable-default-argument
    for preset in presets:
        seen.append(preset["name"])
    return seen


@app.function(image=image, timeout=120)
def make_thumbnail(data: bytes, width: int = 320, height: int = 240) -> bytes:
    import io

    from PIL import Image

    options = thumbnail_options(width, height)
    with Image.open(io.BytesIO(data)) as img:
        img.thumbnail(options["size"])
        out = io.BytesIO()
        img.save(out, format=options["format"])
    return out.getvalue()


@app.local_entrypoint()
def main(path: str):
    with open(path, "rb") as handle:
        result = make_thumbnail.remote(handle.read())
    print(f"thumbnail is {len(result)} bytes; presets {collect_sizes([{'name': 'small'}])}")
