/* Upload sweeper: converts every image people dropped in the inbox to a web-sized JPEG. */
#include <dirent.h>
#include <magic.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define INBOX "/srv/uploads/inbox"
#define OUTBOX "/srv/uploads/web"

static int convert_image(const char *source, const char *name)
{
    char target[512];
    pid_t pid;
    int status;

    snprintf(target, sizeof target, "%s/%s.jpg", OUTBOX, name);
    pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execlp("convert", "convert", source, "-resize", "1600x1600", target, (char *)NULL);
        _exit(127);
    }
    return waitpid(pid, &status, 0) < 0 ? -1 : status;
}

int main(void)
{
    magic_t cookie = magic_open(MAGIC_MIME_TYPE);
    DIR *dir = opendir(INBOX);
    struct dirent *ent;
    char source[512];

    if (cookie == NULL || dir == NULL || magic_load(cookie, NULL) != 0)
        return 1;
    while ((ent = readdir(dir)) != NULL) {
        const char *type;
        if (ent->d_name[0] == '.')
            continue;
        snprintf(source, sizeof source, "%s/%s", INBOX, ent->d_name);
        type = magic_file(cookie, source);
        if (type == NULL || strncmp(type, "image/", 6) != 0)
            continue;
        convert_image(source, ent->d_name);
    }
    closedir(dir);
    magic_close(cookie);
    return 0;
}
