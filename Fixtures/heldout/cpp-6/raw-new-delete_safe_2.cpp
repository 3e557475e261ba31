// ZeroMQ router: reassembles multi-part uploads into a buffer per client identity.
#include <zmq.h>
#include <cstring>
#include <map>
#include <string>
#include <vector>

class Reassembler {
public:
    void begin(const std::string& client, std::size_t total)
    {
        Upload& up = parts_[client];
        up.data.assign(total, 0);
        up.filled = 0;
    }

    bool append(const std::string& client, zmq_msg_t& part)
    {
        auto it = parts_.find(client);
        if (it == parts_.end())
            return false;
        std::size_t n = zmq_msg_size(&part);
        if (n > it->second.data.size() - it->second.filled)
            return false;
        std::memcpy(it->second.data.data() + it->second.filled, zmq_msg_data(&part), n);
        it->second.filled += n;
        return true;
    }

private:
    struct Upload {
        std::vector<unsigned char> data;
        std::size_t filled = 0;
    };
    std::map<std::string, Upload> parts_;
};
