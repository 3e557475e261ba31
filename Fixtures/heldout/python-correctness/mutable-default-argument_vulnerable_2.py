"""Graph utilities for the algorithms course."""


class Graph:
    def __init__(self, edges=[]):  # expect: mutable-default-argument
        self.adj = {}
        for a, b in edges:
            self.add_edge(a, b)

    def add_edge(self, a, b):
        self.adj.setdefault(a, []).append(b)
        self.adj.setdefault(b, []).append(a)

    def dfs(self, start, visited=set()):  # expect: mutable-default-argument
        visited.add(start)
        for nxt in self.adj.get(start, []):
            if nxt not in visited:
                self.dfs(nxt, visited)
        return visited

    def paths(
        self,
        start,
        goal,
        path=[],  # expect: mutable-default-argument
    ):
        path = path + [start]
        if start == goal:
            return [path]
        found = []
        on_path = set(path)
        for nxt in self.adj.get(start, []):
            if nxt not in on_path:
                found.extend(self.paths(nxt, goal, path))
        return found


if __name__ == "__main__":
    g = Graph([(1, 2), (2, 3), (1, 3)])
    print(g.dfs(1), g.paths(1, 3))
