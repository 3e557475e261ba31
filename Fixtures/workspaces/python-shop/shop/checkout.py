from .models import Cart, total
#                   ^ref Cart
#                         ^ref total
from .util.format import money as fmt
#                                 ^ref money


def checkout(cart):
#   ^def checkout
#            ^def cart@checkout
    amount = total(cart)
#   ^def amount@checkout
#            ^ref total
#                  ^ref cart@checkout
    return fmt(amount)
#          ^ref money
#              ^ref amount@checkout


def new_cart():
#   ^def new_cart
    cart = Cart()
#   ^def cart@new_cart
#          ^ref Cart
    return checkout(cart)
#          ^ref checkout
#                   ^ref cart@new_cart
