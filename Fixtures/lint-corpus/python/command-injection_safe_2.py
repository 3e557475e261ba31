"""Convert every image given on the command line to a thumbnail."""
import os
import subprocess
import sys


def main():
    size = sys.argv[1]
    for image in sys.argv[2:]:
        target = os.path.splitext(image)[0] + "_thumb.png"
        subprocess.call(["convert", image, "-resize", size, target])

    branch = input("Branch to deploy: ")
    log = subprocess.run(["git", "log", "--oneline", "-n", "5", branch], capture_output=True, text=True)
    sys.stdout.write(log.stdout)
    os.system("git fetch --all --prune")


if __name__ == "__main__":
    main()
