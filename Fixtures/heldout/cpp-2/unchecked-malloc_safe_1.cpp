// pcm_buffer.cpp - growable PCM sample buffer shared with the C audio driver.
#include <cstdlib>
#include <cstring>
#include <new>

extern "C" void driver_submit(const float* samples, std::size_t count);

class PcmBuffer {
public:
    explicit PcmBuffer(std::size_t initial)
        : data_(static_cast<float*>(std::calloc(initial ? initial : 1, sizeof(float)))), cap_(initial ? initial : 1) {
        if (data_ == nullptr)
            throw std::bad_alloc();
    }
    ~PcmBuffer() { std::free(data_); }
    PcmBuffer(const PcmBuffer&) = delete;
    PcmBuffer& operator=(const PcmBuffer&) = delete;

    void append(const float* samples, std::size_t count) {
        if (len_ + count > cap_) {
            const std::size_t cap = (len_ + count) * 2;
            auto* grown = static_cast<float*>(std::realloc(data_, cap * sizeof(float)));
            if (!grown)
                throw std::bad_alloc();
            data_ = grown;
            cap_ = cap;
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
