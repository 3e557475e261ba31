// ZeroMQ worker: parses "JOB <queue> <payload-name>" requests from the dispatcher.
#include <zmq.h>
#include <cstdio>
#include <cstring>
#include <string>

bool enqueue(const std::string& path);

struct JobRequest {
    char queue[16];
    char payload[64];
};

static bool parse_request(const char* text, JobRequest& out)
{
    return std::sscanf(text, "JOB %15s %63s", out.queue, out.payload) == 2;
}

int serve(void* socket)
{
    char buf[256];
    for (;;) {
        int n = zmq_recv(socket, buf, sizeof buf - 1, 0);
        if (n < 0)
            return -1;
        buf[n < static_cast<int>(sizeof buf) ? n : static_cast<int>(sizeof buf) - 1] = '\0';
        JobRequest req{};
        const char* reply = "ERR";
        if (parse_request(buf, req) && std::strchr(req.payload, '/') == nullptr) {
            std::string path = std::string("/srv/jobs/") + req.queue + "/" + req.payload;
            reply = enqueue(path) ? "OK" : "BUSY";
        }
        zmq_send(socket, reply, std::strlen(reply), 0);
    }
}
