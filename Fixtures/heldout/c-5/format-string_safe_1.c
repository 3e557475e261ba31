/* feedtop.c - curses front end listing the newest items of the subscribed RSS feeds. */
#include <ncurses.h>
#include <string.h>

struct item {
    char title[160];
    char feed[48];
    int unread;
};

size_t feeds_latest(struct item *out, size_t max);

static void draw_list(const struct item *items, size_t n, int selected)
{
    int rows = LINES - 2;

    for (size_t i = 0; i < n && (int)i < rows; i++) {
        if ((int)i == selected)
            attron(A_REVERSE);
        mvprintw((int)i + 1, 0, "%-12.12s ", items[i].feed);
        printw("%s", items[i].title);
        clrtoeol();
        if ((int)i == selected)
            attroff(A_REVERSE);
    }
}

static void draw_status(const struct item *sel)
{
    mvaddnstr(LINES - 1, 0, sel ? sel->title : "no items", COLS - 1);
    clrtoeol();
}

int main(void)
{
    struct item items[64];
    size_t n = feeds_latest(items, 64);
    int selected = 0, ch;

    initscr();
    cbreak();
    noecho();
    keypad(stdscr, TRUE);
    do {
        erase();
        mvaddstr(0, 0, "feedtop - q quits");
        draw_list(items, n, selected);
        draw_status(n ? &items[selected] : NULL);
        refresh();
        ch = getch();
        if (ch == KEY_DOWN && selected + 1 < (int)n)
            selected++;
        else if (ch == KEY_UP && selected > 0)
            selected--;
    } while (ch != 'q');
    endwin();
    return 0;
}
