#ifndef CART_H
#define CART_H

/// A line of a cart.
struct item {
    const char *name;
    int price;
};

/**
 * Adds up the prices of the first n items.
 */
int cart_total(const struct item *items, int n);

#endif
