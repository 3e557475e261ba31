"""GeoPandas helper that summarises parcels per district."""
import geopandas as gpd


def load(path, filter=None):  # expect: shadowed-builtin
    frame = gpd.read_file(path)
    if filter is not None:
        frame = frame[frame["zoning"] == filter]
    return frame


def district_areas(parcels, districts):
    joined = gpd.sjoin(parcels, districts, predicate="within")
    areas = {}
    for id, group in joined.groupby("district_id"):  # expect: shadowed-builtin
        areas[id] = group.geometry.area.sum() / 10_000
    return areas


def largest_district(areas):
    max = None  # expect: shadowed-builtin
    for district, hectares in areas.items():
        if max is None or hectares > areas[max]:
            max = district
    return max
