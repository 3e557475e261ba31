// sessions.cpp (fixed) - read what you need before the session is destroyed
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <utility>

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
        const std::string player = it->second->player;
        sessions_.erase(it);
        std::cout << "kicked " << player << '\n';
    }

    void finish(int id)
    {
        auto it = sessions_.find(id);
        if (it == sessions_.end())
            return;
        std::unique_ptr<Session> s = std::move(it->second);
        sessions_.erase(it);
        std::cout << s->player << " finished with " << s->score << '\n';
    }

private:
    std::map<int, std::unique_ptr<Session>> sessions_;
};
