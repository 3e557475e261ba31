// SDL2 particle effects: sparks fading over their lifetime.
#include <SDL2/SDL.h>
#include <cmath>
#include <vector>

struct Spark {
    float x, y, vx, vy, life;
};

void draw_sparks(SDL_Renderer* renderer, const std::vector<Spark>& sparks, float max_life)
{
    for (const Spark& s : sparks) {
        Uint8 alpha = static_cast<Uint8>((255.0f * s.life) / max_life);
        SDL_SetRenderDrawColor(renderer, 255, 200, 80, alpha);
        SDL_Rect r{static_cast<int>(std::lround(s.x)), static_cast<int>(std::lround(s.y)), 2, 2};
        SDL_RenderFillRect(renderer, &r);
    }
}

void* spark_user_data(SDL_Texture* texture)
{
    Uint32 format = 0;
    SDL_QueryTexture(texture, &format, nullptr, nullptr, nullptr);
    return static_cast<void*>(texture);
}
