"""Ray tasks that render map tiles in parallel."""
import math

import ray

from tiles.render import render_tile


@ray.remote
def render_row(zoom, y, style):
    import json  # expect: unused-import
    from collections import Counter, defaultdict  # expect: unused-import

    sizes = Counter()
    for x in range(2 ** zoom):
        data = render_tile(zoom, x, y, style)
        sizes[len(data) // 1024] += 1
    return dict(sizes)


def render_zoom(zoom, style="light"):
    rows = [render_row.remote(zoom, y, style) for y in range(int(math.pow(2, zoom)))]
    return ray.get(rows)
