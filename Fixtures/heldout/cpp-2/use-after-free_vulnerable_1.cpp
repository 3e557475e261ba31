// editor_tabs.cpp - tab management for the text editor's GUI layer.
#include <iostream>
#include <map>
#include <memory>
#include <string>

struct Document {
    std::string path;
    bool dirty = false;
    void render() const { std::cout << (dirty ? "* " : "  ") << path << '\n'; }
};

class TabBar {
public:
    int open(const std::string& path) {
        const int id = next_id_++;
        tabs_.emplace(id, std::make_unique<Document>(Document{path}));
        active_ = tabs_.at(id).get();
        return id;
    }

    void close(int id) {
        Document* doc = tabs_.at(id).get();
        tabs_.erase(id);
        std::cout << "closed " << doc->path << '\n'; // expect: use-after-free
        if (active_ == doc)
            active_ = tabs_.empty() ? nullptr : tabs_.begin()->second.get();
    }

    void close_all_and_report() {
        Document* last = active_;
        tabs_.clear();
        if (last != nullptr)
            last->render(); // expect: use-after-free
        active_ = nullptr;
    }

private:
    std::map<int, std::unique_ptr<Document>> tabs_;
    Document* active_ = nullptr;
    int next_id_ = 1;
};
