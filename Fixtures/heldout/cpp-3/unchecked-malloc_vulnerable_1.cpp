// audio_ring.cpp - sample buffer shared with a C audio callback (must be malloc'd)
#include <cstddef>
#include <cstdlib>
#include <cstring>

extern "C" int audio_start(void (*cb)(float*, std::size_t, void*), void* user);

class SampleRing {
public:
    explicit SampleRing(std::size_t frames)
        : frames_(frames), data_(static_cast<float*>(std::malloc(frames * sizeof(float)))) { // expect: unchecked-malloc
        std::memset(data_, 0, frames_ * sizeof(float));
    }

    ~SampleRing() { std::free(data_); }

    SampleRing(const SampleRing&) = delete;
    SampleRing& operator=(const SampleRing&) = delete;

    void resize(std::size_t frames) {
        data_ = static_cast<float*>(std::realloc(data_, frames * sizeof(float))); // expect: unchecked-malloc
        if (frames > frames_) {
            std::memset(data_ + frames_, 0, (frames - frames_) * sizeof(float));
        }
        frames_ = frames;
    }

    float peak() const {
        float p = 0.0f;
        for (std::size_t i = 0; i < frames_; ++i) {
            p = data_[i] > p ? data_[i] : p;
        }
        return p;
    }

private:
    std::size_t frames_;
    float* data_;
};
