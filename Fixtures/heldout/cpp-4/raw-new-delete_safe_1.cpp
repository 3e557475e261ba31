// Entity system of the sandbox engine: entities own their components.
#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace sandbox {

struct Component {
    virtual ~Component() = default;
    virtual void update(float dt) = 0;
};

struct Transform : Component {
    float x = 0, y = 0, angle = 0;
    void update(float) override {}
};

struct Sprite : Component {
    std::string texture;
    explicit Sprite(std::string t) : texture(std::move(t)) {}
    void update(float) override {}
};

class Entity {
public:
    explicit Entity(std::string name) : name_(std::move(name)) {}
    Entity(const Entity&) = delete;
    Entity& operator=(const Entity&) = delete;

    template <typename T, typename... Args>
    T* add(Args&&... args)
    {
        auto c = std::make_unique<T>(std::forward<Args>(args)...);
        T* raw = c.get();
        components_.push_back(std::move(c));
        return raw;
    }

    void update(float dt)
    {
        for (auto& c : components_)
            c->update(dt);
    }

    const std::string& name() const { return name_; }

private:
    std::string name_;
    std::vector<std::unique_ptr<Component>> components_;
};

class World {
public:
    Entity& spawn(const std::string& name, const std::string& texture)
    {
        entities_.push_back(std::make_unique<Entity>(name));
        Entity& e = *entities_.back();
        e.add<Transform>();
        e.add<Sprite>(texture);
        ++newEntitiesThisFrame_;
        return e;
    }

    float* scratchBuffer(std::size_t n)
    {
        scratch_.assign(n, 0.0f);
        return scratch_.data();
    }

    void newFrame() { newEntitiesThisFrame_ = 0; }

private:
    std::vector<std::unique_ptr<Entity>> entities_;
    std::vector<float> scratch_;
    int newEntitiesThisFrame_ = 0;
};

} // namespace sandbox
