#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

extern "C" {
// Legacy C codec: encodes `len` PCM samples into `out`, which must hold at least 2 * len bytes.
int adpcm_encode(const short *pcm, std::size_t len, unsigned char *out);
}

class ChunkEncoder {
public:
    std::string encode(const std::string &path)
    {
        std::FILE *f = std::fopen(path.c_str(), "rb");
        if (!f)
            return {};
        std::fseek(f, 0, SEEK_END);
        long bytes = std::ftell(f);
        std::rewind(f);
        std::size_t samples = static_cast<std::size_t>(bytes) / sizeof(short);
        short *pcm = static_cast<short *>(std::malloc(samples * sizeof(short))); // expect: unchecked-malloc
        std::size_t got = std::fread(pcm, sizeof(short), samples, f);
        std::fclose(f);
        std::string out(2 * got, '\0');
        int n = adpcm_encode(pcm, got, reinterpret_cast<unsigned char *>(out.data()));
        std::free(pcm);
        out.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
        return out;
    }
};

int main(int argc, char **argv)
{
    ChunkEncoder enc;
    for (int i = 1; i < argc; ++i)
        std::cout << argv[i] << ": " << enc.encode(argv[i]).size() << " bytes\n";
    return 0;
}
