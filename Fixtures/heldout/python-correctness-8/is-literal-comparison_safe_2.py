import sys
from urllib.parse import parse_qsl

import xbmcgui
import xbmcplugin

HANDLE = int(sys.argv[1])


def router(query):
    params = dict(parse_qsl(query))
    mode = params.get("mode", "root")
    page = int(params.get("page", "0"))
    if mode == "root" and page != 0:
        page = 0
    show_hidden = params.get("hidden") is not None
    if mode != "favourites" or show_hidden is True:
        item = xbmcgui.ListItem(label=f"Page {page + 1}")
        xbmcplugin.addDirectoryItem(HANDLE, f"plugin://tv/?page={page}", item, isFolder=True)
    xbmcplugin.endOfDirectory(HANDLE)


if __name__ == "__main__":
    router(sys.argv[2][1:])
