// png_rows_safe.cpp - the pixel buffer is owned by a unique_ptr with free as deleter
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>

extern "C" {
int png_open(const char* path, int* w, int* h);
int png_read_row(int handle, unsigned char* row);
void png_close(int handle);
void renderer_upload(const unsigned char* rgba, int w, int h);
}

void upload_image(const char* path) {
    int w = 0, h = 0;
    const int handle = png_open(path, &w, &h);
    if (handle < 0) {
        throw std::runtime_error("not a png");
    }
    std::unique_ptr<unsigned char, decltype(&std::free)> pixels(
        static_cast<unsigned char*>(std::malloc(static_cast<std::size_t>(w) * h * 4)), &std::free);
    if (!pixels) {
        png_close(handle);
        throw std::bad_alloc();
    }
    bool complete = true;
    for (int y = 0; y < h && complete; ++y) {
        complete = png_read_row(handle, pixels.get() + static_cast<std::size_t>(y) * w * 4) == 0;
    }
    png_close(handle);
    if (!complete) {
        std::fprintf(stderr, "%s: truncated\n", path);
        return;
    }
    renderer_upload(pixels.get(), w, h);
}
