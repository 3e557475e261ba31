"""Pygame puzzle game: loading save files and community level packs."""
import pickle
import sys
from pathlib import Path

import pygame
import yaml

SAVES = Path.home() / ".puzzler" / "saves"


def load_save(slot):
    with open(SAVES / f"{slot}.sav", "rb") as handle:
        return pickle.load(handle)  # expect: unsafe-deserialization


def load_level_pack(path):
    text = Path(path).read_text(encoding="utf-8")
    return yaml.load(text, Loader=yaml.Loader)  # expect: unsafe-deserialization


def main():
    pygame.init()
    screen = pygame.display.set_mode((800, 600))
    state = load_save(sys.argv[1]) if len(sys.argv) > 1 else {"level": 0}
    pack = load_level_pack(sys.argv[2]) if len(sys.argv) > 2 else {"levels": []}
    clock = pygame.time.Clock()
    running = True
    while running:
        for event in pygame.event.get():
            running = event.type != pygame.QUIT
        screen.fill((20, 20, 30))
        pygame.display.set_caption(f"Level {state['level'] + 1} of {len(pack['levels'])}")
        pygame.display.flip()
        clock.tick(30)


if __name__ == "__main__":
    main()
