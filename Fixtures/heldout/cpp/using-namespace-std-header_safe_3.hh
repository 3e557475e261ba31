// strutil.hh (fixed) - header-only helpers; the only `using` is the swap idiom inside a function
#ifndef STRUTIL_HH
#define STRUTIL_HH

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace strutil {

inline std::vector<std::string> split(const std::string& s, char sep)
{
    std::vector<std::string> parts;
    std::string item;
    std::istringstream in(s);
    while (std::getline(in, item, sep))
        parts.push_back(item);
    return parts;
}

template <typename T>
void reverse_pair(T& a, T& b)
{
    using std::swap; // lets ADL pick a user-defined swap
    swap(a, b);
}

} // namespace strutil

#endif // STRUTIL_HH
