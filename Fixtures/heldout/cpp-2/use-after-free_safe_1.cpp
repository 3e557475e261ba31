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
        auto it = tabs_.find(id);
        if (it == tabs_.end())
            return;
        std::unique_ptr<Document> doc = std::move(it->second);
        tabs_.erase(it);
        std::cout << "closed " << doc->path << '\n';
        if (active_ == doc.get())
            active_ = tabs_.empty() ? nullptr : tabs_.begin()->second.get();
    }

    void close_all_and_report() {
        if (active_ != nullptr)
            active_->render();
        active_ = nullptr;
        tabs_.clear();
    }

private:
    std::map<int, std::unique_ptr<Document>> tabs_;
    Document* active_ = nullptr;
    int next_id_ = 1;
};
