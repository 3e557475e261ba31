# Broken code still gives a best-effort graph: the statement under repair loses its shape, the
# rest of the file keeps its scopes.
value = 1
# ^def value variable


def broken(a):
#          ^def a@broken parameter
    total = a +
#   ^def total variable
#           ^ref a -> a@broken
    return total
#          ^ref total -> total


def after(b):
#         ^def b parameter
    return b + value
#          ^ref b -> b
#              ^ref value -> value


class Later:
#     ^def Later class
    def m(self):
        return value, Later
#              ^ref value -> value
#                     ^ref Later -> Later


def unfinished(c:
#   ^def unfinished function
#              ^ref c -> unbound
