// cpp-httplib: profile lookups; the display name is looked up by the "handle" query parameter.
#include <httplib.h>
#include <cstdio>
#include <string>

std::string lookup_display_name(const std::string& handle);

void mount_profiles(httplib::Server& server)
{
    server.Get("/profile", [](const httplib::Request& req, httplib::Response& res) {
        const std::string handle = req.get_param_value("handle");
        const std::string name = lookup_display_name(handle);
        char body[256];
        std::snprintf(body, sizeof body, "{\"handle\":\"%s\",\"name\":\"%s\"}", handle.c_str(), name.c_str());
        res.set_content(body, "application/json");
    });
}
