// Matchmaking lobby: private rooms are protected by a short join password shown to the host.
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <string>

struct Room {
    std::string host;
    std::string join_password;
    int max_players;
    int map_index;
};

class Lobby {
public:
    int open_private(const std::string &host, int max_players) {
        std::uniform_int_distribution<int> maps(0, 7);
        Room room{host, make_password(), max_players, maps(map_shuffle_)};
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
            pw += static_cast<char>('0' + arc4random_uniform(10));
        return pw;
    }

    std::map<int, Room> rooms_;
    std::mt19937 map_shuffle_{std::random_device{}()};
    int next_id_ = 1;
};

int main() {
    Lobby lobby;
    int id = lobby.open_private("ferris", 4);
    return lobby.join(id, "000000") ? 1 : 0;
}
