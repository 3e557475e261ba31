import json
import pickle
from pathlib import Path

import yaml
from yaml import CSafeLoader

HERE = Path(__file__).parent


def save_model(model, name):
    with (HERE / "cache" / f"{name}.pkl").open("wb") as fh:
        pickle.dump(model, fh, protocol=pickle.HIGHEST_PROTOCOL)


def model_bytes(model):
    return pickle.dumps(model)


def read_defaults():
    with open(HERE / "defaults.yml") as fh:
        return yaml.load(fh, Loader=CSafeLoader)


def read_manifest():
    return json.loads((HERE / "manifest.json").read_text())
