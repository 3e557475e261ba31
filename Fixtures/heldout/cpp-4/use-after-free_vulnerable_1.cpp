// Projectile pool of the shooter prototype: expired projectiles explode where they are.
#include <algorithm>
#include <memory>
#include <vector>

struct Vec2 {
    float x = 0;
    float y = 0;
};

struct Projectile {
    Vec2 pos;
    Vec2 vel;
    float ttl = 2.0f;
    int damage = 10;
};

class Effects {
public:
    void explosion(Vec2 at, int strength) { pending_.push_back({at, strength}); }

private:
    struct Blast {
        Vec2 at;
        int strength;
    };
    std::vector<Blast> pending_;
};

class ProjectilePool {
public:
    explicit ProjectilePool(Effects& fx) : fx_(fx) {}

    void fire(Vec2 from, Vec2 vel) { live_.push_back(std::make_unique<Projectile>(Projectile{from, vel})); }

    void update(float dt)
    {
        for (auto it = live_.begin(); it != live_.end();) {
            Projectile* p = it->get();
            p->pos.x += p->vel.x * dt;
            p->pos.y += p->vel.y * dt;
            p->ttl -= dt;
            if (p->ttl <= 0.0f) {
                it = live_.erase(it);
                fx_.explosion(p->pos, p->damage); // expect: use-after-free
                continue;
            }
            ++it;
        }
    }

    void clearOldest()
    {
        if (live_.empty())
            return;
        Projectile* oldest = live_.front().get();
        live_.front().reset();
        live_.erase(live_.begin());
        fx_.explosion(oldest->pos, 1); // expect: use-after-free
    }

private:
    Effects& fx_;
    std::vector<std::unique_ptr<Projectile>> live_;
};
