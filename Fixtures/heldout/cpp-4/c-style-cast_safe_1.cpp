// Tile-map renderer: converts world coordinates to tiles and packs vertex colours.
#include <cmath>
#include <cstdint>
#include <vector>

struct Vec2 {
    float x;
    float y;
};

struct Vertex {
    float x, y;
    std::uint32_t rgba;
};

using TileCallback = void (*)(int index, void* user);

class TileMap {
public:
    TileMap(int width, int height, float tileSize) : width_(width), height_(height), tileSize_(tileSize) {}

    int tileIndexAt(Vec2 world) const
    {
        int tx = static_cast<int>(std::floor(world.x / tileSize_));
        int ty = static_cast<int>(std::floor(world.y / tileSize_));
        if (tx < 0 || ty < 0 || tx >= width_ || ty >= height_)
            return -1;
        return (ty * width_ + tx);
    }

    void emitQuad(std::vector<Vertex>& out, int index, float shade) const
    {
        float x0 = static_cast<float>(index % width_) * tileSize_;
        float y0 = static_cast<float>(index / width_) * tileSize_;
        std::uint32_t c = static_cast<std::uint32_t>(std::lround(shade * 255.0f)) * 0x01010100u | 0xffu;
        out.push_back({x0, y0, c});
        out.push_back({x0 + tileSize_, y0, c});
        out.push_back({x0 + tileSize_, y0 + tileSize_, c});
        out.push_back({x0, y0 + tileSize_, c});
    }

    const std::uint8_t* rawBytes(const std::vector<Vertex>& v) const
    {
        static_assert(sizeof(Vertex) == 12, "vertex layout changed");
        return reinterpret_cast<const std::uint8_t*>(v.data());
    }

    void forEachTile(TileCallback cb, void* user) const
    {
        for (int i = 0; i < width_ * height_; ++i)
            cb(i, user);
    }

    void debugDump(int verbose) const
    {
        (void)verbose;
    }

private:
    int width_;
    int height_;
    float tileSize_;
};
