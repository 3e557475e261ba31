"""Invoke tasks run by the release bot; values are checked and passed as argv items."""
import re
import subprocess

from invoke import task

TAG = re.compile(r"v\d+\.\d+\.\d+")
REPOS = {"api": "/srv/git/api", "web": "/srv/git/web"}


@task
def package(c, repo, tag):
    if repo not in REPOS or not TAG.fullmatch(tag):
        raise ValueError("unknown repository or tag")
    subprocess.run(
        ["git", "-C", REPOS[repo], "archive", "--format=tar.gz",
         f"--prefix={repo}-{tag}/", "-o", f"/srv/releases/{repo}-{tag}.tar.gz", tag],
        check=True,
    )
    c.run("ls -l /srv/releases", hide=True)
