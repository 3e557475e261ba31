// SFML: decoration layer of the level editor; each placed prop gets its own sprite.
#include <SFML/Graphics.hpp>
#include <vector>

class PropLayer {
public:
    explicit PropLayer(const sf::Texture& atlas) : atlas_(atlas) {}

    void place(const sf::IntRect& frame, sf::Vector2f where)
    {
        sf::Sprite& sprite = sprites_.emplace_back(atlas_, frame);
        sprite.setPosition(where);
        ++newPropsSinceSave_;
    }

    void draw(sf::RenderTarget& target) const
    {
        for (const sf::Sprite& s : sprites_)
            target.draw(s);
    }

    int newPropsSinceSave() const { return newPropsSinceSave_; }

private:
    const sf::Texture& atlas_;
    std::vector<sf::Sprite> sprites_;
    int newPropsSinceSave_ = 0;
};
