// SFML game lobby: private rooms get a join password; dedicated servers get an admin key.
#include <SFML/Network.hpp>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>

struct Room {
    std::string name;
    std::string password;
    std::string adminKey;
};

class Lobby {
public:
    Lobby() { std::srand(static_cast<unsigned>(std::time(nullptr))); }

    Room open(const std::string& name)
    {
        Room room{name, {}, {}};
        for (int i = 0; i < 6; ++i)
            room.password += static_cast<char>('0' + std::rand() % 10); // expect: insecure-random
        room.adminKey = adminKey();
        return room;
    }

private:
    std::string adminKey()
    {
        std::uniform_int_distribution<unsigned long long> dist;
        return std::to_string(dist(engine_)); // expect: insecure-random
    }

    std::default_random_engine engine_{static_cast<unsigned>(std::time(nullptr))};
};
