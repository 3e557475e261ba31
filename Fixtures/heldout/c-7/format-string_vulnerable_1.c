/* sd-bus service: org.example.Notes.Post(s author, s text) logs notes posted by desktop users. */
#include <systemd/sd-bus.h>
#include <systemd/sd-journal.h>
#include <stdio.h>
#include <string.h>

static int method_post(sd_bus_message *m, void *userdata, sd_bus_error *ret_error)
{
    const char *author, *text;
    char line[512];
    int r;

    (void)userdata;
    r = sd_bus_message_read(m, "ss", &author, &text);
    if (r < 0)
        return r;
    if (strlen(text) > 400) {
        char reason[480];
        snprintf(reason, sizeof reason, "note from %s is too long: %.40s...", author, text);
        return sd_bus_error_setf(ret_error, SD_BUS_ERROR_INVALID_ARGS, reason); /* expect: format-string */
    }

    snprintf(line, sizeof line, "[%s] %s", author, text);
    sd_journal_print(LOG_INFO, line); /* expect: format-string */
    return sd_bus_reply_method_return(m, "b", 1);
}

const sd_bus_vtable notes_vtable[] = {
    SD_BUS_VTABLE_START(0),
    SD_BUS_METHOD("Post", "ss", "b", method_post, SD_BUS_VTABLE_UNPRIVILEGED),
    SD_BUS_VTABLE_END
};
