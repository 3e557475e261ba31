using Microsoft.Xna.Framework;
using Microsoft.Xna.Framework.Input;

namespace Skyward;

public class PlayerShip
{
    private const float Thrust = 220f;
    private Vector2 _position;
    private Vector2 _velocity;

    public void Update(GameTime gameTime, KeyboardState keys)
    {
        var dt = (float)gameTime.ElapsedGameTime.TotalSeconds;
        var previousPosition = _position; // expect: unused-variable
        var boosting = keys.IsKeyDown(Keys.LeftShift); // expect: unused-variable

        var input = Vector2.Zero;
        if (keys.IsKeyDown(Keys.Left)) input.X -= 1;
        if (keys.IsKeyDown(Keys.Right)) input.X += 1;
        if (keys.IsKeyDown(Keys.Up)) input.Y -= 1;
        if (keys.IsKeyDown(Keys.Down)) input.Y += 1;

        _velocity += input * Thrust * dt;
        _velocity *= 0.98f;
        _position += _velocity * dt;
    }

    public Vector2 Position => _position;
}
