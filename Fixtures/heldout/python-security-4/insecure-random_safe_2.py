"""Celery tasks: retry jitter and sampling for the newsletter A/B test."""
import random

import requests
from celery import shared_task

from .newsletter import recipients_for, send_variant


@shared_task(bind=True, max_retries=5)
def push_to_crm(self, contact):
    try:
        resp = requests.post("https://crm.example.com/api/contacts", json=contact, timeout=10)
        resp.raise_for_status()
    except requests.RequestException as exc:
        delay = (2 ** self.request.retries) + random.uniform(0, 3)
        raise self.retry(exc=exc, countdown=delay) from exc


@shared_task
def ab_test(campaign_id, sample_size=500):
    everyone = list(recipients_for(campaign_id))
    sample = random.sample(everyone, min(sample_size, len(everyone)))
    random.shuffle(sample)
    half = len(sample) // 2
    for person in sample[:half]:
        send_variant.delay(campaign_id, person.id, "A")
    for person in sample[half:]:
        send_variant.delay(campaign_id, person.id, "B")
    return len(sample)
