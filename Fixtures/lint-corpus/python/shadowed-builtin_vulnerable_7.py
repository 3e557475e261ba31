"""Export a checksum report of the files under a folder."""
import hashlib
import os


def checksum(path, format="hex"):  # expect: shadowed-builtin
    digest = hashlib.sha256()
    with open(path, "rb") as input:  # expect: shadowed-builtin
        for block in iter(lambda: input.read(65536), b""):
            digest.update(block)
    return digest.hexdigest() if format == "hex" else digest.digest()


def report(root):
    def line(hash, name):  # expect: shadowed-builtin
        return f"{hash}  {name}"

    rows = []
    for folder, _dirs, files in os.walk(root):
        for name in sorted(files):
            full = os.path.join(folder, name)
            rows.append(line(checksum(full), os.path.relpath(full, root)))
    return "\n".join(rows)
