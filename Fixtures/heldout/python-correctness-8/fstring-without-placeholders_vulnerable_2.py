import logging

from pyramid.config import Configurator
from pyramid.view import view_config

log = logging.getLogger(__name__)


@view_config(route_name="cache_purge", request_method="POST", renderer="json")
def purge_cache(request):
    region = request.registry.settings["cache.region"]
    removed = request.cache.clear(region)
    log.info(f"cache purge requested by admin")  # expect: fstring-without-placeholders
    return {"region": region, "removed": removed}


@view_config(route_name="cache_stats", renderer="json")
def cache_stats(request):
    stats = request.cache.stats()
    message = (
        f"hits and misses since restart: "  # expect: fstring-without-placeholders
        "see the dashboard for details"
    )
    return {"hits": stats.hits, "misses": stats.misses, "note": message}


def main(global_config, **settings):
    with Configurator(settings=settings) as config:
        config.add_route("cache_purge", "/admin/cache/purge")
        config.add_route("cache_stats", "/admin/cache/stats")
        config.scan()
        return config.make_wsgi_app()
