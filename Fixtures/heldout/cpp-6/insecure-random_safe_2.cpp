// SDL2 multiplayer lobby: the host creates a room and shares its join key with friends.
#include <SDL2/SDL.h>
#include <sodium.h>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>

struct Room {
    std::string join_key;
    std::uint64_t host_secret;
    int map_index;
};

Room create_room(int map_count)
{
    Room room;
    char key[9];
    std::snprintf(key, sizeof key, "%08X", static_cast<unsigned>(randombytes_random()));
    room.join_key = key;
    randombytes_buf(&room.host_secret, sizeof room.host_secret);
    std::minstd_rand shuffle(SDL_GetTicks());
    room.map_index = std::uniform_int_distribution<int>(0, map_count - 1)(shuffle);
    SDL_Log("room %s created on map %d", room.join_key.c_str(), room.map_index);
    return room;
}
