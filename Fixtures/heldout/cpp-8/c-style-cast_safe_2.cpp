#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace synth {

struct Voice {
    float phase = 0.0f;
    float step = 0.0f;
    float gain = 0.5f;
};

class SquareBank {
public:
    explicit SquareBank(unsigned rate) : rate_(rate) {}

    void noteOn(int midi)
    {
        Voice v;
        double freq = 440.0 * std::pow(2.0, (midi - 69) / 12.0);
        v.step = static_cast<float>(freq / rate_);
        voices_.push_back(v);
    }

    void render(std::vector<std::int16_t> &out)
    {
        for (auto &sample : out) {
            float mix = 0.0f;
            for (Voice &v : voices_) {
                mix += (v.phase < 0.5f ? v.gain : -v.gain);
                v.phase += v.step;
                if (v.phase >= 1.0f)
                    v.phase -= 1.0f;
            }
            sample = static_cast<std::int16_t>(mix * 8000.0f);
        }
    }

private:
    unsigned rate_;
    std::vector<Voice> voices_;
};

} // namespace synth

int main()
{
    synth::SquareBank bank(44100);
    for (int note : {60, 64, 67})
        bank.noteOn(note);
    std::vector<std::int16_t> block(512);
    bank.render(block);
    std::fwrite(block.data(), sizeof(std::int16_t), block.size(), stdout);
    return 0;
}
