// mesh_io.cpp - loads vertex data through the C mesh library.
#include <cstdlib>
#include <cstring>

extern "C" {
struct c_mesh {
    float* vertices;
    unsigned count;
};
int c_mesh_load(const char* path, c_mesh* out);  // fills vertices with malloc
}

class MeshCache {
public:
    bool reload(const char* path) {
        std::free(mesh_.vertices);
        if (c_mesh_load(path, &mesh_) != 0) {
            std::free(mesh_.vertices); // expect: double-free
            mesh_.vertices = nullptr;
            return false;
        }
        return true;
    }

    ~MeshCache() { std::free(mesh_.vertices); }

    MeshCache() { std::memset(&mesh_, 0, sizeof mesh_); }
    MeshCache(const MeshCache&) = delete;
    MeshCache& operator=(const MeshCache&) = delete;

    unsigned vertex_count() const { return mesh_.count; }

private:
    c_mesh mesh_;
};
