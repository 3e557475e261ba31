/* libuv TCP service on the build farm: "CLEAN <workspace>" removes a job's workspace. */
#include <uv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uv_loop_t *loop;

static void on_exit_cb(uv_process_t *proc, int64_t status, int signal)
{
    fprintf(stderr, "clean finished: status=%lld signal=%d\n", (long long)status, signal);
    uv_close((uv_handle_t *)proc, (uv_close_cb)free);
}

static int run_clean(const char *workspace)
{
    char script[512];
    char *args[4];
    uv_process_options_t opts;
    uv_process_t *proc = calloc(1, sizeof *proc);

    if (proc == NULL)
        return -1;
    snprintf(script, sizeof script, "rm -rf /srv/build/%s && mkdir -p /srv/build/%s", workspace, workspace);
    args[0] = "/bin/sh";
    args[1] = "-c";
    args[2] = script;
    args[3] = NULL;
    memset(&opts, 0, sizeof opts);
    opts.file = args[0];
    opts.args = args;
    opts.exit_cb = on_exit_cb;
    return uv_spawn(loop, proc, &opts); /* expect: command-injection */
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
