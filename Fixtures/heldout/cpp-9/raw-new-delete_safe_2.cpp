// Effect plugins for a small audio host, looked up by name from the session file.
#include <cmath>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

class Effect {
public:
    virtual ~Effect() = default;
    virtual void process(std::vector<float> &block) = 0;
};

class Gain : public Effect {
public:
    explicit Gain(float db) : factor_(std::pow(10.0f, db / 20.0f)) {}
    void process(std::vector<float> &block) override {
        for (float &s : block)
            s *= factor_;
    }

private:
    float factor_;
};

class Chain {
public:
    void load(const std::string &session) {
        std::ifstream in(session);
        std::string name;
        float value = 0;
        while (in >> name >> value) {
            if (name == "gain")
                slots_[slots_.size()] = std::make_shared<Gain>(value);
        }
    }

    void run(std::vector<float> &block) {
        for (auto &slot : slots_)
            slot.second->process(block);
    }

private:
    std::map<std::size_t, std::shared_ptr<Effect>> slots_;
};
