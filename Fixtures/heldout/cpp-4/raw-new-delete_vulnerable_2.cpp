// Plugin host: loads effect plugins (shared objects exporting create_effect) at run time.
#include <dlfcn.h>
#include <map>
#include <stdexcept>
#include <string>

struct EffectApi {
    virtual ~EffectApi() = default;
    virtual void process(float* samples, int frames) = 0;
};

using CreateFn = EffectApi* (*)();

class LoadedPlugin {
public:
    LoadedPlugin(void* handle, EffectApi* effect) : handle_(handle), effect_(effect) {}
    ~LoadedPlugin()
    {
        delete effect_;
        dlclose(handle_);
    }
    LoadedPlugin(const LoadedPlugin&) = delete;
    LoadedPlugin& operator=(const LoadedPlugin&) = delete;

    EffectApi* effect() const { return effect_; }

private:
    void* handle_;
    EffectApi* effect_;
};

class PluginHost {
public:
    ~PluginHost()
    {
        for (auto& entry : plugins_)
            delete entry.second;
    }

    EffectApi* load(const std::string& path)
    {
        void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr)
            throw std::runtime_error(dlerror());
        auto create = reinterpret_cast<CreateFn>(dlsym(handle, "create_effect"));
        if (create == nullptr) {
            dlclose(handle);
            throw std::runtime_error(path + ": no create_effect");
        }
        LoadedPlugin* plugin = new LoadedPlugin(handle, create()); // expect: raw-new-delete
        plugins_[path] = plugin;
        return plugin->effect();
    }

    void unload(const std::string& path)
    {
        auto it = plugins_.find(path);
        if (it == plugins_.end())
            return;
        delete it->second;
        plugins_.erase(it);
    }

private:
    std::map<std::string, LoadedPlugin*> plugins_;
};
