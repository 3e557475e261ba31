// csvcols.cpp - split a CSV line into C strings for a legacy C parser API
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

extern "C" int legacy_parse(char** fields, int count);

int parse_line(const std::string& line)
{
    std::vector<std::string> parts;
    std::string::size_type start = 0, comma;
    while ((comma = line.find(',', start)) != std::string::npos) {
        parts.push_back(line.substr(start, comma - start));
        start = comma + 1;
    }
    parts.push_back(line.substr(start));

    char** fields = static_cast<char**>(std::calloc(parts.size(), sizeof(char*))); // expect: unchecked-malloc
    for (std::size_t i = 0; i < parts.size(); ++i) {
        fields[i] = static_cast<char*>(std::malloc(parts[i].size() + 1)); // expect: unchecked-malloc
        std::memcpy(fields[i], parts[i].c_str(), parts[i].size() + 1);
    }
    int rc = legacy_parse(fields, static_cast<int>(parts.size()));
    for (std::size_t i = 0; i < parts.size(); ++i)
        std::free(fields[i]);
    std::free(fields);
    return rc;
}
