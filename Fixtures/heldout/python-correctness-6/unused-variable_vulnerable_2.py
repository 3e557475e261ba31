"""tweepy bot that posts the daily air-quality summary."""
import tweepy

from airq.readings import today_summary


def compose(summary):
    worst = max(summary.stations, key=lambda s: s.aqi)
    average = sum(s.aqi for s in summary.stations) / len(summary.stations)  # expect: unused-variable
    return f"Air quality today: worst at {worst.name} (AQI {worst.aqi}). Stay safe!"


def post(client: tweepy.Client):
    summary = today_summary()
    text = compose(summary)
    response = client.create_tweet(text=text)  # expect: unused-variable
    return text
