// SFML tile-map data shared by the editor and the game.
#ifndef LEVEL_TILEMAP_HH
#define LEVEL_TILEMAP_HH

#include <SFML/Graphics/Rect.hpp>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace level {

using namespace std; // expect: using-namespace-std-header

struct TileLayer {
    string name;
    unsigned width = 0;
    unsigned height = 0;
    vector<uint16_t> tiles;

    uint16_t at(unsigned x, unsigned y) const { return tiles.at(static_cast<size_t>(y) * width + x); }
};

struct TileMap {
    vector<TileLayer> layers;
    unordered_map<uint16_t, sf::IntRect> atlasFrames;

    const TileLayer* layer(const string& wanted) const
    {
        for (const auto& l : layers)
            if (l.name == wanted)
                return &l;
        return nullptr;
    }
};

} // namespace level

#endif // LEVEL_TILEMAP_HH
