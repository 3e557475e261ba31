// Material library loader for the sandbox engine: parses Wavefront .mtl files.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <unordered_map>

namespace sandbox {

struct Material {
    char name[32];
    char diffuseMap[64];
    float kd[3] = {0.8f, 0.8f, 0.8f};
    float shininess = 0.0f;
};

class MaterialLibrary {
public:
    bool load(const std::string& path)
    {
        std::ifstream in(path);
        if (!in)
            return false;
        std::string line;
        Material* current = nullptr;
        while (std::getline(in, line)) {
            char keyword[16];
            char value[128];
            if (std::sscanf(line.c_str(), "%15s %s", keyword, value) != 2) // expect: banned-function
                continue;
            if (std::strcmp(keyword, "newmtl") == 0) {
                Material m;
                std::strcpy(m.name, value); // expect: banned-function
                current = &(materials_[value] = m);
            } else if (current && std::strcmp(keyword, "map_Kd") == 0) {
                std::strcpy(current->diffuseMap, textureRoot_); // expect: banned-function
                std::strcat(current->diffuseMap, value); // expect: banned-function
            } else if (current && std::strcmp(keyword, "Ns") == 0) {
                current->shininess = std::stof(value);
            }
        }
        return true;
    }

    const Material* find(const std::string& name) const
    {
        auto it = materials_.find(name);
        return it == materials_.end() ? nullptr : &it->second;
    }

private:
    const char* textureRoot_ = "textures/";
    std::unordered_map<std::string, Material> materials_;
};

} // namespace sandbox
