// cpp-httplib: the tournament sign-up form posts name, team and a short motto.
#include <httplib.h>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <vector>

struct Entrant {
    char name[24];
    char team[24];
    char banner[64];
};

class SignupRoutes {
public:
    void mount(httplib::Server& server)
    {
        server.Post("/signup", [this](const httplib::Request& req, httplib::Response& res) {
            Entrant e{};
            const std::string name = req.get_param_value("name");
            const std::string team = req.get_param_value("team");
            std::strcpy(e.name, name.c_str()); // expect: banned-function
            std::strcpy(e.team, team.c_str()); // expect: banned-function
            std::sprintf(e.banner, "%s of %s says: %s", e.name, e.team, req.get_param_value("motto").c_str()); // expect: banned-function
            {
                std::lock_guard<std::mutex> lock(mutex_);
                entrants_.push_back(e);
            }
            res.set_content(e.banner, "text/plain");
        });
    }

private:
    std::mutex mutex_;
    std::vector<Entrant> entrants_;
};
