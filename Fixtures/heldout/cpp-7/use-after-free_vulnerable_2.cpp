// mosquittopp: keeps the last retained message per sensor topic for the dashboard.
#include <mosquittopp.h>
#include <cstdio>
#include <map>
#include <string>

class RetainedCache : public mosqpp::mosquittopp {
public:
    explicit RetainedCache(const char* id) : mosqpp::mosquittopp(id) {}
    ~RetainedCache() override
    {
        for (auto& entry : latest_)
            mosquitto_message_free_contents(&entry.second);
    }

    void on_message(const struct mosquitto_message* msg) override
    {
        auto it = latest_.find(msg->topic);
        if (it != latest_.end()) {
            mosquitto_message_free_contents(&it->second);
            std::fprintf(stderr, "%s: replacing \"%.*s\"\n", msg->topic, it->second.payloadlen, // expect: use-after-free
                         static_cast<const char*>(it->second.payload));
            latest_.erase(it);
        }
        mosquitto_message copy{};
        if (mosquitto_message_copy(&copy, msg) == MOSQ_ERR_SUCCESS)
            latest_.emplace(msg->topic, copy);
    }

private:
    std::map<std::string, mosquitto_message> latest_;
};
