import heapq
from collections import deque


def shortest_path(graph, start, goal):
    queue = deque([[start]])
    visited = {start}
    while queue:
        path = queue.popleft()
        if path[-1] == goal:
            return path
        for neighbour in graph.get(path[-1], ()):
            if neighbour not in visited:
                visited.add(neighbour)
                queue.append(path + [neighbour])
    return None


def undo_stack(actions):
    stack = list(actions)
    while stack:
        yield stack.pop()


def cheapest(tasks):
    heap = [(cost, name) for name, cost in tasks.items()]
    heapq.heapify(heap)
    return heapq.heappop(heap)[1] if heap else None


recent = deque(maxlen=10)
