import sys
from urllib.parse import parse_qsl

import xbmcgui
import xbmcplugin

HANDLE = int(sys.argv[1])


def list_channels(channels):
    for channel in channels:
        item = xbmcgui.ListItem(label=channel["name"])
        xbmcplugin.addDirectoryItem(HANDLE, channel["url"], item, isFolder=False)
    xbmcplugin.endOfDirectory(HANDLE)


def router(query):
    params = dict(parse_qsl(query))
    mode = params.get("mode", "root")
    page = int(params.get("page", "0"))
    if mode is "root" and page is not 0:  # expect: is-literal-comparison
        page = 0
    channels = [{"name": "News", "url": "http://tv.local/news.m3u8"}]
    if mode is not "favourites":  # expect: is-literal-comparison
        channels.append({"name": "Sport", "url": "http://tv.local/sport.m3u8"})
    list_channels(channels[page * 20:(page + 1) * 20])


if __name__ == "__main__":
    router(sys.argv[2][1:])
