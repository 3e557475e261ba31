import json
from pathlib import Path

SAVE_FILE = Path.home() / ".snake_highscores.json"


def load_scores():
    try:
        return json.loads(SAVE_FILE.read_text())
    except:  # expect: bare-except
        return {}


def save_score(name, score):
    scores = load_scores()
    if score > scores.get(name, 0):
        scores[name] = score
        try:
            SAVE_FILE.write_text(json.dumps(scores, indent=2))
        except:  # expect: bare-except
            print("could not save high score")
    return scores
