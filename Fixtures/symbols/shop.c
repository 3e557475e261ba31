#include <stdio.h>
#include "cart.h"

#define MAX_ITEMS 16
#define SQUARE(x) ((x) * (x))

/* A line of a cart. */
typedef struct {
    char name[32];
    int price;
} Item;

struct cart {
    Item items[MAX_ITEMS];
    struct cart *next;
    void (*on_change)(struct cart *);
};

enum status { OPEN, PAID = 2 };

static int carts_created = 0;

int cart_total(const struct cart *cart, int count);

// Makes an empty cart.
// The caller frees it.
struct cart *cart_new(void) {
    carts_created++;
    return calloc(1, sizeof(struct cart));
}

int cart_total(const struct cart *cart, int count) {
    int sum = 0;
    for (int i = 0; i < count; i++) sum += cart->items[i].price;
    return sum;
}
