import subprocess


def run_tests(path="tests"):
    proc = subprocess.run(["pytest", "-q", path], capture_output=True, text=True)
    if proc.returncode == 0:
        return "green"
    if proc.returncode == 5:
        return "no tests collected"
    return proc.stdout.splitlines()[-1] if proc.stdout else "error"


def compare_versions(left, right):
    if left is right:
        return 0
    a = tuple(int(part) for part in left.split("."))
    b = tuple(int(part) for part in right.split("."))
    return (a > b) - (a < b)


def status_icon(state):
    return {"green": "OK", "no tests collected": "--"}.get(state, "!!") if state != "" else "??"
