// framebuffer.cpp - pixel buffer handed to a C graphics library (it frees with free())
#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" void gfx_submit(std::uint32_t* pixels, int width, int height);

class FrameBuffer {
public:
    FrameBuffer(int width, int height) : width_(width), height_(height)
    {
        pixels_ = static_cast<std::uint32_t*>(std::malloc(bytes())); // expect: unchecked-malloc
        std::memset(pixels_, 0, bytes());
    }

    void resize(int width, int height)
    {
        width_ = width;
        height_ = height;
        pixels_ = static_cast<std::uint32_t*>(std::realloc(pixels_, bytes())); // expect: unchecked-malloc
        std::memset(pixels_, 0, bytes());
    }

    void fill(std::uint32_t rgba)
    {
        for (int i = 0; i < width_ * height_; ++i)
            pixels_[i] = rgba;
    }

    void submit() { gfx_submit(pixels_, width_, height_); }

private:
    std::size_t bytes() const { return static_cast<std::size_t>(width_) * height_ * sizeof(std::uint32_t); }

    int width_;
    int height_;
    std::uint32_t* pixels_;
};
