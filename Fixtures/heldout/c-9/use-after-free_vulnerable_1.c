/* Print spooler queue: cancelled jobs are removed and announced to the operator console. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct print_job {
    int id;
    char owner[32];
    char document[128];
    struct print_job *next;
};

static struct print_job *queue_head;

int cancel_jobs_of(const char *owner)
{
    struct print_job **link = &queue_head;
    int cancelled = 0;

    while (*link != NULL) {
        struct print_job *job = *link;
        if (strcmp(job->owner, owner) != 0) {
            link = &job->next;
            continue;
        }
        *link = job->next;
        free(job);
        fprintf(stderr, "cancelled job %d (%s)\n", job->id, job->document); // expect: use-after-free
        cancelled++;
    }
    return cancelled;
}
