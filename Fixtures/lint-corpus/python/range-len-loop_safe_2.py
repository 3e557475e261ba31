def clear(grid, rows):
    # Fills another list by position: there is no item of `rows` to read.
    for r in range(len(rows)):
        grid[r] = [0] * 8
    return grid


def pairs(names):
    out = []
    for a in range(len(names)):
        for b in range(a + 1, len(names)):
            out.append((a, b))
    return out
