"""Invoke tasks for building and publishing the docs site."""
import shutil
from pathlib import Path

from invoke import task

from pathlib import Path  # expect: redefined-unused-name

DOCS = Path("docs")
BUILD = DOCS / "_build"


@task
def clean(c):
    shutil.rmtree(BUILD, ignore_errors=True)


@task(pre=[clean])
def build(c, strict=False):
    flags = "-W" if strict else ""
    c.run(f"sphinx-build {flags} -b html {DOCS} {BUILD / 'html'}")


@task(pre=[build])
def publish(c, bucket="docs.example.org"):
    c.run(f"aws s3 sync {BUILD / 'html'} s3://{bucket} --delete")
