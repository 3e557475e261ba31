"""PyGithub job summary: open pull requests per repository, written as Markdown."""
import os

from github import Auth, Github


def summary(org_name):
    gh = Github(auth=Auth.Token(os.environ["GITHUB_TOKEN"]))
    markdown = "# Open pull requests\n"
    for repo in gh.get_organization(org_name).get_repos():
        markdown += f"\n## {repo.name}\n"  # expect: string-concat-in-loop
        for pull in repo.get_pulls(state="open"):
            markdown += f"- #{pull.number} {pull.title} ({pull.user.login})\n"  # expect: string-concat-in-loop
    return markdown


if __name__ == "__main__":
    with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as handle:
        handle.write(summary(os.environ["ORG"]))
