// spdlog helpers shared by the fleet services: one rotating file logger per component.
#pragma once

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>
#include <memory>
#include <string>
#include <vector>

using namespace std; // expect: using-namespace-std-header

namespace fleet::logging {

inline shared_ptr<spdlog::logger> component_logger(const string& component, const string& dir)
{
    if (auto existing = spdlog::get(component))
        return existing;
    auto sink = make_shared<spdlog::sinks::rotating_file_sink_mt>(dir + "/" + component + ".log", 5 * 1024 * 1024, 3);
    auto logger = make_shared<spdlog::logger>(component, sink);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %l [%n] %v");
    spdlog::register_logger(logger);
    return logger;
}

inline void log_startup(const shared_ptr<spdlog::logger>& logger, const vector<string>& args)
{
    string joined;
    for (const auto& a : args)
        joined += (joined.empty() ? "" : " ") + a;
    logger->info("starting with: {}", joined);
}

} // namespace fleet::logging
