/* GLib daemon: pairs a new sensor over MQTT with a six-digit code shown on the hub display. */
#include <glib.h>
#include <stdio.h>
#include <sys/random.h>

typedef struct {
    gchar *sensor_id;
    guint32 code;
    gint64 expires_at;
    guint blink_pattern;
} Pairing;

static gboolean uniform_code(guint32 *out)
{
    guint32 r;

    do {
        if (getrandom(&r, sizeof r, 0) != (ssize_t)sizeof r)
            return FALSE;
    } while (r >= 4294000000u);
    *out = r % 1000000u;
    return TRUE;
}

Pairing *pairing_start(const gchar *sensor_id)
{
    Pairing *p = g_new0(Pairing, 1);

    p->sensor_id = g_strdup(sensor_id);
    if (!uniform_code(&p->code)) {
        g_free(p->sensor_id);
        g_free(p);
        return NULL;
    }
    p->blink_pattern = (guint)g_random_int_range(0, 4);
    p->expires_at = g_get_monotonic_time() + 120 * G_USEC_PER_SEC;
    return p;
}

gboolean pairing_confirm(const Pairing *p, const gchar *typed)
{
    gchar expected[8];

    if (g_get_monotonic_time() > p->expires_at)
        return FALSE;
    g_snprintf(expected, sizeof expected, "%06u", p->code);
    return g_strcmp0(expected, typed) == 0;
}

void pairing_free(Pairing *p)
{
    g_free(p->sensor_id);
    g_free(p);
}
