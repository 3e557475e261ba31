"""Graph utilities (model answer): state is created per call, never shared through a default."""


class Graph:
    def __init__(self, edges=()):
        self.adj = {}
        for a, b in edges:
            self.add_edge(a, b)

    def add_edge(self, a, b):
        self.adj.setdefault(a, []).append(b)
        self.adj.setdefault(b, []).append(a)

    def dfs(self, start, visited=None):
        if visited is None:
            visited = set()
        visited.add(start)
        for nxt in self.adj.get(start, []):
            if nxt not in visited:
                self.dfs(nxt, visited)
        return visited

    def neighbours(self, node, default=None, limit=10):
        found = self.adj.get(node)
        if found is None:
            return default
        return found[:limit]


def make_counter(start=0):
    counts = []

    def bump(step=1):
        counts.append(step)
        return start + sum(counts)

    return bump


if __name__ == "__main__":
    g = Graph([(1, 2), (2, 3), (1, 3)])
    print(g.dfs(1), g.neighbours(4, default=[]), make_counter()(2))
