// cpp-httplib: profile lookups; the display name is looked up by the "handle" query parameter.
#include <httplib.h>
#include <cstdio>
#include <string>

std::string lookup_display_name(const std::string& handle);

void mount_profiles(httplib::Server& server)
{
    server.Get("/profile", [](const httplib::Request& req, httplib::Response& res) {
        const char* handle = req.get_param_value("handle").c_str();
        const char* name = lookup_display_name(handle).c_str();
        char body[256];
        std::snprintf(body, sizeof body, "{\"handle\":\"%s\",\"name\":\"%s\"}", handle, name); // expect: use-after-free
        res.set_content(body, "application/json");
    });
}
