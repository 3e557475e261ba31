"""Load a saved game and a settings file given on the command line."""
import pickle
import sys

import yaml


def load_game(path):
    with open(path, "rb") as handle:
        return pickle.load(handle)  # expect: unsafe-deserialization


def load_settings(path):
    with open(path) as handle:
        return yaml.unsafe_load(handle)  # expect: unsafe-deserialization


def main():
    game = load_game(sys.argv[1])
    settings = load_settings(sys.argv[2])
    sys.stdout.write(f"level {game['level']}, volume {settings['volume']}\n")


if __name__ == "__main__":
    main()
