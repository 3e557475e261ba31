// histogram.cpp (model answer) - bucket indices are validated, the title is a std::string
#include <array>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    std::array<int, 10> buckets{};
    const std::string title = argc > 1 ? argv[1] : "scores";
    std::string line;

    while (std::getline(std::cin, line)) {
        auto space = line.find(' ');
        if (space == std::string::npos)
            continue;
        int bucket = std::stoi(line.substr(0, space));
        int count = std::stoi(line.substr(space + 1));
        if (bucket < 0 || bucket >= static_cast<int>(buckets.size()) || count < 0) {
            std::cerr << "ignored: " << line << '\n';
            continue;
        }
        buckets[bucket] += count;
    }

    std::cout << title << '\n';
    for (std::size_t i = 0; i < buckets.size(); ++i)
        std::cout << i * 10 << "-" << i * 10 + 9 << ": " << std::string(buckets.at(i), '*') << '\n';
    return 0;
}
