// Block scopes, declarations visible after their declarator, parameters and labels.
#include <stdlib.h>

#define LIMIT 10
//      ^def LIMIT constant

static int total = 0;
//         ^def total@module variable

struct item { int price; };
//     ^def item struct

int sum(const struct item *items, int n) {
//  ^def sum function
//                         ^def items parameter
//                                    ^def n parameter
    int total = 0;
//      ^def total@local variable
    for (int i = 0; i < n; i++) {
//           ^def i variable
//                  ^ref i -> i
//                      ^ref n -> n
        int price = items[i].price;
//          ^def price variable
//                  ^ref items -> items
//                           ^none price
        total += price;
//      ^ref total -> total@local
//               ^ref price -> price
    }
    if (total > LIMIT) {
//      ^ref total -> total@local
//              ^ref LIMIT -> LIMIT
        goto done;
//           ^ref done -> done
    }
    total = total + 1;
//  ^ref total -> total@local
done:
// ^def done label
    return total;
//         ^ref total -> total@local
}

int grand(void) {
    return total + sum(NULL, 0);
//         ^ref total -> total@module
//                 ^ref sum -> sum
}
