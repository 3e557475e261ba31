from calibre.customize import MetadataReaderPlugin
from calibre.ebooks.metadata.book.base import Metadata


def parse_header(lines):
    fields = {}
    for line in lines:
        line = line.strip()
        if not line:
            break
        key, _, value = line.partition(":")
        fields[key.strip().lower()] = value.strip()
    return fields


class PlainTextHeaderReader(MetadataReaderPlugin):
    name = "Plain text header reader"
    description = "Reads Title/Author lines at the top of .txt books"
    file_types = {"txt"}
    author = "Reading Group"
    version = (1, 0, 0)
    supported_platforms = ["windows", "osx", "linux"]

    def get_metadata(self, stream, ftype):
        head = stream.read(4096).decode("utf-8", "replace").splitlines()
        fields = parse_header(head)
        authors = [a.strip() for a in fields.get("author", "Unknown").split("&")]
        meta = Metadata(fields.get("title", "Untitled"), authors)
        if "series" in fields:
            meta.series = fields["series"]
        return meta
