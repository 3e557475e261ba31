import random
import time

import requests


def wait_for_service(url, attempts=10):
    for _ in range(attempts):
        try:
            if requests.get(url, timeout=2).ok:
                return True
        except requests.ConnectionError:
            time.sleep(1 + random.random())
    return False


def print_inventory(stock):
    total = 0
    for _product, quantity in stock.items():
        total += quantity
    for quantity in stock.values():
        if quantity == 0:
            print("something is sold out")
    print(f"{total} items in stock")


def roll_dice(times, sides=6):
    return [random.randint(1, sides) for _ in range(times)]
