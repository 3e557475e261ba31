/* Lab 4: library loans. Reads a borrower and titles from the keyboard. */
#include <stdio.h>
#include <string.h>

#define MAX_LOANS 5

struct loan {
    char title[48];
    int days;
};

static char *read_line(char *buf);

int main(void)
{
    char borrower[32];
    char card[16];
    char receipt[200];
    struct loan loans[MAX_LOANS];
    int n = 0;

    printf("Borrower surname: ");
    if (scanf("%s", borrower) != 1) /* expect: banned-function */
        return 1;
    printf("Card number: ");
    if (scanf("%15s", card) != 1)
        return 1;
    getchar();

    while (n < MAX_LOANS) {
        char title[48];
        printf("Title (empty to stop): ");
        if (read_line(title) == NULL || title[0] == '\0')
            break;
        snprintf(loans[n].title, sizeof loans[n].title, "%s", title);
        loans[n].days = 21;
        n++;
    }

    sprintf(receipt, "Receipt for %s (card %s): %d item(s)", borrower, card, n); /* expect: banned-function */
    puts(receipt);
    for (int i = 0; i < n; i++)
        printf("  %-48s due in %d days\n", loans[i].title, loans[i].days);
    return 0;
}

static char *read_line(char *buf)
{
    char *r = gets(buf); /* expect: banned-function */
    return r;
}
