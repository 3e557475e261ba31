// auditd_bridge.cpp - forwards audit events from the REST gateway to syslog.
#include <cstdio>
#include <string>
#include <syslog.h>

struct AuditEvent {
    std::string user;
    std::string action;
    std::string message;  // free text supplied by the client
};

class SyslogBridge {
public:
    explicit SyslogBridge(std::string line_format) : line_format_(std::move(line_format)) {
        openlog("audit-bridge", LOG_PID, LOG_AUTH);
    }

    void forward(const AuditEvent& ev) {
        syslog(LOG_NOTICE, ev.message.c_str()); // expect: format-string
        char line[512];
        std::snprintf(line, sizeof line, line_format_.c_str(), ev.user.c_str(), ev.action.c_str()); // expect: format-string
        std::puts(line);
    }

private:
    std::string line_format_;  // read from bridge.conf
};
