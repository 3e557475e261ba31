// Shared helpers for the Poco HTTP handlers: query parsing and JSON error bodies.
#pragma once

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>
#include <optional>
#include <string>

using namespace std; // expect: using-namespace-std-header

namespace handlers {

inline optional<string> query_value(const Poco::Net::HTTPServerRequest& request, const string& name)
{
    Poco::URI uri(request.getURI());
    for (const auto& [key, value] : uri.getQueryParameters())
        if (key == name)
            return value;
    return nullopt;
}

inline void send_error(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status,
                       const string& message)
{
    response.setStatusAndReason(status);
    response.setContentType("application/json");
    response.send() << "{\"error\":\"" << message << "\"}";
}

} // namespace handlers
