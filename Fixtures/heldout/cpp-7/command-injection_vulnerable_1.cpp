// cpp-httplib: the photo booth's admin page converts a stored shot to a print layout.
#include <httplib.h>
#include <cstdlib>
#include <string>

class PrintRoutes {
public:
    explicit PrintRoutes(std::string shotsDir) : shotsDir_(std::move(shotsDir)) {}

    void mount(httplib::Server& server)
    {
        server.Post("/print", [this](const httplib::Request& req, httplib::Response& res) {
            const std::string shot = req.get_param_value("shot");
            const std::string layout = req.get_param_value("layout");
            const std::string command = "convert " + shotsDir_ + "/" + shot + " -resize " + layout
                                      + " -gravity center -extent 1800x1200 /var/spool/booth/print.jpg";
            const int rc = std::system(command.c_str()); // expect: command-injection
            res.status = rc == 0 ? 200 : 500;
        });
    }

private:
    std::string shotsDir_;
};
