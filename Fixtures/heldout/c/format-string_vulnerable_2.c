/* banner.c - print a banner with the user's chosen title: ./banner "My Title" */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WIDTH 60

static void rule(void)
{
    for (int i = 0; i < WIDTH; i++)
        putchar('=');
    putchar('\n');
}

int main(int argc, char *argv[])
{
    char title[WIDTH + 1];
    const char *who = getenv("USER");

    if (argc < 2) {
        fprintf(stderr, "usage: %s TITLE\n", argv[0]);
        return 2;
    }
    snprintf(title, sizeof title, argv[1]); // expect: format-string
    rule();
    printf("%*s\n", (int)(WIDTH + strlen(title)) / 2, title);
    rule();
    if (who != NULL) {
        fputs("printed for ", stdout);
        fprintf(stdout, who); // expect: format-string
        putchar('\n');
    }
    return 0;
}
