// mosquittopp: fleet agent; "agents/<host>/restart" messages restart one of the managed services.
#include <mosquittopp.h>
#include <set>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

static bool restart(const std::string& service)
{
    const pid_t pid = ::fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        ::execlp("systemctl", "systemctl", "restart", "--", service.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    int status = 0;
    return ::waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

class FleetAgent : public mosqpp::mosquittopp {
public:
    explicit FleetAgent(const char* id) : mosqpp::mosquittopp(id) {}

    void on_message(const struct mosquitto_message* msg) override
    {
        static const std::set<std::string> managed = { "nginx", "collector", "edge-cache" };
        if (msg->payloadlen <= 0)
            return;
        const std::string service(static_cast<const char*>(msg->payload), static_cast<size_t>(msg->payloadlen));
        if (managed.count(service) == 0)
            return;
        const bool ok = restart(service);
        publish(nullptr, "fleet/status", ok ? 6 : 5, ok ? "active" : "error");
    }
};
