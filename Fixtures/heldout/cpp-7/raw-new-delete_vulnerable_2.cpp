// cpp-httplib: chunked uploads; each upload id owns a growing byte buffer until it is committed.
#include <httplib.h>
#include <cstring>
#include <map>
#include <mutex>
#include <string>

struct PendingUpload {
    unsigned char* bytes = nullptr;
    std::size_t size = 0;
};

class UploadRoutes {
public:
    void mount(httplib::Server& server)
    {
        server.Put(R"(/uploads/([a-z0-9-]+))", [this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard<std::mutex> lock(mutex_);
            PendingUpload& up = pending_[req.matches[1]];
            auto* grown = new unsigned char[up.size + req.body.size()]; // expect: raw-new-delete
            if (up.size > 0)
                std::memcpy(grown, up.bytes, up.size);
            std::memcpy(grown + up.size, req.body.data(), req.body.size());
            delete[] up.bytes;
            up.bytes = grown;
            up.size += req.body.size();
            res.status = 204;
        });
    }

private:
    std::mutex mutex_;
    std::map<std::string, PendingUpload> pending_;
};
