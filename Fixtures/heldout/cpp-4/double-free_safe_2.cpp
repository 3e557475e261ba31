// Wraps the vendor's C audio codec handle; used by the jukebox's decoder thread.
#include <cstdlib>
#include <cstring>
#include <string>

extern "C" {
struct codec;
struct codec* codec_open(const char* path);
int codec_read(struct codec* c, short* out, int frames);
void codec_close(struct codec* c);
}

class Decoder {
public:
    explicit Decoder(const std::string& path) : handle_(codec_open(path.c_str())) {}
    ~Decoder() { close(); }

    Decoder(const Decoder&) = delete;
    Decoder& operator=(const Decoder&) = delete;

    bool ok() const { return handle_ != nullptr; }

    int read(short* out, int frames) { return handle_ ? codec_read(handle_, out, frames) : -1; }

    // safe to call twice: the handle is cleared after the first close
    void close()
    {
        if (handle_ != nullptr) {
            codec_close(handle_);
            handle_ = nullptr;
        }
    }

private:
    codec* handle_;
};

// converts a whole file to mono and returns a malloc'ed buffer for the C mixer
short* decodeMono(const std::string& path, int maxFrames, int* framesOut)
{
    Decoder dec(path);
    if (!dec.ok())
        return nullptr;
    short* stereo = static_cast<short*>(std::malloc(sizeof(short) * 2 * maxFrames));
    short* mono = static_cast<short*>(std::malloc(sizeof(short) * maxFrames));
    int n = (stereo != nullptr && mono != nullptr) ? dec.read(stereo, maxFrames) : -1;
    if (n > 0) {
        for (int i = 0; i < n; ++i)
            mono[i] = static_cast<short>((stereo[2 * i] + stereo[2 * i + 1]) / 2);
        *framesOut = n;
    } else {
        std::free(mono);
        mono = nullptr;
    }
    std::free(stereo);
    dec.close();
    return mono;
}
