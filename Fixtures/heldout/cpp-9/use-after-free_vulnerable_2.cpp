// Plugin host: reloads a tool plugin when its shared object changes on disk.
#include <memory>
#include <iostream>
#include <string>

struct ToolPlugin {
    std::string name;
    int version = 0;
    void shutdown() { std::cout << "stopping " << name << '\n'; }
};

std::unique_ptr<ToolPlugin> load_plugin(const std::string &path, int version) {
    auto p = std::make_unique<ToolPlugin>();
    p->name = path.substr(path.find_last_of('/') + 1);
    p->version = version;
    return p;
}

class PluginSlot {
public:
    void reload(const std::string &path, int version) {
        ToolPlugin *previous = current_.get();
        if (previous != nullptr)
            previous->shutdown();
        current_ = load_plugin(path, version);
        if (previous != nullptr)
            std::cout << "replaced v" << previous->version << " with v" << version << '\n'; // expect: use-after-free
    }

private:
    std::unique_ptr<ToolPlugin> current_;
};

int main() {
    PluginSlot slot;
    slot.reload("/opt/tools/crop.so", 1);
    slot.reload("/opt/tools/crop.so", 2);
    return 0;
}
