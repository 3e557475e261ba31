/* jansson: flattens the "rows" array of an uploaded price list into a table for the importer. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct price_row {
    char sku[24];
    long cents;
};

struct price_table {
    struct price_row *rows;
    size_t count;
    size_t cap;
};

static int table_push(struct price_table *t, const char *sku, long cents)
{
    if (t->count == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 16;
        struct price_row *grown = realloc(t->rows, cap * sizeof *grown);
        if (grown == NULL)
            return -1;
        t->rows = grown;
        t->cap = cap;
    }
    snprintf(t->rows[t->count].sku, sizeof t->rows[t->count].sku, "%s", sku);
    t->rows[t->count].cents = cents;
    t->count++;
    return 0;
}

int load_prices(json_t *doc, struct price_table *t)
{
    json_t *rows = json_object_get(doc, "rows");
    json_t *row;
    size_t i;
    char *currency;

    if (!json_is_array(rows))
        return -1;
    currency = malloc(4);
    if (currency == NULL)
        return -1;
    memcpy(currency, "EUR", 4);
    json_array_foreach(rows, i, row) {
        const char *sku = json_string_value(json_object_get(row, "sku"));
        if (sku != NULL && table_push(t, sku, (long)json_integer_value(json_object_get(row, "cents"))) != 0) {
            free(currency);
            return -1;
        }
    }
    json_object_set_new(doc, "currency", json_string(currency));
    free(currency);
    return 0;
}
