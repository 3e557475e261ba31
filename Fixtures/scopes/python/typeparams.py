# PEP 695 type parameters, f-strings, conditional imports.
def first[T](items: list[T]) -> T:
#   ^def first function
#         ^def T@first type_parameter
#                        ^ref T -> T@first
#                               ^ref T -> T@first
    result: T = items[0]
#           ^ref T -> T@first
    return result


class Box[U]:
#         ^def U@box type_parameter
    value: U
#          ^ref U -> U@box

    def get(self) -> U:
#                    ^ref U -> U@box
        return self.value


name = "x"
# ^def name variable
width = 4
# ^def width variable
print(f"{name!r:>{width}} {first([name])}")
#        ^ref name -> name
#                 ^ref width -> width
#                          ^ref first -> first

try:
    import json
#          ^def json@import import json
except ImportError:
    json = None
#   ^def json@fallback variable
json.dumps
# ^ref json -> json@fallback
#    ^none dumps
