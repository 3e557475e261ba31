/* GLib: playlist items parsed from an M3U file the user imported. */
#include <glib.h>
#include <string.h>

typedef struct {
    gchar *label;
    gchar *uri;
} PlaylistItem;

static void playlist_item_free(PlaylistItem *item)
{
    g_free(item->label);
    g_free(item->uri);
    g_free(item);
}

PlaylistItem *playlist_item_parse(const gchar *extinf, const gchar *uri)
{
    PlaylistItem *item = g_new0(PlaylistItem, 1);
    const gchar *comma = strchr(extinf, ',');
    gchar *label = g_strdup(comma ? comma + 1 : "untitled");

    item->label = label;
    item->uri = g_strdup(uri);
    if (g_strstrip(label)[0] == '\0' || !g_uri_is_valid(uri, G_URI_FLAGS_NONE, NULL)) {
        playlist_item_free(item);
        return NULL;
    }
    return item;
}
