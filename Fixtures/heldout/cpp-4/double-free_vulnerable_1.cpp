// Texture loader for the sandbox engine: decodes TGA files with a C decoder.
#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

extern "C" {
// provided by the vendored tga.c: returns malloc'ed RGBA pixels or NULL
unsigned char* tga_decode(const char* path, int* width, int* height);
}

namespace sandbox {

struct Texture {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
};

Texture loadTexture(const std::string& path, bool requirePowerOfTwo)
{
    int w = 0;
    int h = 0;
    unsigned char* pixels = tga_decode(path.c_str(), &w, &h);
    if (pixels == nullptr)
        throw std::runtime_error("cannot decode " + path);

    auto isPow2 = [](int v) { return v > 0 && (v & (v - 1)) == 0; };
    if (requirePowerOfTwo && (!isPow2(w) || !isPow2(h))) {
        std::free(pixels);
        pixels = nullptr;
        throw std::runtime_error(path + ": texture size must be a power of two");
    }

    Texture tex;
    tex.width = w;
    tex.height = h;
    try {
        tex.rgba.assign(pixels, pixels + static_cast<std::size_t>(w) * h * 4);
    } catch (...) {
        std::free(pixels);
        throw;
    }
    std::free(pixels);
    if (tex.rgba.empty())
        std::free(pixels); // expect: double-free
    return tex;
}

} // namespace sandbox
