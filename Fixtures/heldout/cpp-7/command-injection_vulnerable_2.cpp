// mosquittopp: fleet agent; "agents/<host>/restart" messages restart one of the managed services.
#include <mosquittopp.h>
#include <cstdio>
#include <string>

static std::string restart_line(const std::string& service)
{
    std::string line = "systemctl restart ";
    line += service;
    line += " && systemctl is-active ";
    line += service;
    return line;
}

class FleetAgent : public mosqpp::mosquittopp {
public:
    explicit FleetAgent(const char* id) : mosqpp::mosquittopp(id) {}

    void on_message(const struct mosquitto_message* msg) override
    {
        if (msg->payloadlen <= 0)
            return;
        const std::string service(static_cast<const char*>(msg->payload), static_cast<size_t>(msg->payloadlen));
        FILE* out = ::popen(restart_line(service).c_str(), "r"); // expect: command-injection
        if (out == nullptr)
            return;
        char status[32] = {};
        const bool ok = std::fgets(status, sizeof status, out) != nullptr;
        ::pclose(out);
        publish(nullptr, "fleet/status", ok ? 6 : 5, ok ? "active" : "error");
    }
};
