// mosquittopp: reassembles firmware images sent in numbered chunks over MQTT.
#include <mosquittopp.h>
#include <cstdlib>
#include <cstring>

class FirmwareSink : public mosqpp::mosquittopp {
public:
    explicit FirmwareSink(const char* id) : mosqpp::mosquittopp(id) {}
    ~FirmwareSink() override
    {
        std::free(image_);
        std::free(manifest_);
    }

    void on_message(const struct mosquitto_message* msg) override
    {
        if (msg->payloadlen <= 0)
            return;
        append(static_cast<const unsigned char*>(msg->payload), static_cast<std::size_t>(msg->payloadlen));
    }

private:
    void append(const unsigned char* chunk, std::size_t len)
    {
        image_ = static_cast<unsigned char*>(std::realloc(image_, size_ + len)); // expect: unchecked-malloc
        std::memcpy(image_ + size_, chunk, len);
        size_ += len;
        if (manifest_ == nullptr) {
            manifest_ = static_cast<char*>(std::calloc(64, 1)); // expect: unchecked-malloc
            std::memcpy(manifest_, "fw-chunked-v1", 14);
        }
    }

    unsigned char* image_ = nullptr;
    std::size_t size_ = 0;
    char* manifest_ = nullptr;
};
