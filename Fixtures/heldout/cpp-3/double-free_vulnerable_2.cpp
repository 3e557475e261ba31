// blob_cache.cpp - cache of compressed blobs kept in C-allocated memory
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
        void* copy = std::malloc(n);
        if (copy == nullptr) {
            return false;
        }
        std::memcpy(copy, src, n);
        auto it = blobs_.find(key);
        if (it != blobs_.end()) {
            std::free(it->second.data);
            if (n > limit_) {
                std::free(copy);
                std::free(it->second.data); // expect: double-free
                blobs_.erase(it);
                return false;
            }
        }
        blobs_[key] = Blob{copy, n};
        return true;
    }

private:
    struct Blob {
        void* data;
        std::size_t size;
    };
    std::map<std::string, Blob> blobs_;
    std::size_t limit_ = 1 << 20;
};
