#include <rapidjson/document.h>
#include <cstdio>
#include <iostream>
#include <string>

// Worker for the "render label" queue: each job carries a label prefix and a quantity.
class LabelWorker {
public:
    explicit LabelWorker(std::FILE *printer) : printer_(printer) {}

    bool handle(const std::string &payload)
    {
        rapidjson::Document job;
        job.Parse(payload.c_str());
        if (job.HasParseError() || !job.IsObject() || !job.HasMember("prefix") || !job["prefix"].IsString())
            return false;
        const std::string prefix = job["prefix"].GetString();
        const int qty = job.HasMember("qty") && job["qty"].IsInt() ? job["qty"].GetInt() : 1;
        char label[128];
        for (int i = 0; i < qty && i < 50; ++i) {
            std::snprintf(label, sizeof label, "%s-%03d", prefix.c_str(), i + 1);
            std::fputs(label, printer_);
            std::fputc('\n', printer_);
        }
        return true;
    }

private:
    std::FILE *printer_;
};

int main()
{
    LabelWorker worker(stdout);
    std::string payload;
    int failed = 0;
    while (std::getline(std::cin, payload))
        if (!worker.handle(payload))
            ++failed;
    return failed == 0 ? 0 : 1;
}
