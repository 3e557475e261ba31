// scene.cpp - scene graph for the 2D level editor.
#include <memory>
#include <string>
#include <vector>

class Texture {
public:
    explicit Texture(std::string path) : path_(std::move(path)) {}
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

class SceneNode {
public:
    explicit SceneNode(std::string name) : name_(std::move(name)) {}
    SceneNode(const SceneNode&) = delete;
    SceneNode& operator=(const SceneNode&) = delete;

    SceneNode* add_child(const std::string& name) {
        children_.push_back(std::make_unique<SceneNode>(name));
        return children_.back().get();
    }

    void set_texture(const std::string& path) { texture_ = std::make_shared<Texture>(path); }

    std::size_t count_nodes() const {
        std::size_t new_count = 1;
        for (const auto& child : children_)
            new_count += child->count_nodes();
        return new_count;
    }

private:
    std::string name_;
    std::vector<std::unique_ptr<SceneNode>> children_;
    std::shared_ptr<Texture> texture_;
};
