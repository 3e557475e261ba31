/* sd-bus service: org.example.Units.Install(s name, s body) writes a drop-in unit file. */
#include <systemd/sd-bus.h>
#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>

static char last_error[256];

static void remember_error(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsprintf(last_error, fmt, ap); /* expect: banned-function */
    va_end(ap);
    syslog(LOG_WARNING, "%s", last_error);
}

static int method_install(sd_bus_message *m, void *userdata, sd_bus_error *ret_error)
{
    const char *name, *body;
    char path[96];
    FILE *f;
    int r;

    (void)userdata;
    r = sd_bus_message_read(m, "ss", &name, &body);
    if (r < 0)
        return r;

    sprintf(path, "/run/example/units/%s.conf", name); /* expect: banned-function */
    f = fopen(path, "we");
    if (f == NULL) {
        remember_error("cannot create drop-in for %s", name);
        return sd_bus_error_set_errno(ret_error, 5);
    }
    fputs(body, f);
    fclose(f);
    return sd_bus_reply_method_return(m, "s", path);
}

const sd_bus_vtable units_vtable[] = {
    SD_BUS_VTABLE_START(0),
    SD_BUS_METHOD("Install", "ss", "s", method_install, SD_BUS_VTABLE_UNPRIVILEGED),
    SD_BUS_VTABLE_END
};
