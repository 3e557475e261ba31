// c_api.cpp - C entry points of the tokenizer library (results are freed by the caller with free()).
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace tok {
std::vector<std::string> split_words(const std::string& text);
}

extern "C" char** tok_split(const char* text, std::size_t* count) {
    const auto words = tok::split_words(text);
    auto** out = static_cast<char**>(std::malloc(words.size() * sizeof(char*))); // expect: unchecked-malloc
    for (std::size_t i = 0; i < words.size(); ++i) {
        auto* w = static_cast<char*>(std::malloc(words[i].size() + 1)); // expect: unchecked-malloc
        std::memcpy(w, words[i].c_str(), words[i].size() + 1);
        out[i] = w;
    }
    *count = words.size();
    return out;
}

extern "C" void tok_free(char** words, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i)
        std::free(words[i]);
    std::free(words);
}
