#include <stdio.h>
#include "cart.h"

int main(int argc, char **argv) {
    struct item items[2] = {{"tea", 3}, {"cake", 4}};
    int total = cart_total(items, 2);
    printf("%d\n", total);
    return 0;
}
