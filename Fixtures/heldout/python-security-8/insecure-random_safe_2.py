"""docopt tool that provisions temporary Wi-Fi guest accounts.

Usage:
  guestwifi create <name> [--hours=<h>]
  guestwifi list
"""
import secrets

from docopt import docopt

from .controller import RadiusClient

WORDS = ["amber", "cedar", "delta", "ember", "fjord", "grove", "harbor", "island"]


def guest_password():
    words = [secrets.choice(WORDS) for _ in range(4)]
    return "-".join(words) + str(secrets.randbelow(90) + 10)


def main():
    args = docopt(__doc__)
    radius = RadiusClient.from_env()
    if args["create"]:
        password = guest_password()
        radius.add_user(args["<name>"], password, hours=int(args["--hours"] or 8))
        print(f"{args['<name>']}: {password}")
    elif args["list"]:
        for user in radius.users():
            print(user)


if __name__ == "__main__":
    main()
