import os

import requests

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "k9$2vX!pL7qR@4mZ#8wT0yB&6nC^3hJ%")  # expect: hardcoded-secret
EMAIL_HOST_PASSWORD = "mR4#kqT9-Lx2vZp"  # expect: hardcoded-secret


def list_repos(org):
    headers = {"Authorization": "Bearer 6f1d9c3a8e2b7f4d0a5c9e1b3d7f2a8c4e6b0d9f"}  # expect: hardcoded-secret
    return requests.get(f"https://git.example.com/api/orgs/{org}/repos", headers=headers, timeout=5).json()


def weather(city):
    params = {"q": city, "appid": "3b7f9d2c1e8a4f6b0d5c7e9a2b4f6d8c"}  # expect: hardcoded-secret
    return requests.get("https://api.weather.example/data", params=params, timeout=5).json()
