// blob_cache_safe.cpp - each C buffer is freed once and the slot cleared
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>

class BlobCache {
public:
    ~BlobCache() {
        for (auto& kv : blobs_) {
            std::free(kv.second.data);
        }
    }

    bool put(const std::string& key, const void* src, std::size_t n) {
        if (n > limit_) {
            drop(key);
            return false;
        }
        void* copy = std::malloc(n);
        if (copy == nullptr) {
            return false;
        }
        std::memcpy(copy, src, n);
        drop(key);
        blobs_[key] = Blob{copy, n};
        return true;
    }

    void drop(const std::string& key) {
        auto it = blobs_.find(key);
        if (it != blobs_.end()) {
            std::free(it->second.data);
            it->second.data = nullptr;
            blobs_.erase(it);
        }
    }

private:
    struct Blob {
        void* data;
        std::size_t size;
    };
    std::map<std::string, Blob> blobs_;
    std::size_t limit_ = 1 << 20;
};
