#!/usr/bin/env python3
"""Small backup helper: archives a project folder and pushes it to the backup host."""
import argparse
import os
import subprocess


def build_archive_cmd(src, dest, exclude):
    parts = ["tar", "czf", dest]
    for pattern in exclude:
        parts.append(f"--exclude={pattern}")
    parts.append(src)
    return " ".join(parts)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("project")
    parser.add_argument("--host", default="backup.internal")
    parser.add_argument("--exclude", action="append", default=[])
    args = parser.parse_args()

    archive = os.path.join("/var/backups", os.path.basename(args.project) + ".tgz")
    cmd = build_archive_cmd(args.project, archive, args.exclude)
    subprocess.run(["sh", "-c", cmd], check=True)  # expect: command-injection

    remote = "scp {} {}:/srv/backups/".format(archive, args.host)
    os.system(remote)  # expect: command-injection

    with os.popen("du -sh " + archive) as out:  # expect: command-injection
        size = out.read().split()[0]
    print(f"archived {args.project} ({size})")


if __name__ == "__main__":
    main()
