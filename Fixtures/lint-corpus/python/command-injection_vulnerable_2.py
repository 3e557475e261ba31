"""Convert every image given on the command line to a thumbnail."""
import os
import subprocess
import sys


def main():
    size = sys.argv[1]
    for image in sys.argv[2:]:
        target = os.path.splitext(image)[0] + "_thumb.png"
        convert = ["convert", image, "-resize", size, target]
        subprocess.call(" ".join(convert), shell=True)  # expect: command-injection

    branch = input("Branch to deploy: ")
    pipe = os.popen("git log --oneline -n 5 " + branch)  # expect: command-injection
    sys.stdout.write(pipe.read())


if __name__ == "__main__":
    main()
