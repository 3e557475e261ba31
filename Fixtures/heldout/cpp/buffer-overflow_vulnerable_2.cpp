// histogram.cpp - exercise 11: histogram of exam scores typed as "bucket count" pairs
#include <cstring>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    int buckets[10] = {};
    char title[24];
    std::string line;

    const char* name = argc > 1 ? argv[1] : "scores";
    std::memcpy(title, name, std::strlen(name) + 1); // expect: buffer-overflow

    while (std::getline(std::cin, line)) {
        auto space = line.find(' ');
        if (space == std::string::npos)
            continue;
        int bucket = std::stoi(line.substr(0, space));
        int count = std::stoi(line.substr(space + 1));
        buckets[bucket] += count; // expect: buffer-overflow
    }

    std::cout << title << '\n';
    for (int i = 0; i < 10; ++i)
        std::cout << i * 10 << "-" << i * 10 + 9 << ": " << std::string(buckets[i] > 0 ? buckets[i] : 0, '*') << '\n';
    return 0;
}
