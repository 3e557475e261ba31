// Access logger: gathers a request's fields and writes them with one writev(2).
#include <sys/uio.h>
#include <unistd.h>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

class AccessLogger {
public:
    explicit AccessLogger(int fd) : fd_(fd) {}

    bool write(const std::vector<std::string>& fields)
    {
        const std::size_t n = fields.size() * 2;
        auto* iov = static_cast<iovec*>(std::malloc(n * sizeof(iovec)));
        if (iov == nullptr)
            return false;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            iov[2 * i].iov_base = const_cast<char*>(fields[i].data());
            iov[2 * i].iov_len = fields[i].size();
            iov[2 * i + 1].iov_base = const_cast<char*>(i + 1 == fields.size() ? "\n" : "\t");
            iov[2 * i + 1].iov_len = 1;
        }
        const ssize_t written = ::writev(fd_, iov, static_cast<int>(n));
        std::free(iov);
        return written >= 0;
    }

    // the C tail-follower reads this copy of the last line
    char* lastLineCopy(const std::string& line)
    {
        char* copy = static_cast<char*>(std::malloc(line.size() + 1));
        if (!copy)
            throw std::bad_alloc();
        std::memcpy(copy, line.c_str(), line.size() + 1);
        return copy;
    }

private:
    int fd_;
};
