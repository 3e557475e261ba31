// reactor.cpp - single-threaded epoll reactor of the metrics relay; one Connection per accepted socket.
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <array>
#include <string>
#include <unordered_map>

namespace relay {

struct Connection {
    explicit Connection(int fd_) : fd(fd_) {}
    int fd;
    std::string inbox;
};

class Reactor {
public:
    explicit Reactor(int listen_fd) : listen_fd_(listen_fd), ep_(::epoll_create1(EPOLL_CLOEXEC)) { watch(listen_fd_); }

    ~Reactor()
    {
        for (auto& [fd, conn] : conns_) {
            ::close(fd);
            delete conn;
        }
        ::close(ep_);
    }

    void run_once()
    {
        std::array<epoll_event, 32> ready{};
        const int n = ::epoll_wait(ep_, ready.data(), static_cast<int>(ready.size()), 500);
        for (int i = 0; i < n; ++i) {
            const int fd = ready[static_cast<std::size_t>(i)].data.fd;
            if (fd == listen_fd_) {
                accept_one();
            } else {
                read_from(fd);
            }
        }
    }

private:
    void watch(int fd)
    {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.fd = fd;
        ::epoll_ctl(ep_, EPOLL_CTL_ADD, fd, &ev);
    }

    void accept_one()
    {
        const int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            return;
        }
        conns_[fd] = new Connection(fd); // expect: raw-new-delete
        watch(fd);
    }

    void read_from(int fd)
    {
        char buf[4096];
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        auto it = conns_.find(fd);
        if (it == conns_.end()) {
            return;
        }
        if (n <= 0) {
            ::close(fd);
            delete it->second;
            conns_.erase(it);
            return;
        }
        it->second->inbox.append(buf, static_cast<std::size_t>(n));
    }

    int listen_fd_;
    int ep_;
    std::unordered_map<int, Connection*> conns_;
};

}  // namespace relay
