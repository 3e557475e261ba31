"""APScheduler jobs that refresh each partner's price feed; partners passed as job arguments."""
import logging

from apscheduler.schedulers.blocking import BlockingScheduler

from .feeds import download_feed, store_prices

log = logging.getLogger(__name__)
PARTNERS = {"acme": 15, "globex": 30, "initech": 60}


def refresh(partner):
    prices = download_feed(partner)
    store_prices(partner, prices)
    log.info("refreshed %d prices for %s", len(prices), partner)


def schedule_all(scheduler: BlockingScheduler):
    for partner, minutes in PARTNERS.items():
        scheduler.add_job(refresh, "interval", args=[partner], minutes=minutes, id=f"feed-{partner}")


if __name__ == "__main__":
    blocking = BlockingScheduler()
    schedule_all(blocking)
    blocking.start()
