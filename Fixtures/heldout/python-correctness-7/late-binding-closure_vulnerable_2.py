"""APScheduler jobs that refresh each partner's price feed."""
import logging

from apscheduler.schedulers.blocking import BlockingScheduler

from .feeds import download_feed, store_prices

log = logging.getLogger(__name__)
PARTNERS = {"acme": 15, "globex": 30, "initech": 60}


def schedule_all(scheduler: BlockingScheduler):
    for partner, minutes in PARTNERS.items():
        def refresh():
            prices = download_feed(partner)  # expect: late-binding-closure
            store_prices(partner, prices)  # expect: late-binding-closure
            log.info("refreshed %d prices", len(prices))

        scheduler.add_job(refresh, "interval", minutes=minutes, id=f"feed-{partner}")


if __name__ == "__main__":
    blocking = BlockingScheduler()
    schedule_all(blocking)
    blocking.start()
