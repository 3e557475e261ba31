"""PyGithub release notes: collects merged pull requests since the last tag."""
import logging
import os

from github import Auth, Github, GithubException

log = logging.getLogger(__name__)


def release_notes(repo_name, since_tag):
    gh = Github(auth=Auth.Token(os.environ["GITHUB_TOKEN"]))
    repo = gh.get_repo(repo_name)
    tag = next(t for t in repo.get_tags() if t.name == since_tag)
    since = tag.commit.commit.author.date
    contributors = set()  # expect: unused-variable
    lines = []
    for pull in repo.get_pulls(state="closed", sort="updated", direction="desc"):
        if pull.merged_at and pull.merged_at > since:
            lines.append(f"- {pull.title} (#{pull.number})")
    try:
        latest = repo.get_latest_release()  # expect: unused-variable
    except GithubException as error:  # expect: unused-variable
        log.info("no release yet for %s", repo_name)
    return "\n".join(lines)
