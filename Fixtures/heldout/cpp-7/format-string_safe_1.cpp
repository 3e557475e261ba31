// mosquittopp: building-automation logger; alarm texts come from the field devices.
#include <mosquittopp.h>
#include <cstdio>
#include <string>
#include <syslog.h>

class AlarmLogger : public mosqpp::mosquittopp {
public:
    AlarmLogger(const char* id, std::FILE* journal) : mosqpp::mosquittopp(id), journal_(journal) {}

    void on_message(const struct mosquitto_message* msg) override
    {
        if (msg->payloadlen <= 0)
            return;
        const std::string text(static_cast<const char*>(msg->payload), static_cast<size_t>(msg->payloadlen));
        const std::string entry = std::string(msg->topic) + " | " + text + "\n";
        record(entry);
        ::syslog(LOG_ALERT, "%s", text.c_str());
    }

private:
    void record(const std::string& entry)
    {
        std::fputs(entry.c_str(), journal_);
        std::fflush(journal_);
    }

    std::FILE* journal_;
};
