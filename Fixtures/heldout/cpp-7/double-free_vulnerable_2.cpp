// SFML audio: voice-chat clips are decoded into a malloc'd sample buffer before playback.
#include <SFML/Audio.hpp>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

struct Clip {
    sf::Int16* samples = nullptr;
    std::size_t count = 0;
};

static void release(Clip& clip)
{
    std::free(clip.samples);
    clip.count = 0;
}

bool play_clip(sf::SoundBuffer& buffer, sf::Sound& sound, const sf::Int16* pcm, std::size_t count)
{
    Clip clip;
    clip.samples = static_cast<sf::Int16*>(std::malloc(count * sizeof(sf::Int16)));
    if (clip.samples == nullptr)
        return false;
    std::memcpy(clip.samples, pcm, count * sizeof(sf::Int16));
    clip.count = count;

    bool ok = true;
    try {
        if (!buffer.loadFromSamples(clip.samples, clip.count, 1, 16000))
            throw std::runtime_error("bad clip");
        sound.setBuffer(buffer);
        sound.play();
    } catch (const std::runtime_error&) {
        release(clip);
        ok = false;
    }
    release(clip); // expect: double-free
    return ok;
}
