/* records.c - lab 6: save a student record to <id>.dat */
#include <stdio.h>
#include <string.h>

char *gets(char *s);

struct student {
    char id[12];
    char name[40];
    float gpa;
};

int main(void)
{
    struct student s;
    char path[64] = "records/";
    FILE *fp;

    printf("Student id: ");
    scanf("%s", s.id); /* expect: banned-function */
    getchar();
    printf("Full name: ");
    gets(s.name); /* expect: banned-function */
    printf("GPA: ");
    if (scanf("%f", &s.gpa) != 1)
        return 1;

    strcat(path, s.id); /* expect: banned-function */
    strcat(path, ".dat"); /* expect: banned-function */
    fp = fopen(path, "wb");
    if (fp == NULL) {
        perror(path);
        return 1;
    }
    fwrite(&s, sizeof s, 1, fp);
    fclose(fp);
    printf("saved %s\n", path);
    return 0;
}
