// Brightness histogram for a grayscale camera frame handed over by the capture library.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

struct Histogram {
    std::uint32_t *bins;
    int count;
};

bool histogram(const std::uint8_t *frame, std::size_t len, int bins, Histogram &h) {
    h.count = bins;
    h.bins = static_cast<std::uint32_t *>(std::calloc(bins, sizeof(std::uint32_t)));
    if (!h.bins)
        return false;
    for (std::size_t i = 0; i < len; ++i)
        h.bins[frame[i] * bins / 256]++;
    return true;
}

int main(int argc, char **argv) {
    const int bins = argc > 1 ? std::atoi(argv[1]) : 16;
    std::uint8_t frame[640 * 480];
    std::size_t got = std::fread(frame, 1, sizeof frame, stdin);
    Histogram h{};
    if (bins <= 0 || got == 0 || !histogram(frame, got, bins, h))
        return 1;
    for (int i = 0; i < h.count; ++i)
        std::printf("%3d %u\n", i, h.bins[i]);
    std::free(h.bins);
    return 0;
}
