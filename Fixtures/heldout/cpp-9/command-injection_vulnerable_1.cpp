// Journal watcher: when a unit fails, posts a desktop notification with the unit's message.
#include <systemd/sd-journal.h>
#include <cstdlib>
#include <iostream>
#include <string>

namespace {

std::string field(sd_journal *j, const char *name) {
    const void *data = nullptr;
    size_t len = 0;
    if (sd_journal_get_data(j, name, &data, &len) < 0)
        return {};
    std::string kv(static_cast<const char *>(data), len);
    auto eq = kv.find('=');
    return eq == std::string::npos ? std::string() : kv.substr(eq + 1);
}

void notify(const std::string &unit, const std::string &message) {
    const std::string cmd = "notify-send -u critical \"" + unit + " failed\" \"" + message + "\"";
    if (std::system(cmd.c_str()) != 0) // expect: command-injection
        std::cerr << "notify-send failed\n";
}

}  // namespace

int main() {
    sd_journal *j = nullptr;
    if (sd_journal_open(&j, SD_JOURNAL_LOCAL_ONLY) < 0)
        return 1;
    sd_journal_add_match(j, "PRIORITY=3", 0);
    sd_journal_seek_tail(j);
    for (;;) {
        while (sd_journal_next(j) > 0)
            notify(field(j, "_SYSTEMD_UNIT"), field(j, "MESSAGE"));
        sd_journal_wait(j, static_cast<uint64_t>(-1));
    }
}
