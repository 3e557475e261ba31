// glyphs_safe.cpp - bitmap font loader that rejects lengths larger than the fields
#include <cstdint>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

struct Glyph {
    char name[24];
    std::uint8_t width;
    std::uint8_t rows[16];
};

std::vector<Glyph> load_font(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::vector<Glyph> glyphs;
    std::uint16_t count = 0;
    in.read(reinterpret_cast<char*>(&count), sizeof count);
    for (std::uint16_t i = 0; i < count && in; ++i) {
        Glyph g{};
        std::uint8_t name_len = 0;
        std::uint8_t height = 0;
        in.read(reinterpret_cast<char*>(&name_len), 1);
        if (name_len >= sizeof g.name) {
            throw std::runtime_error("glyph name too long");
        }
        in.read(g.name, name_len);
        in.read(reinterpret_cast<char*>(&g.width), 1);
        in.read(reinterpret_cast<char*>(&height), 1);
        if (height > sizeof g.rows) {
            throw std::runtime_error("glyph too tall");
        }
        in.read(reinterpret_cast<char*>(g.rows), height);
        glyphs.push_back(g);
    }
    return glyphs;
}
