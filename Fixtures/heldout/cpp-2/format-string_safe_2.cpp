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
    SyslogBridge() { openlog("audit-bridge", LOG_PID, LOG_AUTH); }

    void forward(const AuditEvent& ev, bool verbose) {
        syslog(LOG_NOTICE, "%s", ev.message.c_str());
        static constexpr const char* kLine = "user=%s action=%s";
        char line[512];
        std::snprintf(line, sizeof line, verbose ? "[audit] user=%s action=%s" : kLine, ev.user.c_str(),
                      ev.action.c_str());
        std::puts(line);
    }
};
