// stats.cpp (model answer) - named casts only; parentheses here are grouping, not casts
#include <cstdint>
#include <cstring>
#include <iostream>
#include <vector>

struct Sample {
    std::uint16_t id;
    float value;
};

double mean(const std::vector<std::uint8_t>& bytes)
{
    const std::size_t n = bytes.size() / sizeof(Sample);
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        Sample s;
        std::memcpy(&s, bytes.data() + i * sizeof(Sample), sizeof(Sample));
        sum += s.value;
    }
    return n ? sum / static_cast<double>(n) : 0.0;
}

int rounded_percent(int part, int whole)
{
    return static_cast<int>((100.0 * part) / whole + 0.5);
}

int apply(int (*op)(int, int), int a, int b)
{
    return op(a, b);
}

int main(int argc, char** argv)
{
    (void)argv;
    const auto* raw = reinterpret_cast<const unsigned char*>("abc");
    std::cout << rounded_percent(argc, 3) << ' ' << (raw[0] + 1) * 2 << ' '
              << apply([](int a, int b) { return (a + b) * (a - b); }, 5, 3) << ' '
              << sizeof(int) << '\n';
    return 0;
}
