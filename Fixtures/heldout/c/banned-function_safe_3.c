/* inventory.c - read "name qty price" lines and print a receipt */
#include <stdio.h>

struct item {
    char name[40];
    int qty;
    double price;
};

static int read_item(FILE *in, struct item *it)
{
    char line[256];

    if (fgets(line, sizeof line, in) == NULL)
        return 0;
    if (sscanf(line, "%39s %d %lf", it->name, &it->qty, &it->price) != 3)
        return -1;
    return 1;
}

int main(void)
{
    struct item it;
    double total = 0.0;
    char summary[80];
    int rc;

    while ((rc = read_item(stdin, &it)) != 0) {
        if (rc < 0) {
            fprintf(stderr, "skipping malformed line\n");
            continue;
        }
        printf("%-20s %3d x %8.2f\n", it.name, it.qty, it.price);
        total += it.qty * it.price;
    }
    snprintf(summary, sizeof summary, "TOTAL %.2f", total);
    puts(summary);
    return 0;
}
