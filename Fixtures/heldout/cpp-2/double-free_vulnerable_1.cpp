// thumbnailer.cpp - decodes images through the C codec library into RGBA buffers.
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

extern "C" unsigned char* codec_decode(const char* path, int* w, int* h);  // malloc'd, caller frees
extern "C" int codec_resize(unsigned char* rgba, int w, int h, int tw, int th, unsigned char* out);

std::vector<unsigned char> thumbnail(const std::string& path, int tw, int th) {
    int w = 0, h = 0;
    unsigned char* raw = codec_decode(path.c_str(), &w, &h);
    if (raw == nullptr)
        throw std::runtime_error("cannot decode " + path);
    std::unique_ptr<unsigned char, decltype(&std::free)> guard(raw, &std::free);

    std::vector<unsigned char> out(static_cast<std::size_t>(tw) * th * 4);
    const int rc = codec_resize(raw, w, h, tw, th, out.data());
    std::free(raw); // expect: double-free
    if (rc != 0)
        throw std::runtime_error("resize failed for " + path);
    return out;
}

void convert_batch(const std::vector<std::string>& paths) {
    for (const auto& p : paths) {
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        try {
            pixels = codec_decode(p.c_str(), &w, &h);
            if (pixels == nullptr || w > 8192 || h > 8192)
                throw std::runtime_error("bad image");
        } catch (const std::exception&) {
            std::free(pixels);
        }
        std::free(pixels); // expect: double-free
    }
}
