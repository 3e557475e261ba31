import re


def highlight(text, keywords):
    for word in keywords:
        pattern = re.compile(rf"\b({re.escape(word)})\b", re.IGNORECASE)
        text = pattern.sub(r"**\1**", text)
    return text


def parse_commits(lines):
    header = re.compile(r"^([0-9a-f]{7,40}) (.*)$")
    conventional = re.compile(r"^(feat|fix|docs|chore)(\(.+\))?:")
    commits = []
    for line in lines:
        if m := header.match(line):
            kind = conventional.match(m.group(2))
            commits.append((m.group(1), kind.group(1) if kind else "other"))
    return commits
