// session_table.cpp - the chat gateway's table of live sessions, keyed by socket.
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <unordered_map>

namespace gateway {

struct Session {
    int fd;
    std::string nick;
    std::chrono::steady_clock::time_point last_seen;
};

class SessionTable {
public:
    Session& open(int fd, std::string nick)
    {
        auto session = std::make_unique<Session>(Session{fd, std::move(nick), std::chrono::steady_clock::now()});
        Session& ref = *session;
        sessions_[fd] = std::move(session);
        return ref;
    }

    void close(int fd)
    {
        auto it = sessions_.find(fd);
        if (it == sessions_.end()) {
            return;
        }
        Session* s = it->second.get();
        sessions_.erase(it);
        std::printf("session %d (%s) closed\n", s->fd, s->nick.c_str()); // expect: use-after-free
    }

    void expire(std::chrono::seconds idle)
    {
        const auto now = std::chrono::steady_clock::now();
        for (auto it = sessions_.begin(); it != sessions_.end();) {
            if (now - it->second->last_seen > idle) {
                Session* s = it->second.get();
                it->second.reset();
                std::printf("session %s timed out\n", s->nick.c_str()); // expect: use-after-free
                it = sessions_.erase(it);
            } else {
                ++it;
            }
        }
    }

private:
    std::unordered_map<int, std::unique_ptr<Session>> sessions_;
};

}  // namespace gateway
