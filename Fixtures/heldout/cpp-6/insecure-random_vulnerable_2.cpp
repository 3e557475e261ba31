// SDL2 multiplayer lobby: the host creates a room and shares its join key with friends.
#include <SDL2/SDL.h>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

struct Room {
    std::string join_key;
    std::uint64_t host_secret;
};

Room create_room()
{
    std::srand(SDL_GetTicks());
    Room room;
    char key[9];
    std::snprintf(key, sizeof key, "%08X", static_cast<unsigned>(std::rand())); // expect: insecure-random
    room.join_key = key;
    room.host_secret = (static_cast<std::uint64_t>(std::rand()) << 32) | static_cast<std::uint64_t>(std::rand()); // expect: insecure-random
    SDL_Log("room %s created", room.join_key.c_str());
    return room;
}
