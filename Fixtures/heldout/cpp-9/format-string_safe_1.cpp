// Curses chat client: shows lines relayed by the room server in a scrolling window.
#include <curses.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>
#include <string>

class ChatView {
public:
    ChatView() {
        initscr();
        win_ = newwin(LINES - 1, COLS, 0, 0);
        scrollok(win_, TRUE);
    }
    ~ChatView() {
        delwin(win_);
        endwin();
    }

    void show(const std::string &line) {
        wprintw(win_, "%s\n", line.c_str());
        wrefresh(win_);
    }

    void status(const char *text) {
        mvaddstr(LINES - 1, 0, text);
        refresh();
    }

private:
    WINDOW *win_;
};

int main(int argc, char **argv) {
    if (argc != 3)
        return 2;
    addrinfo *ai = nullptr;
    if (getaddrinfo(argv[1], argv[2], nullptr, &ai) != 0)
        return 1;
    int fd = socket(ai->ai_family, SOCK_STREAM, 0);
    if (fd < 0 || connect(fd, ai->ai_addr, ai->ai_addrlen) != 0)
        return 1;
    freeaddrinfo(ai);
    ChatView view;
    std::string pending;
    char buf[512];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0) {
        pending.append(buf, static_cast<std::size_t>(n));
        for (auto nl = pending.find('\n'); nl != std::string::npos; nl = pending.find('\n')) {
            view.show(pending.substr(0, nl));
            pending.erase(0, nl + 1);
        }
    }
    view.status(argv[1]);
    close(fd);
    return 0;
}
