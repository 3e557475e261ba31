// framebuffer.cpp (fixed) - allocation failures throw std::bad_alloc
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>

extern "C" void gfx_submit(std::uint32_t* pixels, int width, int height);

class FrameBuffer {
public:
    FrameBuffer(int width, int height) : width_(width), height_(height)
    {
        pixels_ = static_cast<std::uint32_t*>(std::malloc(bytes()));
        if (pixels_ == nullptr)
            throw std::bad_alloc();
        std::memset(pixels_, 0, bytes());
    }

    void resize(int width, int height)
    {
        const std::size_t n = static_cast<std::size_t>(width) * height * sizeof(std::uint32_t);
        void* grown = std::realloc(pixels_, n);
        if (!grown)
            throw std::bad_alloc();
        pixels_ = static_cast<std::uint32_t*>(grown);
        width_ = width;
        height_ = height;
        std::memset(pixels_, 0, n);
    }

    void submit() { gfx_submit(pixels_, width_, height_); }

private:
    std::size_t bytes() const { return static_cast<std::size_t>(width_) * height_ * sizeof(std::uint32_t); }

    int width_;
    int height_;
    std::uint32_t* pixels_;
};
