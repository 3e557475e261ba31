// Matchmaking lobby: private rooms are protected by a short join password shown to the host.
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <map>
#include <string>

struct Room {
    std::string host;
    std::string join_password;
    int max_players;
};

class Lobby {
public:
    Lobby() { std::srand(static_cast<unsigned>(std::time(nullptr))); }

    int open_private(const std::string &host, int max_players) {
        Room room{host, make_password(), max_players};
        rooms_[next_id_] = room;
        std::cout << "room " << next_id_ << " password " << room.join_password << '\n';
        return next_id_++;
    }

    bool join(int id, const std::string &password) const {
        auto it = rooms_.find(id);
        return it != rooms_.end() && it->second.join_password == password;
    }

private:
    static std::string make_password() {
        std::string pw;
        for (int i = 0; i < 6; ++i)
            pw += static_cast<char>('0' + std::rand() % 10); // expect: insecure-random
        return pw;
    }

    std::map<int, Room> rooms_;
    int next_id_ = 1;
};

int main() {
    Lobby lobby;
    int id = lobby.open_private("ferris", 4);
    return lobby.join(id, "000000") ? 1 : 0;
}
