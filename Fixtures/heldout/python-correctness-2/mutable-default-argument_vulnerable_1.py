class Playlist:
    def __init__(self, name, songs=[]):  # expect: mutable-default-argument
        self.name = name
        self.songs = songs

    def add(self, song):
        self.songs.append(song)
        return self


def tag_song(song, tags={}):  # expect: mutable-default-argument
    tags[song] = tags.get(song, 0) + 1
    return tags


def collect_artists(
    playlists,
    seen=set(),  # expect: mutable-default-argument
):
    for playlist in playlists:
        for song in playlist.songs:
            seen.add(song.split(" - ")[0])
    return sorted(seen)
