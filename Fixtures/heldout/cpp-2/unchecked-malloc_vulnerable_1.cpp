// pcm_buffer.cpp - growable PCM sample buffer shared with the C audio driver.
#include <cstdlib>
#include <cstring>

extern "C" void driver_submit(const float* samples, std::size_t count);

class PcmBuffer {
public:
    explicit PcmBuffer(std::size_t initial)
        : data_(static_cast<float*>(std::calloc(initial, sizeof(float)))), cap_(initial) { // expect: unchecked-malloc
        data_[0] = 0.0f;
    }
    ~PcmBuffer() { std::free(data_); }
    PcmBuffer(const PcmBuffer&) = delete;
    PcmBuffer& operator=(const PcmBuffer&) = delete;

    void append(const float* samples, std::size_t count) {
        if (len_ + count > cap_) {
            cap_ = (len_ + count) * 2;
            data_ = static_cast<float*>(std::realloc(data_, cap_ * sizeof(float))); // expect: unchecked-malloc
        }
        std::memcpy(data_ + len_, samples, count * sizeof(float));
        len_ += count;
    }

    void flush() {
        driver_submit(data_, len_);
        len_ = 0;
    }

private:
    float* data_;
    std::size_t cap_;
    std::size_t len_ = 0;
};
