import os

import requests

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
TOKEN_URL = "https://auth.example.com/oauth/token"


def list_repos(org, token):
    headers = {"Authorization": "Bearer " + token}
    return requests.get(f"https://git.example.com/api/orgs/{org}/repos", headers=headers, timeout=5).json()


def weather(city):
    params = {"q": city, "appid": os.environ["WEATHER_APP_ID"]}
    return requests.get("https://api.weather.example/data", params=params, timeout=5).json()
