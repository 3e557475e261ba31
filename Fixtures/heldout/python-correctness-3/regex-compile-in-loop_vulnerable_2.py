import re


def parse_commits(lines):
    commits = []
    for line in lines:
        if re.compile(r"^[0-9a-f]{7,40} ").match(line):  # expect: regex-compile-in-loop
            sha, _, subject = line.partition(" ")
            kind = re.compile(r"^(feat|fix|docs|chore)(\(.+\))?:").match(subject)  # expect: regex-compile-in-loop
            commits.append({"sha": sha, "type": kind.group(1) if kind else "other", "subject": subject})
    return commits


def changelog(commits):
    sections = {}
    for commit in commits:
        sections.setdefault(commit["type"], []).append(commit["subject"])
    return sections
