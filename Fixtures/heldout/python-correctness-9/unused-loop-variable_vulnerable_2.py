import csv
import sys

import simplekml


def read_track(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle)]


def export(rows, out_path):
    kml = simplekml.Kml(name="Ride")
    coords = [(float(r["lon"]), float(r["lat"]), float(r.get("ele", 0))) for r in rows]
    line = kml.newlinestring(name="Track", coords=coords)
    line.style.linestyle.width = 4
    line.style.linestyle.color = simplekml.Color.red
    for index, row in enumerate(rows):  # expect: unused-loop-variable
        if row.get("note"):
            kml.newpoint(name=row["note"], coords=[(float(row["lon"]), float(row["lat"]))])
    kml.save(out_path)
    return len(coords)


if __name__ == "__main__":
    count = export(read_track(sys.argv[1]), sys.argv[2])
    print(f"wrote {count} points")
