// scene.cpp - scene graph for the 2D level editor.
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
    ~SceneNode() {
        for (SceneNode* child : children_)
            delete child;
        delete texture_;
    }
    SceneNode(const SceneNode&) = delete;
    SceneNode& operator=(const SceneNode&) = delete;

    SceneNode* add_child(const std::string& name) {
        children_.push_back(new SceneNode(name)); // expect: raw-new-delete
        return children_.back();
    }

    void set_texture(const std::string& path) {
        delete texture_;
        texture_ = new Texture(path); // expect: raw-new-delete
    }

private:
    std::string name_;
    std::vector<SceneNode*> children_;
    Texture* texture_ = nullptr;
};
