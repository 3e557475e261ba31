// png_rows.cpp - decode PNG rows into a malloc'd buffer handed to a C renderer
#include <cstdlib>
#include <cstdio>
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
    auto* pixels = static_cast<unsigned char*>(std::malloc(static_cast<std::size_t>(w) * h * 4));
    if (pixels == nullptr) {
        png_close(handle);
        throw std::bad_alloc();
    }
    bool complete = true;
    for (int y = 0; y < h; ++y) {
        if (png_read_row(handle, pixels + static_cast<std::size_t>(y) * w * 4) != 0) {
            std::fprintf(stderr, "%s: truncated at row %d\n", path, y);
            std::free(pixels);
            complete = false;
            break;
        }
    }
    png_close(handle);
    if (complete) {
        renderer_upload(pixels, w, h);
    }
    std::free(pixels); // expect: double-free
}
