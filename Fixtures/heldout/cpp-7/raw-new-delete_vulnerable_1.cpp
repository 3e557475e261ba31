// SFML: decoration layer of the level editor; each placed prop gets its own sprite.
#include <SFML/Graphics.hpp>
#include <vector>

class PropLayer {
public:
    explicit PropLayer(const sf::Texture& atlas) : atlas_(atlas) {}

    ~PropLayer()
    {
        for (sf::Sprite* s : sprites_)
            delete s;
    }

    PropLayer(const PropLayer&) = delete;
    PropLayer& operator=(const PropLayer&) = delete;

    void place(const sf::IntRect& frame, sf::Vector2f where)
    {
        sf::Sprite* sprite = new sf::Sprite(atlas_, frame); // expect: raw-new-delete
        sprite->setPosition(where);
        sprites_.push_back(sprite);
    }

    void draw(sf::RenderTarget& target) const
    {
        for (const sf::Sprite* s : sprites_)
            target.draw(*s);
    }

private:
    const sf::Texture& atlas_;
    std::vector<sf::Sprite*> sprites_;
};
