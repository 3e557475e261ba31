"""Invoke tasks for building and publishing the docs site."""
import shutil
import sys
from pathlib import Path

from invoke import task

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

DOCS = Path("docs")
BUILD = DOCS / "_build"


def project_version():
    with open("pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]


@task
def clean(c):
    shutil.rmtree(BUILD, ignore_errors=True)


@task(pre=[clean])
def build(c, strict=False):
    flags = "-W" if strict else ""
    c.run(f"sphinx-build {flags} -D release={project_version()} -b html {DOCS} {BUILD / 'html'}")
