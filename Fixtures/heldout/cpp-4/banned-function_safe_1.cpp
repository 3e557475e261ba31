// Material library loader for the sandbox engine: parses Wavefront .mtl files.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>

namespace sandbox {

struct Material {
    std::string name;
    std::string diffuseMap;
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
            std::istringstream fields(line);
            std::string keyword, value;
            if (!(fields >> keyword >> value))
                continue;
            if (keyword == "newmtl") {
                Material m;
                m.name = value;
                current = &(materials_[value] = m);
            } else if (current && keyword == "map_Kd") {
                current->diffuseMap = textureRoot_ + value;
            } else if (current && keyword == "Ns") {
                current->shininess = std::stof(value);
            }
        }
        return true;
    }

    // the HUD still takes a C string; copy with an explicit bound
    void hudLabel(const std::string& name, char* out, std::size_t cap) const
    {
        std::snprintf(out, cap, "mtl:%s", name.c_str());
    }

private:
    std::string textureRoot_ = "textures/";
    std::unordered_map<std::string, Material> materials_;
};

} // namespace sandbox
