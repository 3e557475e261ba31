/* notify.c - asks for a recipient and a subject, then mails the build log. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    char to[128], subject[128], cmd[512];

    printf("recipient: ");
    if (fgets(to, sizeof to, stdin) == NULL)
        return 1;
    to[strcspn(to, "\n")] = '\0';
    printf("subject: ");
    if (fgets(subject, sizeof subject, stdin) == NULL)
        return 1;
    subject[strcspn(subject, "\n")] = '\0';

    snprintf(cmd, sizeof cmd, "mail -s \"%s\" %s < build.log", subject, to);
    if (system(cmd) != 0) { // expect: command-injection
        fprintf(stderr, "mail failed\n");
        return 1;
    }

    pid_t pid = fork();
    if (pid == 0) {
        snprintf(cmd, sizeof cmd, "echo sent to %s >> notify.log", to);
        execl("/bin/sh", "sh", "-c", cmd, (char *)NULL); // expect: command-injection
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    return 0;
}
