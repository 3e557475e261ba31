// stats.cpp - exercise 9: statistics over sensor samples stored as raw bytes
#include <cstdint>
#include <iostream>
#include <vector>

struct Sample {
    std::uint16_t id;
    float value;
};

class Base {
public:
    virtual ~Base() = default;
};

class Sensor : public Base {
public:
    std::vector<Sample> samples;
};

double mean(const std::vector<std::uint8_t>& bytes)
{
    const Sample* s = (const Sample*)bytes.data(); // expect: c-style-cast
    std::size_t n = bytes.size() / sizeof(Sample);
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i)
        sum += s[i].value;
    return n ? sum / (double)n : 0.0; // expect: c-style-cast
}

int rounded_percent(int part, int whole)
{
    return (int)(100.0 * part / whole + 0.5); // expect: c-style-cast
}

std::size_t count(Base* b)
{
    Sensor* s = (Sensor*)b; // expect: c-style-cast
    return s->samples.size();
}
