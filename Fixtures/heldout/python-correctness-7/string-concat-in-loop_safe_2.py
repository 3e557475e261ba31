"""PyGithub job summary: open pull requests per repository, written as Markdown."""
import os

from github import Auth, Github


def summary(org_name):
    gh = Github(auth=Auth.Token(os.environ["GITHUB_TOKEN"]))
    lines = ["# Open pull requests"]
    total = 0
    for repo in gh.get_organization(org_name).get_repos():
        lines.append(f"\n## {repo.name}")
        for pull in repo.get_pulls(state="open"):
            lines.append(f"- #{pull.number} {pull.title} ({pull.user.login})")
            total += 1
    header = "Open: "
    header += str(total)
    return header + "\n" + "\n".join(lines) + "\n"


if __name__ == "__main__":
    with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as handle:
        handle.write(summary(os.environ["ORG"]))
