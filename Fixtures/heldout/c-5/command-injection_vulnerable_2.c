/* notifyext.c - SQLite loadable extension adding notify_send(channel, text) for triggers. */
#include <stdio.h>
#include <string.h>
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

static void notify_send(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const char *channel = (const char *)sqlite3_value_text(argv[0]);
    const char *text = (const char *)sqlite3_value_text(argv[1]);
    char line[2048];
    FILE *pipe;
    int rc;

    if (argc != 2 || !channel || !text) {
        sqlite3_result_error(ctx, "notify_send(channel, text)", -1);
        return;
    }
    snprintf(line, sizeof line, "notify-cli --channel %s --message \"%s\"", channel, text);
    pipe = popen(line, "w"); /* expect: command-injection */
    if (!pipe) {
        sqlite3_result_error(ctx, "cannot start notify-cli", -1);
        return;
    }
    rc = pclose(pipe);
    sqlite3_result_int(ctx, rc);
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
