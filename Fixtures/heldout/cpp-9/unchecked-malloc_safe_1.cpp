// Font atlas builder: copies each rendered glyph bitmap into its own tightly packed buffer.
#include <ft2build.h>
#include FT_FREETYPE_H
#include <cstdlib>
#include <cstring>
#include <map>

struct GlyphBitmap {
    unsigned width = 0, rows = 0;
    unsigned char *pixels = nullptr;
};

class Atlas {
public:
    ~Atlas() {
        for (auto &g : glyphs_)
            std::free(g.second.pixels);
    }

    bool add(FT_Face face, FT_ULong code) {
        if (FT_Load_Char(face, code, FT_LOAD_RENDER) != 0)
            return false;
        const FT_Bitmap &bm = face->glyph->bitmap;
        GlyphBitmap g;
        g.width = bm.width;
        g.rows = bm.rows;
        g.pixels = static_cast<unsigned char *>(std::malloc(static_cast<std::size_t>(bm.width) * bm.rows));
        if (g.pixels == nullptr)
            return false;
        for (unsigned r = 0; r < bm.rows; ++r)
            std::memcpy(g.pixels + r * bm.width, bm.buffer + r * bm.pitch, bm.width);
        glyphs_[code] = g;
        return true;
    }

private:
    std::map<FT_ULong, GlyphBitmap> glyphs_;
};
