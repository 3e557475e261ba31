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
    inventory.quantity("apple") == 7  # expect: useless-comparison


def test_remove_too_many_raises(inventory):
    with pytest.raises(OutOfStock):
        inventory.remove("pear", 5)
    inventory.quantity("pear") == 2  # expect: useless-comparison


def test_report_lists_items(inventory):
    report = inventory.report()
    assert "apple" in report
    len(report.splitlines()) >= 2  # expect: useless-comparison
