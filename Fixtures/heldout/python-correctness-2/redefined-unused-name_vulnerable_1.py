import pytest

from shop.cart import Cart


@pytest.fixture
def cart():
    return Cart(currency="EUR")


def test_add_item(cart):
    cart.add("apple", 2, unit_price=0.5)
    assert cart.total() == 1.0


def test_remove_item(cart):
    cart.add("pear", 1, unit_price=0.8)
    cart.remove("pear")
    assert cart.total() == 0


def test_add_item(cart):  # expect: redefined-unused-name
    cart.add("apple", 1, unit_price=0.5)
    cart.add("apple", 1, unit_price=0.5)
    assert cart.quantity("apple") == 2


def test_empty_cart_total(cart):
    assert cart.total() == 0
