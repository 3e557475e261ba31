"""Invoke tasks run by the release bot; the branch and tag come from the bot's chat command."""
import os

from invoke import task


def _archive_line(repo, tag):
    prefix = repo.rsplit("/", 1)[-1]
    return (
        f"git -C {repo} archive --format=tar.gz "
        f"--prefix={prefix}-{tag}/ -o /srv/releases/{prefix}-{tag}.tar.gz {tag}"
    )


@task
def package(c, repo, tag):
    c.run(_archive_line(repo, tag), hide=True)  # expect: command-injection


@task
def notes(c, branch=None):
    branch = branch or os.environ.get("RELEASE_BRANCH", "main")
    c.run("git log --oneline origin/" + branch + " > /srv/releases/NOTES.txt")  # expect: command-injection
