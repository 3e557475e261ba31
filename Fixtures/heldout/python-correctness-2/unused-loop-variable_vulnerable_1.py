import random
import time

import requests


def wait_for_service(url, attempts=10):
    for attempt in range(attempts):  # expect: unused-loop-variable
        try:
            if requests.get(url, timeout=2).ok:
                return True
        except requests.ConnectionError:
            pass
        time.sleep(1 + random.random())
    return False


def roll_dice(times, sides=6):
    results = []
    for i in range(times):  # expect: unused-loop-variable
        results.append(random.randint(1, sides))
    return results
