// Subtitle renderer: lays out one line of a .srt cue as glyph indices for the atlas.
#include <ft2build.h>
#include FT_FREETYPE_H
#include <fstream>
#include <string>
#include <vector>

struct GlyphRun {
    std::vector<FT_UInt> glyphs;
};

static void layout(FT_Face face, const std::string &text, GlyphRun &run) {
    run.glyphs.reserve(text.size());
    for (unsigned char ch : text)
        run.glyphs.push_back(FT_Get_Char_Index(face, ch));
}

int main(int argc, char **argv) {
    if (argc != 3)
        return 2;
    FT_Library lib;
    FT_Face face;
    if (FT_Init_FreeType(&lib) != 0 || FT_New_Face(lib, argv[1], 0, &face) != 0)
        return 1;
    std::ifstream srt(argv[2]);
    std::string line;
    int cues = 0;
    while (std::getline(srt, line)) {
        if (line.empty() || line.find("-->") != std::string::npos)
            continue;
        GlyphRun run;
        layout(face, line, run);
        ++cues;
    }
    FT_Done_Face(face);
    FT_Done_FreeType(lib);
    return cues > 0 ? 0 : 1;
}
