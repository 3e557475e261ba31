// Entity-component storage shared by the SDL2 game's systems.
#ifndef GAME_ECS_HH
#define GAME_ECS_HH

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace game {

using namespace std; // expect: using-namespace-std-header

using Entity = uint32_t;

template <typename Component>
class Storage {
public:
    Component& add(Entity e, Component c)
    {
        index_[e] = dense_.size();
        dense_.push_back(move(c));
        owners_.push_back(e);
        return dense_.back();
    }

    Component* get(Entity e)
    {
        auto it = index_.find(e);
        return it == index_.end() ? nullptr : &dense_[it->second];
    }

private:
    vector<Component> dense_;
    vector<Entity> owners_;
    unordered_map<Entity, size_t> index_;
};

} // namespace game

#endif
