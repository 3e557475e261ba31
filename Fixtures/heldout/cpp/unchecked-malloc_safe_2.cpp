// csvcols.cpp (fixed) - C strings for the legacy parser, every allocation checked
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

extern "C" int legacy_parse(char** fields, int count);

static void free_fields(char** fields, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        std::free(fields[i]);
    std::free(fields);
}

int parse_line(const std::vector<std::string>& parts)
{
    char** fields = static_cast<char**>(std::calloc(parts.size(), sizeof(char*)));
    if (fields == nullptr)
        return -1;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        char* copy = static_cast<char*>(std::malloc(parts[i].size() + 1));
        if (copy == nullptr) {
            free_fields(fields, i);
            return -1;
        }
        std::memcpy(copy, parts[i].c_str(), parts[i].size() + 1);
        fields[i] = copy;
    }
    int rc = legacy_parse(fields, static_cast<int>(parts.size()));
    free_fields(fields, parts.size());
    return rc;
}
