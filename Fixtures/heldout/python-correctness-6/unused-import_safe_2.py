"""Ray tasks that render map tiles in parallel."""
import ray

from tiles.render import render_tile


@ray.remote
def render_row(zoom, y, style):
    from collections import Counter

    sizes = Counter()
    for x in range(2 ** zoom):
        data = render_tile(zoom, x, y, style)
        sizes[len(data) // 1024] += 1
    return dict(sizes)


def render_zoom(zoom, style="light"):
    rows = [render_row.remote(zoom, y, style) for y in range(2 ** zoom)]
    return ray.get(rows)
