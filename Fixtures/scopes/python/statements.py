# Binding statements: for, with, except, walrus, del, augmented assignment, match.
import contextlib
# ^def contextlib@import import contextlib


def handle(paths):
#          ^def paths parameter
    for index, (path, extra) in enumerate(paths):
#       ^def index variable
#               ^def path variable
#                     ^def extra variable
#                                         ^ref paths -> paths
        print(index, path, extra)
#             ^ref index -> index
#                    ^ref path -> path
#                          ^ref extra -> extra
    with open(path) as handle_, contextlib.suppress(Exception) as (a, b):
#             ^ref path -> path
#                      ^def handle_ variable
#                                                                  ^def a variable
#                                                                     ^def b variable
#                               ^ref contextlib -> contextlib@import
#                                          ^none suppress
        pass
    try:
        pass
    except ValueError as error:
#          ^ref ValueError -> unbound
#                        ^def error variable
        print(error)
#             ^ref error -> error
    if (found := len(paths)) > 1:
#       ^def found variable
        print(found)
#             ^ref found -> found
    first, *rest = paths
#   ^def first variable
#           ^def rest variable
    [left, right] = rest
#    ^def left variable
#          ^def right variable
#                   ^ref rest -> rest
    first += 1
#   ^ref first -> first
    left.attr, right[index] = 1, 2
#   ^ref left -> left
#        ^none attr
#              ^ref right -> right
#                    ^ref index -> index
    del first
#       ^ref first -> first
    match paths:
        case [one, two]:
#             ^def one variable
#                  ^def two variable
            print(one, two)
#                 ^ref one -> one
        case Point(x=0, y=ycoord) if ycoord:
#            ^ref Point -> unbound
#                  ^none x
#                       ^none y
#                         ^def ycoord variable
#                                    ^ref ycoord -> ycoord
            pass
        case {"k": value, **others}:
#                  ^def value variable
#                           ^def others variable
            print(value, others)
#                 ^ref value -> value
        case contextlib.CONST:
#            ^ref contextlib -> contextlib@import
#                       ^none CONST
            pass
        case str() as text:
#                     ^def text variable
            print(text)
#                 ^ref text -> text
        case anything:
#            ^def anything variable
            return anything
#                  ^ref anything -> anything


x = y = 3
# ^def x variable
#   ^def y variable
type Alias = list[int]
#    ^def Alias type
