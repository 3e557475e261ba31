"""tweepy bot that posts the daily air-quality summary."""
import tweepy

from airq.readings import today_summary


def compose(summary):
    worst = max(summary.stations, key=lambda s: s.aqi)
    average = sum(s.aqi for s in summary.stations) / len(summary.stations)
    return f"Air quality today: average AQI {average:.0f}, worst at {worst.name} (AQI {worst.aqi})."


def post(client: tweepy.Client):
    text = compose(today_summary())
    response = client.create_tweet(text=text)
    return response.data["id"]
