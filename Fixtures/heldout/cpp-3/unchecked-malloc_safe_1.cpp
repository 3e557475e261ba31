// audio_ring_safe.cpp - malloc'd sample buffer with every allocation checked
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>

class SampleRing {
public:
    explicit SampleRing(std::size_t frames) : frames_(frames) {
        data_ = static_cast<float*>(std::calloc(frames, sizeof(float)));
        if (data_ == nullptr) {
            throw std::bad_alloc();
        }
    }

    ~SampleRing() { std::free(data_); }

    SampleRing(const SampleRing&) = delete;
    SampleRing& operator=(const SampleRing&) = delete;

    bool resize(std::size_t frames) {
        void* p = std::realloc(data_, frames * sizeof(float));
        if (!p) {
            return false;
        }
        data_ = static_cast<float*>(p);
        if (frames > frames_) {
            std::memset(data_ + frames_, 0, (frames - frames_) * sizeof(float));
        }
        frames_ = frames;
        return true;
    }

private:
    std::size_t frames_;
    float* data_ = nullptr;
};
