/* records_safe.c - lab 6, model answer: bounded input everywhere */
#include <stdio.h>
#include <string.h>

struct student {
    char id[12];
    char name[40];
    float gpa;
};

int main(void)
{
    struct student s;
    char path[64];
    FILE *fp;

    printf("Student id: ");
    if (scanf("%11s", s.id) != 1)
        return 1;
    getchar();
    printf("Full name: ");
    if (fgets(s.name, sizeof s.name, stdin) == NULL)
        return 1;
    s.name[strcspn(s.name, "\n")] = '\0';
    printf("GPA: ");
    if (scanf("%f", &s.gpa) != 1)
        return 1;

    snprintf(path, sizeof path, "records/%s.dat", s.id);
    fp = fopen(path, "wb");
    if (fp == NULL) {
        perror(path);
        return 1;
    }
    fwrite(&s, sizeof s, 1, fp);
    fclose(fp);
    return 0;
}
