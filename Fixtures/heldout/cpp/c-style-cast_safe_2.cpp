// caesar.cpp (model answer) - static_cast where a conversion is needed
#include <cctype>
#include <iostream>
#include <string>

std::string shift(const std::string& text, int k)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        const auto uc = static_cast<unsigned char>(c);
        if (std::isalpha(uc)) {
            const char base = std::isupper(uc) ? 'A' : 'a';
            out += static_cast<char>(base + (c - base + k + 26) % 26);
        } else {
            out += c;
        }
    }
    return out;
}

template <typename T>
T clamp_to(long long v, T lo, T hi)
{
    return v < lo ? lo : (v > hi ? hi : static_cast<T>(v));
}

int main(int argc, char** argv)
{
    const int k = argc > 1 ? clamp_to<int>(std::stoll(argv[1]), -25, 25) : 3;
    std::string line;
    while (std::getline(std::cin, line))
        std::cout << shift(line, k) << "  (" << (line.size() * 2) << " nibbles)\n";
    return 0;
}
