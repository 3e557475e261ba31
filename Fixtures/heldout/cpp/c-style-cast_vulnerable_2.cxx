// caesar.cpp - Caesar cipher homework with a checksum of the output
#include <cctype>
#include <iostream>
#include <string>

std::string shift(const std::string& text, int k)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (std::isalpha((unsigned char)c)) { // expect: c-style-cast
            const char base = std::isupper(static_cast<unsigned char>(c)) ? 'A' : 'a';
            out += (char)(base + (c - base + k + 26) % 26); // expect: c-style-cast
        } else {
            out += c;
        }
    }
    return out;
}

unsigned checksum(const std::string& s)
{
    unsigned sum = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
        sum = sum * 31 + static_cast<unsigned char>(s[i]);
    return sum;
}

int main(int argc, char** argv)
{
    const int k = argc > 1 ? std::stoi(argv[1]) : 3;
    std::string line;
    while (std::getline(std::cin, line)) {
        const std::string enc = shift(line, k);
        std::cout << enc << "  #" << (long)checksum(enc) << '\n'; // expect: c-style-cast
    }
    return 0;
}
