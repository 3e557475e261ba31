// hud.cpp - in-game HUD owning its font and icon atlas
#include <string>
#include <vector>

class Font {
public:
    explicit Font(const std::string& path) : path_(path) {}
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
    explicit Hud(const std::string& fontPath, int iconCount)
        : font_(new Font(fontPath)), // expect: raw-new-delete
          icons_(new Icon[iconCount]), // expect: raw-new-delete
          iconCount_(iconCount) {}

    ~Hud() {
        delete font_;
        delete[] icons_;
    }

    Hud(const Hud&) = delete;
    Hud& operator=(const Hud&) = delete;

    void addWidget(const std::string& name) {
        widgets_.push_back(new std::string(name)); // expect: raw-new-delete
    }

    int height() const { return font_->lineHeight() * static_cast<int>(widgets_.size()) + iconCount_; }

private:
    Font* font_;
    Icon* icons_;
    int iconCount_;
    std::vector<std::string*> widgets_;
};
