// sessions.cpp - session table for the game lobby server
#include <iostream>
#include <map>
#include <memory>
#include <string>

struct Session {
    int id;
    std::string player;
    int score = 0;
};

class Lobby {
public:
    void join(int id, const std::string& player)
    {
        sessions_[id] = std::make_unique<Session>(Session{id, player});
    }

    void kick(int id)
    {
        auto it = sessions_.find(id);
        if (it == sessions_.end())
            return;
        Session* s = it->second.get();
        it->second.reset();
        std::cout << "kicked " << s->player << '\n'; // expect: use-after-free
        sessions_.erase(it);
    }

    void finish(int id)
    {
        auto it = sessions_.find(id);
        if (it == sessions_.end())
            return;
        Session* s = it->second.get();
        sessions_.erase(it);
        std::cout << s->player << " finished with " << s->score << '\n'; // expect: use-after-free
    }

private:
    std::map<int, std::unique_ptr<Session>> sessions_;
};
