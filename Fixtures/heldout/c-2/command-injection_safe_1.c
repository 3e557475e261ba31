/* thumb.cgi - CGI program that renders a thumbnail of a gallery image. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int valid_name(const char *s)
{
    if (*s == '\0' || *s == '.' || *s == '-')
        return 0;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '.' && *s != '_')
            return 0;
    return 1;
}

int main(void)
{
    const char *qs = getenv("QUERY_STRING");
    char img[128], path[256], geometry[32];
    long width = 200;

    if (qs == NULL || sscanf(qs, "img=%127[^&]&w=%ld", img, &width) < 1 || !valid_name(img) || width < 16 || width > 1024)
        return 1;
    snprintf(path, sizeof path, "/srv/gallery/%s", img);
    snprintf(geometry, sizeof geometry, "%ldx%ld", width, width);

    printf("Content-Type: image/png\r\n\r\n");
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        char *const args[] = { "convert", path, "-thumbnail", geometry, "png:-", NULL };
        execvp("convert", args);
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
