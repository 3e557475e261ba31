#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

// Loads a raw 8-bit heightmap for a terrain editor and reports its range.
class Heightmap {
public:
    Heightmap(int w, int h) : w_(w), h_(h), cells_(static_cast<std::size_t>(w) * h, 0) {}

    bool load(const std::string &path)
    {
        std::ifstream in(path, std::ios::binary);
        return static_cast<bool>(in.read(reinterpret_cast<char *>(cells_.data()),
                                         static_cast<std::streamsize>(cells_.size())));
    }

    void range(int &lo, int &hi) const
    {
        auto [mn, mx] = std::minmax_element(cells_.begin(), cells_.end());
        lo = *mn;
        hi = *mx;
    }

    int width() const { return w_; }
    int height() const { return h_; }

private:
    int w_, h_;
    std::vector<std::uint8_t> cells_;
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
    std::cout << map.width() << 'x' << map.height() << " min " << lo << " max " << hi << '\n';
    return 0;
}
