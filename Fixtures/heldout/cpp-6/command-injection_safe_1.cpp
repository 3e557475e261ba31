// Poco HTTP server: /admin/backup?db=<name> dumps one database for the operator console.
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <set>
#include <string>
#include <vector>

class BackupHandler : public Poco::Net::HTTPRequestHandler {
public:
    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override
    {
        static const std::set<std::string> databases{"main", "billing", "audit"};
        Poco::Net::HTMLForm form(request);
        std::string db = form.get("db", "main");
        if (databases.count(db) == 0) {
            response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_BAD_REQUEST);
            response.send() << "unknown database";
            return;
        }
        std::vector<std::string> args{"--format=custom", "--compress=6", "--dbname", db};
        Poco::Pipe out;
        Poco::ProcessHandle ph = Poco::Process::launch("/usr/bin/pg_dump", args, nullptr, &out, nullptr);
        Poco::PipeInputStream dump(out);
        response.setContentType("application/octet-stream");
        Poco::StreamCopier::copyStream(dump, response.send());
        ph.wait();
    }
};
