// SFML game lobby: private rooms get a join password; dedicated servers get an admin key.
#include <SFML/Network.hpp>
#include <botan/auto_rng.h>
#include <botan/hex.h>
#include <random>
#include <string>

struct Room {
    std::string name;
    std::string password;
    std::string adminKey;
    int mapIndex;
};

class Lobby {
public:
    Room open(const std::string& name)
    {
        Room room{name, {}, {}, 0};
        const auto digits = rng_.random_vec(6);
        for (const auto d : digits)
            room.password += static_cast<char>('0' + d % 10);
        room.adminKey = Botan::hex_encode(rng_.random_vec(16));
        std::uniform_int_distribution<int> mapPick(0, 7);
        room.mapIndex = mapPick(mapShuffle_);
        return room;
    }

private:
    Botan::AutoSeeded_RNG rng_;
    std::minstd_rand mapShuffle_{std::random_device{}()};
};
