"""Nox sessions for the packaging repository."""
import os
from pathlib import Path

import nox

PYTHON_VERSIONS = ["3.10", "3.11", "3.12"]
DIST_DIR = Path("dist")


def wheel_files():
    return list(DIST_DIR.glob("*.whl"))


@nox.session(python=PYTHON_VERSIONS)
def tests(session):
    session.install("-e", ".[test]")
    workers = os.environ.get("NOX_WORKERS", "auto")
    session.run("pytest", "-n", workers, *session.posargs)


@nox.session
def build(session):
    session.install("build", "twine")
    session.run("python", "-m", "build")
    wheels = wheel_files()
    assert (len(wheels) == 1, "expected exactly one wheel in dist/")  # expect: assert-on-tuple
    session.run("twine", "check", str(wheels[0]))


@nox.session
def docs(session):
    session.install("-r", "docs/requirements.txt")
    out_dir = Path("docs/_build/html")
    session.run("sphinx-build", "-W", "docs", str(out_dir))
    assert (  # expect: assert-on-tuple
        (out_dir / "index.html").exists(),
        f"sphinx did not write {out_dir}/index.html",
    )
