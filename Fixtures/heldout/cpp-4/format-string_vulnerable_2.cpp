// In-game developer console: echoes commands and prints localized messages.
#include <cstdarg>
#include <cstdio>
#include <map>
#include <string>

namespace engine {

class Console {
public:
    void loadStrings(const std::string& path)
    {
        FILE* f = std::fopen(path.c_str(), "r");
        if (f == nullptr)
            return;
        char key[64];
        char value[256];
        while (std::fscanf(f, "%63[^=]=%255[^\n]\n", key, value) == 2)
            strings_[key] = value;
        std::fclose(f);
    }

    void echo(const std::string& typed)
    {
        char line[300];
        std::snprintf(line, sizeof line, typed.c_str()); // expect: format-string
        history_ += line;
        history_ += '\n';
    }

    // messages come from the mod's strings file, e.g. "picked up %d coins"
    void say(const std::string& key, int amount)
    {
        auto it = strings_.find(key);
        if (it == strings_.end())
            return;
        std::printf(it->second.c_str(), amount); // expect: format-string
        std::putchar('\n');
    }

private:
    std::map<std::string, std::string> strings_;
    std::string history_;
};

} // namespace engine
