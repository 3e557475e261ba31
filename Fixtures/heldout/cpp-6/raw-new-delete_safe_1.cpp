// SDL2 shooter: bullets are created as the player fires and removed when they leave the screen.
#include <SDL2/SDL.h>
#include <algorithm>
#include <vector>

struct Bullet {
    float x, y, vy;
    explicit Bullet(float x0, float y0) : x(x0), y(y0), vy(-480.0f) {}
};

class Weapon {
public:
    void fire(float x, float y)
    {
        bullets_.emplace_back(x, y);
        ++newShotsThisFrame_;
    }

    void update(float dt)
    {
        for (Bullet& b : bullets_)
            b.y += b.vy * dt;
        bullets_.erase(std::remove_if(bullets_.begin(), bullets_.end(), [](const Bullet& b) { return b.y <= 0.0f; }),
                       bullets_.end());
        newShotsThisFrame_ = 0;
    }

    void draw(SDL_Renderer* r) const
    {
        for (const Bullet& b : bullets_) {
            SDL_FRect rect{b.x, b.y, 3.0f, 8.0f};
            SDL_RenderFillRectF(r, &rect);
        }
    }

private:
    std::vector<Bullet> bullets_;
    int newShotsThisFrame_ = 0;
};
