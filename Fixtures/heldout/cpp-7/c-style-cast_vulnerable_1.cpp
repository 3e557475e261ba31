// SFML: minimap overlay drawn in the corner of the window.
#include <SFML/Graphics.hpp>
#include <cmath>
#include <vector>

struct Blip {
    sf::Vector2f world;
    float fade;
};

class Minimap {
public:
    explicit Minimap(const sf::Vector2u& worldSize) : worldSize_(worldSize) {}

    void draw(sf::RenderWindow& window, const std::vector<Blip>& blips)
    {
        const float scale = 160.0f / (float)worldSize_.x; // expect: c-style-cast
        const sf::Vector2u win = window.getSize();
        sf::CircleShape dot(2.0f);
        for (const Blip& b : blips) {
            const sf::Uint8 alpha = (sf::Uint8)(255.0f * b.fade); // expect: c-style-cast
            dot.setFillColor(sf::Color(255, 80, 80, alpha));
            const int px = (int)std::lround(b.world.x * scale); // expect: c-style-cast
            const int py = static_cast<int>(std::lround(b.world.y * scale));
            dot.setPosition(static_cast<float>(win.x) - 170.0f + static_cast<float>(px),
                            10.0f + static_cast<float>(py));
            window.draw(dot);
        }
    }

private:
    sf::Vector2u worldSize_;
};
