// savegame.cpp - loads the player's save file (save.dat) for the platformer.
#include <cstdint>
#include <fstream>
#include <string>

struct SaveGame {
    std::uint32_t level = 0;
    std::uint32_t coins = 0;
    char hero_name[64] = {};
    std::uint8_t flags[128] = {};
};

bool load_save(const std::string& path, SaveGame& save) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::uint32_t name_len = 0;
    std::uint32_t flag_count = 0;
    in.read(reinterpret_cast<char*>(&save.level), sizeof save.level);
    in.read(reinterpret_cast<char*>(&save.coins), sizeof save.coins);
    in.read(reinterpret_cast<char*>(&name_len), sizeof name_len);
    if (!in || name_len >= sizeof save.hero_name)
        return false;
    in.read(save.hero_name, name_len);
    in.read(reinterpret_cast<char*>(&flag_count), sizeof flag_count);
    if (!in || flag_count > sizeof save.flags)
        return false;
    for (std::uint32_t i = 0; i < flag_count; ++i) {
        char f = 0;
        in.get(f);
        save.flags[i] = static_cast<std::uint8_t>(f);
    }
    return static_cast<bool>(in);
}
