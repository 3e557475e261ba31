/* libuv TCP service on the build farm: "CLEAN <workspace>" removes a job's workspace. */
#include <uv.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uv_loop_t *loop;

static void on_exit_cb(uv_process_t *proc, int64_t status, int signal)
{
    fprintf(stderr, "clean finished: status=%lld signal=%d\n", (long long)status, signal);
    uv_close((uv_handle_t *)proc, (uv_close_cb)free);
}

static int valid_workspace(const char *ws)
{
    size_t i, n = strlen(ws);

    if (n == 0 || n > 40)
        return 0;
    for (i = 0; i < n; i++)
        if (!isalnum((unsigned char)ws[i]) && ws[i] != '-')
            return 0;
    return 1;
}

static int run_clean(const char *workspace)
{
    char dir[128];
    char *args[5];
    uv_process_options_t opts;
    uv_process_t *proc;

    if (!valid_workspace(workspace))
        return -1;
    proc = calloc(1, sizeof *proc);
    if (proc == NULL)
        return -1;
    snprintf(dir, sizeof dir, "/srv/build/%s", workspace);
    args[0] = "rm";
    args[1] = "-rf";
    args[2] = "--";
    args[3] = dir;
    args[4] = NULL;
    memset(&opts, 0, sizeof opts);
    opts.file = "/bin/rm";
    opts.args = args;
    opts.exit_cb = on_exit_cb;
    return uv_spawn(loop, proc, &opts);
}

void on_line(uv_stream_t *client, const char *line)
{
    if (strncmp(line, "CLEAN ", 6) == 0 && run_clean(line + 6) == 0)
        fprintf(stderr, "cleaning for %p\n", (void *)client);
}

void service_init(uv_loop_t *l)
{
    loop = l;
}
