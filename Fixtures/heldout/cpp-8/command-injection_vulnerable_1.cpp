#include <cxxopts.hpp>
#include <cstdlib>
#include <iostream>
#include <string>

struct ClipJob {
    std::string input;
    std::string start;
    std::string length;
    std::string output;
};

static std::string ffmpeg_line(const ClipJob &job)
{
    return "ffmpeg -y -ss " + job.start + " -t " + job.length + " -i \"" + job.input +
           "\" -c copy \"" + job.output + "\"";
}

int main(int argc, char **argv)
{
    cxxopts::Options options("clipper", "cut a clip out of a recording");
    options.add_options()
        ("i,input", "recording", cxxopts::value<std::string>())
        ("s,start", "start time", cxxopts::value<std::string>()->default_value("00:00:00"))
        ("t,length", "clip length", cxxopts::value<std::string>()->default_value("30"))
        ("o,output", "clip file", cxxopts::value<std::string>()->default_value("clip.mp4"));
    auto args = options.parse(argc, argv);
    if (!args.count("input")) {
        std::cerr << options.help() << '\n';
        return 2;
    }
    ClipJob job{args["input"].as<std::string>(), args["start"].as<std::string>(),
                args["length"].as<std::string>(), args["output"].as<std::string>()};
    const std::string line = ffmpeg_line(job);
    int rc = std::system(line.c_str()); // expect: command-injection
    if (rc != 0) {
        std::cerr << "ffmpeg failed (" << rc << ")\n";
        return 1;
    }
    std::cout << "wrote " << job.output << '\n';
    return 0;
}
