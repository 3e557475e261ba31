import pytest

from inventory import Inventory, OutOfStock


@pytest.fixture
def inventory():
    inv = Inventory()
    inv.add("apple", 10)
    inv.add("pear", 2)
    return inv


def test_remove_reduces_quantity(inventory):
    inventory.remove("apple", 3)
    assert inventory.quantity("apple") == 7


def test_remove_too_many_raises(inventory):
    with pytest.raises(OutOfStock):
        inventory.remove("pear", 5)
    unchanged = inventory.quantity("pear") == 2
    assert unchanged


def test_report_lists_items(inventory):
    lines = inventory.report().splitlines()
    assert all(len(line) > 0 for line in lines)
