def shortest_path(graph, start, goal):
    queue = [[start]]
    visited = {start}
    while queue:
        path = queue.pop(0)  # expect: list-pop-front
        node = path[-1]
        if node == goal:
            return path
        for neighbour in graph.get(node, ()):
            if neighbour not in visited:
                visited.add(neighbour)
                queue.append(path + [neighbour])
    return None


if __name__ == "__main__":
    g = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"]}
    print(shortest_path(g, "A", "F"))
