// cpp-httplib: login endpoint; the session token goes into a cookie.
#include <httplib.h>
#include <random>
#include <string>
#include <unordered_map>

bool check_password(const std::string& user, const std::string& password);

class SessionIssuer {
public:
    SessionIssuer() : rng_(std::random_device{}()) {}

    std::string issue(const std::string& user)
    {
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        std::uniform_int_distribution<std::size_t> pick(0, sizeof alphabet - 2);
        std::string token;
        for (int i = 0; i < 32; ++i)
            token += alphabet[pick(rng_)]; // expect: insecure-random
        sessions_[token] = user;
        return token;
    }

private:
    std::mt19937 rng_;
    std::unordered_map<std::string, std::string> sessions_;
};

void mount_login(httplib::Server& server, SessionIssuer& issuer)
{
    server.Post("/login", [&issuer](const httplib::Request& req, httplib::Response& res) {
        const std::string user = req.get_param_value("user");
        if (!check_password(user, req.get_param_value("password"))) {
            res.status = 401;
            return;
        }
        res.set_header("Set-Cookie", "sid=" + issuer.issue(user) + "; HttpOnly; Secure");
    });
}
