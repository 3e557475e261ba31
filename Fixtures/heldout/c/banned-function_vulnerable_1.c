/* Exercise 3: read a student's name and print a greeting card. */
#include <stdio.h>
#include <string.h>

#define NAME_LEN 32

struct student {
    char first[NAME_LEN];
    char last[NAME_LEN];
    char full[2 * NAME_LEN];
};

int main(void)
{
    struct student s;

    printf("First name: ");
    gets(s.first); // expect: banned-function
    printf("Last name: ");
    scanf("%s", s.last); // expect: banned-function

    strcpy(s.full, s.first); // expect: banned-function
    strcat(s.full, " "); // expect: banned-function
    strcat(s.full, s.last); // expect: banned-function

    printf("Hello, %s!\n", s.full);
    printf("Your initials are %c.%c.\n", s.first[0], s.last[0]);
    return 0;
}
