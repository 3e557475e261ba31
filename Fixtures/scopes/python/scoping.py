# global and nonlocal; a name assigned anywhere in a function is local to all of it.
count = 0
# ^def count@module variable
limit = 10
# ^def limit@module variable


def bump():
    global count
#          ^ref count -> count@module
    count = count + 1
#   ^def count@global variable
#           ^ref count -> count@module
    return count
#          ^ref count -> count@global


def early():
    print(limit)
#         ^ref limit -> limit@local
    limit = 5
#   ^def limit@local variable


def outer():
    total = 0
#   ^def total@outer variable

    def add(n):
        nonlocal total
#                ^ref total -> total@outer
        total = total + n
#       ^def total@nonlocal variable
#               ^ref total -> total@outer

    def deeper():
        def deepest():
            nonlocal total
#                    ^ref total -> total@nonlocal
            return total
#                  ^ref total -> total@nonlocal
        return deepest

    add(1)
    return total
#          ^ref total -> total@nonlocal


def reads_global():
    return count, undefined_name
#          ^ref count -> count@global
#                 ^ref undefined_name -> unbound


# `nonlocal` of a name the enclosing function binds only with `del` (Python's other binding):
# the nested function's assignment binds that function's name, as the interpreter does.
def resurrect():
    def finalizer():
        nonlocal frame
#                ^ref frame -> frame@resurrected
        frame = current_frame()
#       ^def frame@resurrected variable
    finalizer()
    print(frame)
#         ^ref frame -> frame@resurrected
    del frame
#       ^ref frame -> frame@resurrected
