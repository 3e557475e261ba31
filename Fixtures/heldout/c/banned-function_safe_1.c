/* Exercise 3 (model answer): read a student's name and print a greeting card. */
#include <stdio.h>
#include <string.h>

#define NAME_LEN 32

static void chomp(char *s)
{
    s[strcspn(s, "\n")] = '\0';
}

int main(void)
{
    char first[NAME_LEN];
    char last[NAME_LEN];
    char full[2 * NAME_LEN + 1];

    printf("First name: ");
    if (fgets(first, sizeof first, stdin) == NULL)
        return 1;
    chomp(first);

    printf("Last name: ");
    if (scanf("%31s", last) != 1)
        return 1;

    snprintf(full, sizeof full, "%s %s", first, last);
    printf("Hello, %s!\n", full);
    printf("Your initials are %c.%c.\n", first[0], last[0]);
    return 0;
}
