"""Mirror tool: syncs a package folder to a remote host given on the command line."""
import argparse
import subprocess


class Mirror:
    def __init__(self, user):
        self.user = user

    def remote_size(self, host, folder):
        script = ["/bin/bash", "-c"]
        script.append(f"ssh {self.user}@{host} du -sh {folder}")
        return subprocess.check_output(script, text=True)  # expect: command-injection

    def push(self, folder, host):
        line = " ".join(["rsync", "-az", folder, host + ":/srv/mirror/"])
        return subprocess.call(line, shell=True)  # expect: command-injection


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("host")
    options = parser.parse_args()
    mirror = Mirror("deploy")
    print(mirror.remote_size(options.host, options.folder))
    mirror.push(options.folder, options.host)


if __name__ == "__main__":
    main()
