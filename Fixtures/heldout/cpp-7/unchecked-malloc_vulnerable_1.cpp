// SFML: procedural noise texture for the sky box, generated into a malloc'd RGBA buffer.
#include <SFML/Graphics.hpp>
#include <cmath>
#include <cstdint>
#include <cstdlib>

static std::uint8_t shade(unsigned x, unsigned y)
{
    return static_cast<std::uint8_t>(127.5 + 127.5 * std::sin(x * 0.05) * std::cos(y * 0.07));
}

bool build_sky(sf::Texture& texture, unsigned width, unsigned height)
{
    auto* rgba = static_cast<std::uint8_t*>(std::malloc(std::size_t{width} * height * 4)); // expect: unchecked-malloc
    for (unsigned y = 0; y < height; ++y) {
        for (unsigned x = 0; x < width; ++x) {
            std::uint8_t* px = rgba + (std::size_t{y} * width + x) * 4;
            px[0] = px[1] = shade(x, y);
            px[2] = 255;
            px[3] = 255;
        }
    }
    const bool ok = texture.create(width, height);
    if (ok)
        texture.update(rgba);
    std::free(rgba);
    return ok;
}
