// SFML: in-game chat overlay; lines come from other players over the lobby socket.
#include <SFML/Graphics.hpp>
#include <cstdio>
#include <deque>
#include <string>

class ChatOverlay {
public:
    explicit ChatOverlay(const sf::Font& font) : font_(font) {}

    void push(const std::string& player, const std::string& message)
    {
        char line[160];
        std::snprintf(line, sizeof line, (player + ": " + message).c_str()); // expect: format-string
        lines_.emplace_back(line);
        if (lines_.size() > 8)
            lines_.pop_front();
        if (message.rfind("/me ", 0) == 0)
            std::printf(message.c_str() + 4); // expect: format-string
    }

    void draw(sf::RenderTarget& target) const
    {
        sf::Text text("", font_, 14);
        float y = 10.0f;
        for (const auto& l : lines_) {
            text.setString(l);
            text.setPosition(10.0f, y);
            target.draw(text);
            y += 18.0f;
        }
    }

private:
    const sf::Font& font_;
    std::deque<std::string> lines_;
};
