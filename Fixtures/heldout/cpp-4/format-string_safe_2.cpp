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
        std::snprintf(line, sizeof line, "> %s", typed.c_str());
        history_ += line;
        history_ += '\n';
    }

    // messages from the mod's strings file use "{}" for the amount; they are never a format
    void say(const std::string& key, int amount)
    {
        auto it = strings_.find(key);
        if (it == strings_.end())
            return;
        std::string msg = it->second;
        auto pos = msg.find("{}");
        if (pos != std::string::npos)
            msg.replace(pos, 2, std::to_string(amount));
        std::puts(msg.c_str());
    }

    __attribute__((format(printf, 2, 3))) void logf(const char* fmt, ...)
    {
        va_list ap;
        va_start(ap, fmt);
        std::vfprintf(stderr, fmt, ap);
        va_end(ap);
    }

private:
    std::map<std::string, std::string> strings_;
    std::string history_;
};

} // namespace engine
