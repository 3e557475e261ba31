// wavhdr_addon.cpp - Node-API addon: reads the header of a WAV file handed over as a Buffer.
#include <node_api.h>
#include <cstdint>
#include <cstring>

namespace {

struct WavInfo {
    char riff[4];
    std::uint16_t channels;
    std::uint32_t rate;
    char list_title[64];
};

std::uint32_t le32(const std::uint8_t* p)
{
    return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8
        | static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}

bool parse(const std::uint8_t* data, std::size_t size, WavInfo& info)
{
    if (size < 44) {
        return false;
    }
    std::memcpy(info.riff, data, 4);
    info.channels = static_cast<std::uint16_t>(data[22] | data[23] << 8);
    info.rate = le32(data + 24);
    std::size_t pos = 36;
    while (pos + 8 <= size) {
        std::uint32_t chunk = le32(data + pos + 4);
        if (std::memcmp(data + pos, "INAM", 4) == 0 && pos + 8 + chunk <= size) {
            std::memcpy(info.list_title, data + pos + 8, chunk); // expect: buffer-overflow
            info.list_title[chunk] = '\0'; // expect: buffer-overflow
            break;
        }
        pos += 8 + chunk + (chunk & 1);
    }
    return true;
}

napi_value ReadHeader(napi_env env, napi_callback_info info)
{
    std::size_t argc = 1;
    napi_value arg;
    void* data = nullptr;
    std::size_t size = 0;
    WavInfo wav{};

    napi_get_cb_info(env, info, &argc, &arg, nullptr, nullptr);
    if (argc != 1 || napi_get_buffer_info(env, arg, &data, &size) != napi_ok
        || !parse(static_cast<const std::uint8_t*>(data), size, wav)) {
        napi_throw_error(env, nullptr, "not a WAV buffer");
        return nullptr;
    }
    napi_value out, channels, rate, title;
    napi_create_object(env, &out);
    napi_create_uint32(env, wav.channels, &channels);
    napi_create_uint32(env, wav.rate, &rate);
    napi_create_string_utf8(env, wav.list_title, NAPI_AUTO_LENGTH, &title);
    napi_set_named_property(env, out, "channels", channels);
    napi_set_named_property(env, out, "rate", rate);
    napi_set_named_property(env, out, "title", title);
    return out;
}

napi_value Init(napi_env env, napi_value exports)
{
    napi_value fn;
    napi_create_function(env, "readHeader", NAPI_AUTO_LENGTH, ReadHeader, nullptr, &fn);
    napi_set_named_property(env, exports, "readHeader", fn);
    return exports;
}

}  // namespace

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
