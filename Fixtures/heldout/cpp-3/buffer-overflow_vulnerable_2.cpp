// glyphs.cpp - load a bitmap font: header, then per-glyph name and bitmap
#include <cstdint>
#include <fstream>
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
        in.read(g.name, name_len); // expect: buffer-overflow
        in.read(reinterpret_cast<char*>(&g.width), 1);
        in.read(reinterpret_cast<char*>(&height), 1);
        in.read(reinterpret_cast<char*>(g.rows), height); // expect: buffer-overflow
        glyphs.push_back(g);
    }
    return glyphs;
}
