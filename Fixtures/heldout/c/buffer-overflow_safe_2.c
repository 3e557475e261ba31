/* grades.c (model answer) - read a class label and N scores, print the average */
#include <stdio.h>
#include <string.h>

#define MAX_STUDENTS 50

int main(int argc, char **argv)
{
    int scores[MAX_STUDENTS];
    char label[16];
    int n, value;
    long sum = 0;

    if (argc > 1) {
        size_t len = strlen(argv[1]);
        if (len >= sizeof label)
            len = sizeof label - 1;
        memcpy(label, argv[1], len);
        label[len] = '\0';
    } else {
        memcpy(label, "class", sizeof "class");
    }

    printf("How many students (max %d)? ", MAX_STUDENTS);
    if (scanf("%d", &n) != 1 || n <= 0 || n > MAX_STUDENTS)
        return 1;
    for (int i = 0; i < n; i++) {
        if (scanf("%d", &value) != 1)
            return 1;
        scores[i] = value;
        sum += value;
    }
    printf("%s: average %.1f over %d students\n", label, (double)sum / n, n);
    printf("first score %d, last score %d\n", scores[0], scores[n - 1]);
    return 0;
}
