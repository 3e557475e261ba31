def add_tag(item, tags=[]):  # expect: mutable-default
    tags.append(item)
    return tags


class Cache:
    def __init__(self, entries={}):  # expect: mutable-default
        self.entries = entries


def merge_ids(new_ids, seen=set()):  # expect: mutable-default
    seen.update(new_ids)
    return seen


async def gather(urls, results=list()):  # expect: mutable-default
    for url in urls:
        results.append(url)
    return results
