// thumbs.cpp - make thumbnails for the photo-gallery project: ./thumbs photo.jpg [size]
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " IMAGE [SIZE]\n";
        return 2;
    }
    const std::string input = argv[1];
    const std::string size = argc > 2 ? argv[2] : "200x200";
    const std::string output = "thumbs/" + input;

    std::string cmd = "convert " + input + " -resize " + size + " " + output;
    if (std::system(cmd.c_str()) != 0) { // expect: command-injection
        std::cerr << "convert failed for " << input << '\n';
        return 1;
    }

    const char* viewer = std::getenv("IMAGE_VIEWER");
    std::string probe = std::string("identify -format '%wx%h' ") + output + " && " + (viewer ? viewer : "true");
    FILE* p = popen(probe.c_str(), "r"); // expect: command-injection
    if (p == nullptr)
        return 1;
    char dims[64];
    if (std::fgets(dims, sizeof dims, p) != nullptr)
        std::cout << output << ": " << dims << '\n';
    return pclose(p) == 0 ? 0 : 1;
}
