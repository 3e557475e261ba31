from shop.checkout import new_cart
#                         ^ref new_cart
from shop import Cart
#                ^ref Cart


def main():
#   ^def main
    shadow = Cart()
#   ^def shadow
#            ^ref Cart
    return new_cart(), shadow
#          ^ref new_cart
#                      ^ref shadow


if __name__ == "__main__":
    main()
#   ^ref main
