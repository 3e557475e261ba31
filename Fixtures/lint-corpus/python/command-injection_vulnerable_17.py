"""Maintenance tasks run by a job runner, which passes each job's arguments."""
import os
import subprocess


def compress_logs(folder, pattern):
    os.system("tar czf /var/backups/logs.tgz " + os.path.join(folder, pattern))  # expect: command-injection


def resize(source, width):
    command = f"convert {source} -resize {width}x thumb.png"
    return subprocess.check_output(command, shell=True)  # expect: command-injection
