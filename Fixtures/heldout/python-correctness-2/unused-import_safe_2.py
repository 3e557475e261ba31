import logging
import os.path
import sys

import numpy as np
import pandas as pd
from dateutil import parser as dateparser

log = logging.getLogger(__name__)


def load(path, default_tz="UTC"):
    frame = pd.read_csv(path)
    frame["when"] = frame["when"].map(dateparser.parse)
    frame["z"] = (frame["value"] - np.mean(frame["value"])) / np.std(frame["value"])
    log.info("loaded %d rows from %s (tz %s)", len(frame), os.path.basename(path), default_tz)
    return frame


if __name__ == "__main__":
    print(load(sys.argv[1]).describe())
