// cpp-httplib: the tournament sign-up form posts name, team and a short motto.
#include <httplib.h>
#include <cstdio>
#include <mutex>
#include <string>
#include <vector>

struct Entrant {
    std::string name;
    std::string team;
    std::string banner;
};

class SignupRoutes {
public:
    void mount(httplib::Server& server)
    {
        server.Post("/signup", [this](const httplib::Request& req, httplib::Response& res) {
            Entrant e;
            e.name = req.get_param_value("name").substr(0, 23);
            e.team = req.get_param_value("team").substr(0, 23);
            char banner[64];
            std::snprintf(banner, sizeof banner, "%s of %s says: %s", e.name.c_str(), e.team.c_str(),
                          req.get_param_value("motto").c_str());
            e.banner = banner;
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
