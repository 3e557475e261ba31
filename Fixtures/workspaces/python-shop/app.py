from shop.checkout import new_cart
#                         ^use new_cart
from shop import Cart
#                ^use Cart


def main():
#   ^def main
    shadow = Cart()
#   ^def shadow
#            ^use Cart
    return new_cart(), shadow
#          ^use new_cart
#                      ^use shadow


if __name__ == "__main__":
    main()
#   ^use main
