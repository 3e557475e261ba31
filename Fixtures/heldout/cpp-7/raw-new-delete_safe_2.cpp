// cpp-httplib: chunked uploads; each upload id owns a growing byte buffer until it is committed.
#include <httplib.h>
#include <map>
#include <mutex>
#include <string>
#include <vector>

struct PendingUpload {
    std::vector<unsigned char> bytes;
};

class UploadRoutes {
public:
    void mount(httplib::Server& server)
    {
        server.Put(R"(/uploads/([a-z0-9-]+))", [this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard<std::mutex> lock(mutex_);
            PendingUpload& up = pending_[req.matches[1]];
            up.bytes.insert(up.bytes.end(), req.body.begin(), req.body.end());
            res.status = 204;
        });
    }

private:
    std::mutex mutex_;
    std::map<std::string, PendingUpload> pending_;
};
