// Entity system of the sandbox engine: entities own their components.
#include <algorithm>
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
    ~Entity()
    {
        for (Component* c : components_)
            delete c;
    }
    Entity(const Entity&) = delete;
    Entity& operator=(const Entity&) = delete;

    template <typename T, typename... Args>
    T* add(Args&&... args)
    {
        T* c = new T(std::forward<Args>(args)...); // expect: raw-new-delete
        components_.push_back(c);
        return c;
    }

    void update(float dt)
    {
        for (Component* c : components_)
            c->update(dt);
    }

    const std::string& name() const { return name_; }

private:
    std::string name_;
    std::vector<Component*> components_;
};

class World {
public:
    ~World()
    {
        for (Entity* e : entities_)
            delete e;
    }

    Entity* spawn(const std::string& name, const std::string& texture)
    {
        Entity* e = new Entity(name); // expect: raw-new-delete
        e->add<Transform>();
        e->add<Sprite>(texture);
        entities_.push_back(e);
        return e;
    }

    float* scratchBuffer(std::size_t n)
    {
        delete[] scratch_;
        scratch_ = new float[n]; // expect: raw-new-delete
        return scratch_;
    }

private:
    std::vector<Entity*> entities_;
    float* scratch_ = nullptr;
};

} // namespace sandbox
