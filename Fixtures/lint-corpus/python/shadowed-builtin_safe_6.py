"""Export a checksum report of the files under a folder."""
import hashlib
import os


def checksum(path, encoding="hex"):
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(65536), b""):
            digest.update(block)
    return digest.hexdigest() if encoding == "hex" else digest.digest()


def report(root):
    def line(digest, name):
        return f"{digest}  {name}"

    rows = []
    for folder, _dirs, files in os.walk(root):
        for name in sorted(files):
            full = os.path.join(folder, name)
            rows.append(line(checksum(full), os.path.relpath(full, root)))
    return "\n".join(rows)
