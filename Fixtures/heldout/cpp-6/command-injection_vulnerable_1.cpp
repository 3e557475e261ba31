// Poco HTTP server: /admin/backup?db=<name> dumps one database for the operator console.
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <string>
#include <vector>

class BackupHandler : public Poco::Net::HTTPRequestHandler {
public:
    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override
    {
        Poco::Net::HTMLForm form(request);
        std::string db = form.get("db", "main");
        std::vector<std::string> args{"-c", "pg_dump --format=custom " + db + " | gzip -c"};
        Poco::Pipe out;
        Poco::ProcessHandle ph = Poco::Process::launch("/bin/sh", args, nullptr, &out, nullptr); // expect: command-injection
        Poco::PipeInputStream dump(out);
        response.setContentType("application/gzip");
        Poco::StreamCopier::copyStream(dump, response.send());
        ph.wait();
    }
};
