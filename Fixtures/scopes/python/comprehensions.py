# Comprehensions have their own scope; the first iterable is evaluated outside it.
items = [1, 2]
# ^def items@module variable
x = 0
# ^def x@module variable

squares = [x * x for x in items if x]
#          ^ref x -> x@listcomp
#                    ^def x@listcomp variable
#                         ^ref items -> items@module
#                                  ^ref x -> x@listcomp
print(x)
#     ^ref x -> x@module

pairs = {k: v for k, v in {}.items()}
#        ^ref k -> k
#           ^ref v -> v
#                 ^def k variable
#                    ^def v variable

nested = [y for row in items for y in row]
#         ^ref y -> y
#               ^def row variable
#                                ^def y variable
#                                      ^ref row -> row

gen = sum(z for z in items)
#         ^ref z -> z
#               ^def z variable
sets = {w for w in items}
#       ^ref w -> w
#             ^def w variable

# The first iterable may use a name the comprehension rebinds: it is the outer one.
items2 = [items for items in items]
#         ^ref items -> items@inner
#                   ^def items@inner variable
#                            ^ref items -> items@module


def f():
    total = 0
#   ^def total variable
    values = [total := total + v for v in range(3)]
#             ^def total@walrus variable
#                      ^ref total -> total
#                                ^ref v -> v@f
#                                      ^def v@f variable
    return total
#          ^ref total -> total@walrus
