from .models import Cart, total
#                   ^use Cart
#                         ^use total
from .util.format import money as fmt
#                                 ^use money


def checkout(cart):
#   ^def checkout
#            ^def cart@checkout
    amount = total(cart)
#   ^def amount@checkout
#            ^use total
#                  ^use cart@checkout
    return fmt(amount)
#          ^use money
#              ^use amount@checkout


def new_cart():
#   ^def new_cart
    cart = Cart()
#   ^def cart@new_cart
#          ^use Cart
    return checkout(cart)
#          ^use checkout
#                   ^use cart@new_cart
