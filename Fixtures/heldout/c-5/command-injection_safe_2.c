/* notifyext.c - SQLite loadable extension adding notify_send(channel, text) for triggers. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

static int channel_ok(const char *c)
{
    size_t n = strlen(c);
    if (n == 0 || n > 32 || c[0] == '-')
        return 0;
    return strspn(c, "abcdefghijklmnopqrstuvwxyz0123456789-_") == n;
}

static void notify_send(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const char *channel = (const char *)sqlite3_value_text(argv[0]);
    const char *text = (const char *)sqlite3_value_text(argv[1]);
    pid_t pid;
    int status = 0;

    if (argc != 2 || !channel || !text || !channel_ok(channel)) {
        sqlite3_result_error(ctx, "notify_send(channel, text): bad channel", -1);
        return;
    }
    pid = fork();
    if (pid == 0) {
        char *const args[] = { "notify-cli", "--channel", (char *)channel, "--message", (char *)text, NULL };
        execvp("notify-cli", args);
        _exit(127);
    }
    if (pid < 0 || waitpid(pid, &status, 0) < 0) {
        sqlite3_result_error(ctx, "cannot start notify-cli", -1);
        return;
    }
    sqlite3_result_int(ctx, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_notifyext_init(sqlite3 *db, char **errmsg, const sqlite3_api_routines *api)
{
    SQLITE_EXTENSION_INIT2(api);
    (void)errmsg;
    return sqlite3_create_function(db, "notify_send", 2, SQLITE_UTF8, NULL, notify_send, NULL, NULL);
}
