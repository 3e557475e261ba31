// cpp-httplib: avatar upload; the raw RGBA pixels are decoded with stb_image and re-encoded as a thumbnail.
#include <httplib.h>
#include <cstdlib>
#include <string>

extern "C" {
unsigned char* stbi_load_from_memory(const unsigned char* buffer, int len, int* x, int* y, int* comp, int req);
void stbi_image_free(void* retval_from_stbi_load);
}
bool write_thumbnail(const std::string& user, const unsigned char* rgba, int w, int h);

void mount_avatar(httplib::Server& server)
{
    server.Post("/avatar", [](const httplib::Request& req, httplib::Response& res) {
        const std::string user = req.get_header_value("X-User");
        const auto& file = req.get_file_value("image");
        int w = 0, h = 0, comp = 0;
        unsigned char* pixels = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(file.content.data()),
                                                      static_cast<int>(file.content.size()), &w, &h, &comp, 4);
        if (pixels == nullptr) {
            res.status = 415;
            return;
        }
        if (w > 4096 || h > 4096) {
            stbi_image_free(pixels);
            res.status = 413;
        } else if (!write_thumbnail(user, pixels, w, h)) {
            res.status = 500;
        }
        stbi_image_free(pixels); // expect: double-free
    });
}
