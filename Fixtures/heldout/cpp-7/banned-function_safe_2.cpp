// mosquittopp: the greenhouse controller reads "zone name threshold" commands from MQTT.
#include <mosquittopp.h>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>

struct ZoneCommand {
    int zone = 0;
    char name[16] = {};
    double threshold = 0.0;
};

static bool parse_command(const char* text, ZoneCommand& out)
{
    return std::sscanf(text, "%d %15s %lf", &out.zone, out.name, &out.threshold) == 3;
}

class Controller : public mosqpp::mosquittopp {
public:
    explicit Controller(const char* id) : mosqpp::mosquittopp(id) {}

    void on_message(const struct mosquitto_message* msg) override
    {
        if (msg->payloadlen <= 0 || msg->payloadlen > 255)
            return;
        char text[256];
        std::memcpy(text, msg->payload, static_cast<size_t>(msg->payloadlen));
        text[msg->payloadlen] = '\0';

        ZoneCommand cmd;
        if (parse_command(text, cmd))
            thresholds_[cmd.zone] = { cmd.name, cmd.threshold };
    }

private:
    std::map<int, std::pair<std::string, double>> thresholds_;
};
