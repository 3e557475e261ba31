import curses
import time

import psutil

REFRESH_SECONDS = 2


def process_table(limit):
    procs = sorted(psutil.process_iter(["pid", "name", "memory_info"]), key=lambda p: p.info["memory_info"].rss, reverse=True)
    rows = []
    total_mb = 0.0
    for proc in procs[:limit]:
        rss_mb = proc.info["memory_info"].rss / 1_048_576
        total_mb += rss_mb
        rows.append(f"{proc.info['pid']:>7}  {rss_mb:8.1f} MB  {proc.info['name']}")
    rows.append(f"{'':>7}  {total_mb:8.1f} MB  total")
    return "\n".join(rows)


def draw(screen):
    curses.curs_set(0)
    screen.nodelay(True)
    while screen.getch() != ord("q"):
        height, _width = screen.getmaxyx()
        screen.erase()
        screen.addstr(0, 0, "    PID       RSS        NAME   (q to quit)")
        screen.addstr(1, 0, process_table(height - 3))
        screen.refresh()
        time.sleep(REFRESH_SECONDS)


if __name__ == "__main__":
    curses.wrapper(draw)
