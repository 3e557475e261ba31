// Session table of the telnet-style admin shell; sessions are created by the acceptor.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>

struct Session {
    int id;
    int fd;
    std::string user;
};

class SessionTable {
public:
    void close(int id)
    {
        auto it = sessions_.find(id);
        if (it == sessions_.end())
            return;
        Session* s = it->second;
        delete s;
        sessions_.erase(s->id); // expect: use-after-free
    }

    // reads one line from the client's C stream; the buffer comes from getline(3)
    bool readCommand(FILE* in, std::string& out)
    {
        char* line = nullptr;
        std::size_t cap = 0;
        ssize_t n = ::getline(&line, &cap, in);
        if (n < 0) {
            std::free(line);
            return false;
        }
        std::free(line);
        out.assign(line, static_cast<std::size_t>(n)); // expect: use-after-free
        return true;
    }

private:
    std::map<int, Session*> sessions_;
};
