// hud_safe.cpp - the HUD's resources are values and smart pointers
#include <memory>
#include <string>
#include <vector>

class Font {
public:
    explicit Font(std::string path) : path_(std::move(path)) {}
    int lineHeight() const { return 18; }

private:
    std::string path_;
};

struct Icon {
    int atlasX = 0;
    int atlasY = 0;
};

class Hud {
public:
    Hud(const std::string& fontPath, int iconCount)
        : font_(std::make_unique<Font>(fontPath)), icons_(static_cast<std::size_t>(iconCount)) {}

    Hud(const Hud&) = delete;
    Hud& operator=(const Hud&) = delete;

    void addWidget(const std::string& name) { widgets_.push_back(name); }

    void newGame() { widgets_.clear(); }

    int height() const {
        return font_->lineHeight() * static_cast<int>(widgets_.size()) + static_cast<int>(icons_.size());
    }

private:
    std::unique_ptr<Font> font_;
    std::vector<Icon> icons_;
    std::vector<std::string> widgets_;
};
