// SDL2 shooter: bullets are allocated as the player fires and removed when they leave the screen.
#include <SDL2/SDL.h>
#include <algorithm>
#include <vector>

struct Bullet {
    float x, y, vy;
    explicit Bullet(float x0, float y0) : x(x0), y(y0), vy(-480.0f) {}
};

class Weapon {
public:
    ~Weapon()
    {
        for (Bullet* b : bullets_)
            delete b;
    }

    void fire(float x, float y) { bullets_.push_back(new Bullet(x, y)); } // expect: raw-new-delete

    void update(float dt)
    {
        for (Bullet* b : bullets_)
            b->y += b->vy * dt;
        auto gone = std::partition(bullets_.begin(), bullets_.end(), [](const Bullet* b) { return b->y > 0.0f; });
        for (auto it = gone; it != bullets_.end(); ++it)
            delete *it;
        bullets_.erase(gone, bullets_.end());
    }

    void draw(SDL_Renderer* r) const
    {
        for (const Bullet* b : bullets_) {
            SDL_FRect rect{b->x, b->y, 3.0f, 8.0f};
            SDL_RenderFillRectF(r, &rect);
        }
    }

private:
    std::vector<Bullet*> bullets_;
};
