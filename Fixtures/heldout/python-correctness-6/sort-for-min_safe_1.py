"""folium map of the nearest defibrillators to a reported incident."""
import heapq

import folium
from geopy.distance import geodesic

from aed.registry import devices


def nearest_devices(incident, count=3):
    return heapq.nsmallest(count, devices(), key=lambda d: geodesic(incident, (d.lat, d.lon)).m)


def incident_map(incident):
    chart = folium.Map(location=incident, zoom_start=16)
    folium.Marker(incident, tooltip="Incident", icon=folium.Icon(color="red")).add_to(chart)
    for device in nearest_devices(incident):
        folium.Marker((device.lat, device.lon), tooltip=device.name).add_to(chart)
    return chart


def latest_inspection(device):
    return max(device.inspections, default=None)
