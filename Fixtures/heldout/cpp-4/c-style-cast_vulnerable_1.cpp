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

class TileMap {
public:
    TileMap(int width, int height, float tileSize) : width_(width), height_(height), tileSize_(tileSize) {}

    int tileIndexAt(Vec2 world) const
    {
        int tx = (int)std::floor(world.x / tileSize_); // expect: c-style-cast
        int ty = static_cast<int>(std::floor(world.y / tileSize_));
        if (tx < 0 || ty < 0 || tx >= width_ || ty >= height_)
            return -1;
        return ty * width_ + tx;
    }

    static std::uint32_t packColour(float r, float g, float b, float a)
    {
        auto channel = [](float v) { return static_cast<std::uint32_t>(std::lround(v * 255.0f)) & 0xffu; };
        return channel(r) << 24 | channel(g) << 16 | channel(b) << 8 | channel(a);
    }

    void emitQuad(std::vector<Vertex>& out, int index, float shade) const
    {
        float x0 = (float)(index % width_) * tileSize_; // expect: c-style-cast
        float y0 = static_cast<float>(index / width_) * tileSize_;
        std::uint32_t c = packColour(shade, shade, shade, 1.0f);
        out.push_back({x0, y0, c});
        out.push_back({x0 + tileSize_, y0, c});
        out.push_back({x0 + tileSize_, y0 + tileSize_, c});
        out.push_back({x0, y0 + tileSize_, c});
    }

    const std::uint8_t* rawBytes(const std::vector<Vertex>& v) const
    {
        return (const std::uint8_t*)v.data(); // expect: c-style-cast
    }

private:
    int width_;
    int height_;
    float tileSize_;
};
