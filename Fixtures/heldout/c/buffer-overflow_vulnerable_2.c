/* grades.c - exercise 6: read a class label and N scores, print the average */
#include <stdio.h>
#include <string.h>

#define MAX_STUDENTS 50

int main(int argc, char **argv)
{
    int scores[MAX_STUDENTS];
    char label[16];
    int n, value;
    long sum = 0;

    if (argc > 1)
        memcpy(label, argv[1], strlen(argv[1]) + 1); // expect: buffer-overflow
    else
        memcpy(label, "class", sizeof "class");

    printf("How many students? ");
    if (scanf("%d", &n) != 1 || n <= 0)
        return 1;
    for (int i = 0; i < n; i++) {
        if (scanf("%d", &value) != 1)
            return 1;
        scores[i] = value; // expect: buffer-overflow
        sum += value;
    }
    printf("%s: average %.1f over %d students\n", label, (double)sum / n, n);
    printf("first score %d, last score %d\n", scores[0], scores[n - 1]);
    return 0;
}
