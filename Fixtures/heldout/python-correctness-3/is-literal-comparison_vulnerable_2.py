import subprocess
import sys


def current_branch():
    proc = subprocess.run(["git", "rev-parse", "--abbrev-ref", "HEAD"], capture_output=True, text=True)
    if proc.returncode is not 0:  # expect: is-literal-comparison
        sys.exit(proc.stderr.strip())
    return proc.stdout.strip()


def ahead_behind(branch):
    proc = subprocess.run(
        ["git", "rev-list", "--left-right", "--count", f"origin/{branch}...{branch}"],
        capture_output=True,
        text=True,
    )
    behind, ahead = proc.stdout.split()
    return int(ahead), int(behind)


if __name__ == "__main__":
    branch = current_branch()
    ahead, behind = ahead_behind(branch)
    if ahead is 0 and behind is 0:  # expect: is-literal-comparison
        print(f"{branch} is up to date")
    else:
        print(f"{branch}: {ahead} ahead, {behind} behind")
