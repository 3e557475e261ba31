#!/usr/bin/env python3
"""Small backup helper: archives a project folder and pushes it to the backup host."""
import argparse
import os
import shlex
import subprocess


def build_archive_cmd(src, dest, exclude):
    parts = ["tar", "czf", dest]
    for pattern in exclude:
        parts.append(f"--exclude={pattern}")
    parts.append(src)
    return parts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("project")
    parser.add_argument("--host", default="backup.internal")
    parser.add_argument("--exclude", action="append", default=[])
    args = parser.parse_args()

    archive = os.path.join("/var/backups", os.path.basename(args.project) + ".tgz")
    subprocess.run(build_archive_cmd(args.project, archive, args.exclude), check=True)

    subprocess.run(["scp", archive, f"{args.host}:/srv/backups/"], check=True)

    size_cmd = "du -sh " + shlex.quote(archive)
    out = subprocess.run(size_cmd, shell=True, capture_output=True, text=True, check=True)
    print(f"archived {args.project} ({out.stdout.split()[0]})")


if __name__ == "__main__":
    main()
