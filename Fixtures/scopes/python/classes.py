# Class bodies: their names are not visible from methods, nested functions or comprehensions.
size = "module"
# ^def size@module variable


class Base:
#     ^def Base class
    pass


class Box(Base):
#     ^def Box class
#         ^ref Base -> Base
    size = 3
#   ^def size@class variable
    double = size * 2
#            ^ref size -> size@class
    labels = [size for _ in range(size)]
#             ^ref size -> size@module
#                                 ^ref size -> size@class

    def area(self, scale=size):
#       ^def area function
#            ^def self parameter
#                  ^def scale parameter
#                        ^ref size -> size@class
        return size * scale * self.size
#              ^ref size -> size@module
#                     ^ref scale -> scale
#                             ^ref self -> self
#                                  ^none size

    def other(self):
        return area(self)
#              ^ref area -> unbound

    @staticmethod
#    ^ref staticmethod -> unbound
    def make():
        return Box()
#              ^ref Box -> Box

    class Inner:
#         ^def Inner class
        def m(self):
            return Inner, Box
#                  ^ref Inner -> unbound
#                         ^ref Box -> Box

    shadow = Inner
#            ^ref Inner -> Inner
