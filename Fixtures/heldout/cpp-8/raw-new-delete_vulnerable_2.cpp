#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

// Loads a raw 8-bit heightmap for a terrain editor and reports its range.
class Heightmap {
public:
    Heightmap(int w, int h) : w_(w), h_(h)
    {
        cells_ = new std::uint8_t[static_cast<std::size_t>(w) * h]; // expect: raw-new-delete
        std::memset(cells_, 0, static_cast<std::size_t>(w) * h);
    }
    ~Heightmap() { delete[] cells_; }
    Heightmap(const Heightmap &) = delete;
    Heightmap &operator=(const Heightmap &) = delete;

    bool load(const std::string &path)
    {
        std::ifstream in(path, std::ios::binary);
        return static_cast<bool>(in.read(reinterpret_cast<char *>(cells_), static_cast<std::streamsize>(w_) * h_));
    }

    void range(int &lo, int &hi) const
    {
        lo = 255;
        hi = 0;
        for (int i = 0; i < w_ * h_; ++i) {
            lo = cells_[i] < lo ? cells_[i] : lo;
            hi = cells_[i] > hi ? cells_[i] : hi;
        }
    }

private:
    int w_, h_;
    std::uint8_t *cells_;
};

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    Heightmap map(513, 513);
    if (!map.load(argv[1])) {
        std::cerr << "short read\n";
        return 1;
    }
    int lo, hi;
    map.range(lo, hi);
    std::cout << "min " << lo << " max " << hi << '\n';
    return 0;
}
