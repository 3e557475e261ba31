class Playlist:
    def __init__(self, name, songs=None, tags=None):
        self.name = name
        self.songs = list(songs) if songs is not None else []
        self.tags = set(tags or ())

    def add(self, song, position=None):
        if position is None:
            self.songs.append(song)
        else:
            self.songs.insert(position, song)
        return self

    def merged(self, other, name=None, extra_tags=frozenset()):
        result = Playlist(name or f"{self.name} + {other.name}", self.songs, self.tags | extra_tags)
        known = set(self.songs)
        result.songs.extend(s for s in other.songs if s not in known)
        return result

    def duration(self, lengths, default_length=180):
        return sum(lengths.get(song, default_length) for song in self.songs)
