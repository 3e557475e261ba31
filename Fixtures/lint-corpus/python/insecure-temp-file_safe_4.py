import argparse
import tempfile
from pathlib import Path


def build_archive(files):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bundle.tar"
        out.write_bytes(b"".join(files))
        return out.stat().st_size


def parse_args(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--scratch", help="directory for scratch files (default: $TMPDIR or /tmp)")
    return parser.parse_args(argv)
