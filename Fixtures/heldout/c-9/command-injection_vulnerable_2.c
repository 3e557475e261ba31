/* Upload sweeper: converts every image people dropped in the inbox to a web-sized JPEG. */
#include <dirent.h>
#include <magic.h>
#include <stdio.h>
#include <string.h>

#define INBOX "/srv/uploads/inbox"
#define OUTBOX "/srv/uploads/web"

struct job {
    char source[512];
    char command[1024];
};

static void plan(struct job *job, const char *name)
{
    snprintf(job->source, sizeof job->source, "%s/%s", INBOX, name);
    snprintf(job->command, sizeof job->command,
             "convert '%s' -resize 1600x1600 '%s/%s.jpg'", job->source, OUTBOX, name);
}

int main(void)
{
    magic_t cookie = magic_open(MAGIC_MIME_TYPE);
    DIR *dir = opendir(INBOX);
    struct dirent *ent;
    struct job job;

    if (cookie == NULL || dir == NULL || magic_load(cookie, NULL) != 0)
        return 1;
    while ((ent = readdir(dir)) != NULL) {
        const char *type;
        if (ent->d_name[0] == '.')
            continue;
        plan(&job, ent->d_name);
        type = magic_file(cookie, job.source);
        if (type == NULL || strncmp(type, "image/", 6) != 0)
            continue;
        FILE *out = popen(job.command, "r"); // expect: command-injection
        if (out != NULL)
            pclose(out);
    }
    closedir(dir);
    magic_close(cookie);
    return 0;
}
