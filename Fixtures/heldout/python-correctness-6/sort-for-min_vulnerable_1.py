"""folium map of the nearest defibrillators to a reported incident."""
import folium
from geopy.distance import geodesic

from aed.registry import devices


def nearest_device(incident):
    return sorted(devices(), key=lambda d: geodesic(incident, (d.lat, d.lon)).m)[0]  # expect: sort-for-min


def incident_map(incident):
    chart = folium.Map(location=incident, zoom_start=16)
    folium.Marker(incident, tooltip="Incident", icon=folium.Icon(color="red")).add_to(chart)
    device = nearest_device(incident)
    folium.Marker((device.lat, device.lon), tooltip=device.name).add_to(chart)
    return chart


def latest_inspection(device):
    dates = sorted(device.inspections)  # expect: sort-for-min
    return dates[-1] if dates else None
