"""The same maintenance tasks, with arguments passed as lists or quoted."""
import os
import shlex
import subprocess


def compress_logs(folder, pattern):
    subprocess.run(["tar", "czf", "/var/backups/logs.tgz", os.path.join(folder, pattern)], check=True)


def resize(source, width):
    command = f"convert {shlex.quote(source)} -resize {int(width)}x thumb.png"
    return subprocess.check_output(command, shell=True)


def run_configured(command):
    return subprocess.run(command, shell=True, check=True)
