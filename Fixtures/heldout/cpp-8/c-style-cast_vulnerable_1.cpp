#include <expat.h>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <string>

class GpxSummary {
public:
    static void XMLCALL onStart(void *user, const XML_Char *name, const XML_Char **attrs)
    {
        GpxSummary *self = (GpxSummary *)user; // expect: c-style-cast
        if (std::strcmp(name, "trkpt") != 0)
            return;
        for (int i = 0; attrs[i]; i += 2) {
            if (std::strcmp(attrs[i], "lat") == 0)
                self->lastLat_ = std::stod(attrs[i + 1]);
        }
        self->points_++;
    }

    static void XMLCALL onEnd(void *user, const XML_Char *name)
    {
        auto *self = static_cast<GpxSummary *>(user);
        self->closing_[name]++;
    }

    bool feed(std::FILE *fp)
    {
        XML_Parser p = XML_ParserCreate(nullptr);
        XML_SetUserData(p, this);
        XML_SetElementHandler(p, &GpxSummary::onStart, &GpxSummary::onEnd);
        char buf[4096];
        bool ok = true;
        std::size_t n;
        while (ok && (n = std::fread(buf, 1, sizeof buf, fp)) > 0)
            ok = XML_Parse(p, buf, (int)n, std::feof(fp)) != XML_STATUS_ERROR; // expect: c-style-cast
        XML_ParserFree(p);
        return ok;
    }

    void report() const
    {
        std::cout << points_ << " points, last latitude " << lastLat_ << '\n';
    }

private:
    long points_ = 0;
    double lastLat_ = 0.0;
    std::map<std::string, int> closing_;
};

int main(int argc, char **argv)
{
    std::FILE *fp = std::fopen(argc > 1 ? argv[1] : "ride.gpx", "rb");
    if (!fp)
        return 1;
    GpxSummary s;
    bool ok = s.feed(fp);
    std::fclose(fp);
    s.report();
    return ok ? 0 : 1;
}
