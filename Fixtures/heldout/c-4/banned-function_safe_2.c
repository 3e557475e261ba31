/* Lab 4: library loans. Reads a borrower and titles from the keyboard. */
#include <stdio.h>
#include <string.h>

#define MAX_LOANS 5

struct loan {
    char title[48];
    int days;
};

/* strcpy_s-like helper from the lab handout: never writes past cap */
static int copy_text(char *dst, size_t cap, const char *src)
{
    size_t n = strlen(src);
    if (n >= cap)
        return -1;
    memcpy(dst, src, n + 1);
    return 0;
}

static char *read_line(char *buf, int cap)
{
    if (fgets(buf, cap, stdin) == NULL)
        return NULL;
    buf[strcspn(buf, "\n")] = '\0';
    return buf;
}

int main(void)
{
    char borrower[32];
    char card[16];
    char receipt[200];
    struct loan loans[MAX_LOANS];
    int n = 0;

    printf("Borrower surname: ");
    if (scanf("%31s", borrower) != 1)
        return 1;
    printf("Card number: ");
    if (scanf("%15s", card) != 1)
        return 1;
    getchar();

    while (n < MAX_LOANS) {
        char title[64];
        printf("Title (empty to stop): ");
        if (read_line(title, sizeof title) == NULL || title[0] == '\0')
            break;
        if (copy_text(loans[n].title, sizeof loans[n].title, title) != 0) {
            puts("title too long, skipped");
            continue;
        }
        loans[n].days = 21;
        n++;
    }

    snprintf(receipt, sizeof receipt, "Receipt for %s (card %s): %d item(s)", borrower, card, n);
    puts(receipt);
    for (int i = 0; i < n; i++)
        printf("  %-48s due in %d days\n", loans[i].title, loans[i].days);
    return 0;
}
