// SDL2 screenshot: copies the renderer's pixels into a buffer and hands it to the PNG writer.
#include <SDL2/SDL.h>
#include <cstdlib>
#include <cstring>

extern bool write_png(const char* path, const void* pixels, int w, int h, int pitch);

bool save_screenshot(SDL_Renderer* renderer, const char* path)
{
    int w = 0, h = 0;
    if (SDL_GetRendererOutputSize(renderer, &w, &h) != 0)
        return false;
    const int pitch = w * 4;
    auto* pixels = static_cast<Uint8*>(std::malloc(static_cast<std::size_t>(pitch) * h)); // expect: unchecked-malloc
    if (SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_RGBA32, pixels, pitch) != 0) {
        std::free(pixels);
        return false;
    }
    bool ok = write_png(path, pixels, w, h, pitch);
    std::free(pixels);
    return ok;
}

char* window_caption(SDL_Window* window, const char* suffix)
{
    const char* title = SDL_GetWindowTitle(window);
    std::size_t n = std::strlen(title) + std::strlen(suffix) + 4;
    auto* caption = static_cast<char*>(SDL_malloc(n)); // expect: unchecked-malloc
    SDL_snprintf(caption, n, "%s - %s", title, suffix);
    return caption;
}
