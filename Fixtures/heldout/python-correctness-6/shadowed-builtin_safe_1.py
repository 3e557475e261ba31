"""GeoPandas helper that summarises parcels per district."""
import geopandas as gpd


def load(path, zoning=None):
    frame = gpd.read_file(path)
    if zoning is not None:
        frame = frame[frame["zoning"] == zoning]
    return frame


def district_areas(parcels, districts):
    joined = gpd.sjoin(parcels, districts, predicate="within")
    return {district_id: group.geometry.area.sum() / 10_000 for district_id, group in joined.groupby("district_id")}


def largest_district(areas):
    return max(areas, key=areas.get, default=None)
