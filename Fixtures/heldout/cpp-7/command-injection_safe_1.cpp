// cpp-httplib: the photo booth's admin page converts a stored shot to a print layout.
#include <httplib.h>
#include <regex>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

class PrintRoutes {
public:
    explicit PrintRoutes(std::string shotsDir) : shotsDir_(std::move(shotsDir)) {}

    void mount(httplib::Server& server)
    {
        server.Post("/print", [this](const httplib::Request& req, httplib::Response& res) {
            static const std::regex shotName("shot-[0-9]{6}\\.jpg");
            static const std::regex geometry("[0-9]{2,4}x[0-9]{2,4}");
            const std::string shot = req.get_param_value("shot");
            const std::string layout = req.get_param_value("layout");
            if (!std::regex_match(shot, shotName) || !std::regex_match(layout, geometry)) {
                res.status = 400;
                return;
            }
            const std::string input = shotsDir_ + "/" + shot;
            const pid_t pid = ::fork();
            if (pid == 0) {
                ::execlp("convert", "convert", input.c_str(), "-resize", layout.c_str(), "-gravity", "center",
                         "-extent", "1800x1200", "/var/spool/booth/print.jpg", static_cast<char*>(nullptr));
                ::_exit(127);
            }
            int status = 0;
            const bool ok = pid > 0 && ::waitpid(pid, &status, 0) == pid && WIFEXITED(status)
                            && WEXITSTATUS(status) == 0;
            res.status = ok ? 200 : 500;
        });
    }

private:
    std::string shotsDir_;
};
