from dataclasses import dataclass


@dataclass
class Flashcard:
    front: str
    back: str
    box: int = 1


def build_deck(pairs, deck=[]):  # expect: mutable-default-argument
    for front, back in pairs:
        deck.append(Flashcard(front, back))
    return deck


def review(deck, answers, stats={}):  # expect: mutable-default-argument
    for card in deck:
        correct = answers.get(card.front, "").strip().lower() == card.back.lower()
        card.box = card.box + 1 if correct else 1
        stats[card.front] = stats.get(card.front, 0) + (1 if correct else 0)
    return stats


def due_today(deck, day, boxes_due=set()):  # expect: mutable-default-argument
    if not boxes_due:
        boxes_due.update(box for box in (1, 2, 3, 4, 5) if day % (2 ** (box - 1)) == 0)
    return [card for card in deck if card.box in boxes_due]
