// Plugin host: loads effect plugins (shared objects exporting create/destroy) at run time.
#include <dlfcn.h>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>

struct EffectApi {
    virtual ~EffectApi() = default;
    virtual void process(float* samples, int frames) = 0;
};

using CreateFn = EffectApi* (*)();
using DestroyFn = void (*)(EffectApi*);

struct DlCloser {
    void operator()(void* handle) const noexcept { dlclose(handle); }
};

class LoadedPlugin {
public:
    LoadedPlugin(std::unique_ptr<void, DlCloser> handle, EffectApi* effect, DestroyFn destroy)
        : handle_(std::move(handle)), effect_(effect, destroy) {}

    EffectApi* effect() const { return effect_.get(); }

private:
    // declared first, destroyed last: the library stays loaded until the effect is gone
    std::unique_ptr<void, DlCloser> handle_;
    std::unique_ptr<EffectApi, DestroyFn> effect_;
};

class PluginHost {
public:
    EffectApi* load(const std::string& path)
    {
        std::unique_ptr<void, DlCloser> handle(dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL));
        if (!handle)
            throw std::runtime_error(dlerror());
        auto create = reinterpret_cast<CreateFn>(dlsym(handle.get(), "create_effect"));
        auto destroy = reinterpret_cast<DestroyFn>(dlsym(handle.get(), "destroy_effect"));
        if (create == nullptr || destroy == nullptr)
            throw std::runtime_error(path + ": missing create_effect/destroy_effect");
        auto plugin = std::make_unique<LoadedPlugin>(std::move(handle), create(), destroy);
        EffectApi* effect = plugin->effect();
        plugins_[path] = std::move(plugin);
        return effect;
    }

    void unload(const std::string& path) { plugins_.erase(path); }

private:
    std::map<std::string, std::unique_ptr<LoadedPlugin>> plugins_;
};
