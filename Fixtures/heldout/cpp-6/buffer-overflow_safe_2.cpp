// SDL2 tile game: loads a level file of "x y tile" lines into the map grid.
#include <SDL2/SDL.h>
#include <array>
#include <cstdint>
#include <fstream>
#include <string>

constexpr int kWidth = 64;
constexpr int kHeight = 36;

struct Level {
    std::array<std::uint8_t, kWidth * kHeight> tiles{};
    char title[32]{};
};

bool load_level(const std::string& path, Level& level)
{
    std::ifstream in(path);
    if (!in)
        return false;
    std::string title;
    std::getline(in, title);
    std::size_t n = title.copy(level.title, sizeof level.title - 1);
    level.title[n] = '\0';
    int x = 0, y = 0, tile = 0;
    while (in >> x >> y >> tile) {
        if (x < 0 || y < 0 || x >= kWidth || y >= kHeight)
            continue;
        level.tiles.at(static_cast<std::size_t>(y * kWidth + x)) = static_cast<std::uint8_t>(tile);
    }
    SDL_Log("loaded level %s", level.title);
    return true;
}
