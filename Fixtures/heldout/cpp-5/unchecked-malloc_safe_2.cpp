// histogram_addon.cpp - Node-API addon: byte histogram of a Buffer for the upload sniffing code.
#include <node_api.h>
#include <cstdint>
#include <cstdlib>

namespace {

struct Histogram {
    std::uint32_t* counts;
    std::size_t total;
};

Histogram* histogram_new()
{
    auto* h = static_cast<Histogram*>(std::malloc(sizeof(Histogram)));
    if (!h) {
        return nullptr;
    }
    h->counts = static_cast<std::uint32_t*>(std::calloc(256, sizeof(std::uint32_t)));
    if (!h->counts) {
        std::free(h);
        return nullptr;
    }
    h->total = 0;
    return h;
}

void histogram_free(Histogram* h)
{
    if (h != nullptr) {
        std::free(h->counts);
        std::free(h);
    }
}

napi_value Count(napi_env env, napi_callback_info info)
{
    std::size_t argc = 1;
    napi_value arg;
    void* data = nullptr;
    std::size_t size = 0;
    napi_get_cb_info(env, info, &argc, &arg, nullptr, nullptr);
    if (argc != 1 || napi_get_buffer_info(env, arg, &data, &size) != napi_ok) {
        napi_throw_type_error(env, nullptr, "count(buffer)");
        return nullptr;
    }
    Histogram* h = histogram_new();
    if (h == nullptr) {
        napi_throw_error(env, nullptr, "out of memory");
        return nullptr;
    }
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    for (std::size_t i = 0; i < size; ++i) {
        h->counts[bytes[i]]++;
    }
    h->total = size;
    napi_value array;
    napi_create_array_with_length(env, 256, &array);
    for (std::uint32_t b = 0; b < 256; ++b) {
        napi_value v;
        napi_create_uint32(env, h->counts[b], &v);
        napi_set_element(env, array, b, v);
    }
    histogram_free(h);
    return array;
}

napi_value Init(napi_env env, napi_value exports)
{
    napi_value fn;
    napi_create_function(env, "count", NAPI_AUTO_LENGTH, Count, nullptr, &fn);
    napi_set_named_property(env, exports, "count", fn);
    return exports;
}

}  // namespace

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
