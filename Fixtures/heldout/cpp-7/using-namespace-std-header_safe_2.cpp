// SFML tile-map loader of the editor (a source file, so the using-directive stays local to it).
#include <SFML/Graphics/Rect.hpp>
#include <cstdint>
#include <fstream>
#include <string>
#include <unordered_map>
#include <vector>

using namespace std;

namespace level {

struct TileLayer {
    string name;
    unsigned width = 0;
    unsigned height = 0;
    vector<uint16_t> tiles;
};

bool load_layer(const string& path, TileLayer& layer)
{
    ifstream in(path, ios::binary);
    if (!in || !(in >> layer.name >> layer.width >> layer.height))
        return false;
    layer.tiles.resize(static_cast<size_t>(layer.width) * layer.height);
    for (auto& t : layer.tiles) {
        unsigned value = 0;
        if (!(in >> value) || value > 0xFFFF)
            return false;
        t = static_cast<uint16_t>(value);
    }
    return true;
}

} // namespace level
