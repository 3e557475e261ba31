"""Load a saved game and a settings file given on the command line."""
import json
import sys

import yaml


def load_game(path):
    with open(path) as handle:
        return json.load(handle)


def load_settings(path):
    with open(path) as handle:
        return yaml.load(handle, Loader=yaml.SafeLoader)


def dump_settings(settings, path):
    with open(path, "w") as handle:
        yaml.dump(settings, handle)


def main():
    game = load_game(sys.argv[1])
    settings = load_settings(sys.argv[2])
    dump_settings(settings, sys.argv[2] + ".bak")
    sys.stdout.write(f"level {game['level']}, volume {settings['volume']}\n")


if __name__ == "__main__":
    main()
