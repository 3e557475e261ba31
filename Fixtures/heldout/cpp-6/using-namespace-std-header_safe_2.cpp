// Entity-component storage used by the SDL2 game's render system (this translation unit only).
#include <cstdint>
#include <unordered_map>
#include <vector>

using namespace std;

namespace {

using Entity = uint32_t;

struct Sprite {
    int texture;
    float x, y;
};

class SpriteStorage {
public:
    Sprite& add(Entity e, Sprite s)
    {
        index_[e] = dense_.size();
        dense_.push_back(s);
        return dense_.back();
    }

    const vector<Sprite>& all() const { return dense_; }

private:
    vector<Sprite> dense_;
    unordered_map<Entity, size_t> index_;
};

} // namespace

size_t count_visible(const vector<pair<Entity, Sprite>>& input, float width)
{
    SpriteStorage storage;
    for (const auto& [e, s] : input)
        if (s.x >= 0.0f && s.x < width)
            storage.add(e, s);
    return storage.all().size();
}
