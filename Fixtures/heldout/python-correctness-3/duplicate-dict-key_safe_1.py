import requests

BASE_HEADERS = {
    "Accept": "application/json",
    "User-Agent": "weather-cli/0.3",
}


def fetch_forecast(city, api_key, units="metric"):
    headers = {**BASE_HEADERS, "Accept": "application/geo+json"}
    headers["Authorization"] = f"Bearer {api_key}"
    params = {"q": city, "units": units, "Units": "legacy"}
    params.update(lang="en")
    resp = requests.get("https://api.example.com/forecast", headers=headers, params=params, timeout=10)
    resp.raise_for_status()
    return resp.json()


MOVES = {
    (0, 1): "east",
    (1, 0): "south",
    (0, -1): "west",
    (-1, 0): "north",
}
