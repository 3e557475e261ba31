// SDL2: builds a texture atlas from PNG icons loaded through SDL_image-style surfaces.
#include <SDL2/SDL.h>
#include <string>
#include <vector>

struct AtlasEntry {
    std::string name;
    SDL_Rect where;
};

extern SDL_Surface* load_icon(const std::string& path);

static void release(SDL_Surface* surface)
{
    SDL_FreeSurface(surface);
}

bool pack_icon(SDL_Surface* atlas, const std::string& path, int& cursor_x, std::vector<AtlasEntry>& entries)
{
    SDL_Surface* icon = load_icon(path);
    if (icon == nullptr)
        return false;
    SDL_Rect dst{cursor_x, 0, icon->w, icon->h};
    int rc = SDL_BlitSurface(icon, nullptr, atlas, &dst);
    cursor_x += icon->w + 1;
    release(icon);
    if (rc != 0)
        return false;
    entries.push_back({path, dst});
    return true;
}
