# Function scopes: parameters, whole-function locals, defaults and decorators outside, closures.
x = 1
# ^def x@module variable
y = 2
# ^def y@module variable


def decorate(fn):
#   ^def decorate function
    return fn


@decorate
# ^ref decorate -> decorate
def f(a, b: int, c=y, *args, d: str = "s", **kwargs) -> int:
#   ^def f function
#     ^def a parameter
#        ^def b parameter
#           ^ref int -> unbound
#                ^def c parameter
#                  ^ref y -> y@module
#                      ^def args parameter
#                            ^def d parameter
#                                          ^def kwargs parameter
    print(x, a, b, c, args, d, kwargs)
#   ^ref print -> unbound
#         ^ref x -> x@f
#            ^ref a -> a
#                     ^ref args -> args
#                           ^ref d -> d
#                              ^ref kwargs -> kwargs
    x = a
#   ^def x@f variable
    return x
#          ^ref x -> x@f


def g(y=y):
#     ^def y@g parameter
#       ^ref y -> y@module
    return y
#          ^ref y -> y@g


def outer():
    counter = 0
#   ^def counter variable

    def inner():
#       ^def inner@outer function
        return counter + x
#              ^ref counter -> counter
#                        ^ref x -> x@module
    return inner
#          ^ref inner -> inner@outer


def shadow(x):
#          ^def x@shadow parameter
    def inner(x):
#       ^def inner@shadow function
#             ^def x@inner parameter
        return x
#              ^ref x -> x@inner
    return x, inner
#          ^ref x -> x@shadow
#             ^ref inner -> inner@shadow


lam = lambda q, r=x: q + r + lam
# ^def lam variable
#            ^def q parameter
#               ^def r parameter
#                 ^ref x -> x@module
#                    ^ref q -> q
#                        ^ref r -> r
#                            ^ref lam -> lam


def rebinding():
    v = 1
#   ^def v@first variable
    print(v)
#         ^ref v -> v@first
    v = v + 1
#   ^def v@second variable
#       ^ref v -> v@first
    return v
#          ^ref v -> v@second
