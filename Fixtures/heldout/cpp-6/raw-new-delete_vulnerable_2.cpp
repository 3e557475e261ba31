// ZeroMQ router: reassembles multi-part uploads into a buffer per client identity.
#include <zmq.h>
#include <cstring>
#include <map>
#include <string>

class Reassembler {
public:
    ~Reassembler()
    {
        for (auto& entry : parts_)
            delete[] entry.second.data;
    }

    void begin(const std::string& client, std::size_t total)
    {
        Upload& up = parts_[client];
        delete[] up.data;
        up.data = new unsigned char[total]; // expect: raw-new-delete
        up.size = total;
        up.filled = 0;
    }

    bool append(const std::string& client, zmq_msg_t& part)
    {
        auto it = parts_.find(client);
        if (it == parts_.end())
            return false;
        std::size_t n = zmq_msg_size(&part);
        if (n > it->second.size - it->second.filled)
            return false;
        std::memcpy(it->second.data + it->second.filled, zmq_msg_data(&part), n);
        it->second.filled += n;
        return true;
    }

private:
    struct Upload {
        unsigned char* data = nullptr;
        std::size_t size = 0;
        std::size_t filled = 0;
    };
    std::map<std::string, Upload> parts_;
};
