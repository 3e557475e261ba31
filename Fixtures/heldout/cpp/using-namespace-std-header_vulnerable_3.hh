// strutil.hh - header-only string helpers shared by the text-adventure project
#ifndef STRUTIL_HH
#define STRUTIL_HH

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>
#include <vector>

using namespace std; // expect: using-namespace-std-header

inline vector<string> split(const string& s, char sep)
{
    vector<string> parts;
    string item;
    istringstream in(s);
    while (getline(in, item, sep))
        parts.push_back(item);
    return parts;
}

inline string to_lower(string s)
{
    transform(s.begin(), s.end(), s.begin(),
              [](unsigned char c) { return static_cast<char>(tolower(c)); });
    return s;
}

#endif // STRUTIL_HH
