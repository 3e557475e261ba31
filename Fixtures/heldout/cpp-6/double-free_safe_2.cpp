// ZeroMQ publisher: sends rendered map tiles without copying them into the message.
#include <zmq.h>
#include <cstdlib>
#include <cstring>

extern std::size_t render_tile(int z, int x, int y, unsigned char* out, std::size_t cap);

static void release_tile(void* data, void* /*hint*/)
{
    std::free(data);
}

int publish_tile(void* pub, int z, int x, int y)
{
    constexpr std::size_t cap = 256 * 256 * 4;
    auto* pixels = static_cast<unsigned char*>(std::malloc(cap));
    if (pixels == nullptr)
        return -1;
    std::size_t len = render_tile(z, x, y, pixels, cap);
    zmq_msg_t msg;
    if (zmq_msg_init_data(&msg, pixels, len, release_tile, nullptr) != 0) {
        std::free(pixels);
        return -1;
    }
    // From here the message owns the pixels: release_tile runs when ZeroMQ is done with them.
    int rc = zmq_msg_send(&msg, pub, 0);
    if (rc < 0)
        zmq_msg_close(&msg);
    return rc < 0 ? -1 : 0;
}
