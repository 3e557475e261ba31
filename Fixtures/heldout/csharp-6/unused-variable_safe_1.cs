using Microsoft.Xna.Framework;
using Microsoft.Xna.Framework.Input;

namespace Skyward;

public class PlayerShip
{
    private const float Thrust = 220f;
    private Vector2 _position;
    private Vector2 _velocity;

    public float DistanceLastFrame { get; private set; }

    public void Update(GameTime gameTime, KeyboardState keys)
    {
        var dt = (float)gameTime.ElapsedGameTime.TotalSeconds;
        var previousPosition = _position;
        var boosting = keys.IsKeyDown(Keys.LeftShift);

        var input = Vector2.Zero;
        if (keys.IsKeyDown(Keys.Left)) input.X -= 1;
        if (keys.IsKeyDown(Keys.Right)) input.X += 1;
        if (keys.IsKeyDown(Keys.Up)) input.Y -= 1;
        if (keys.IsKeyDown(Keys.Down)) input.Y += 1;

        _velocity += input * Thrust * (boosting ? 2f : 1f) * dt;
        _velocity *= 0.98f;
        _position += _velocity * dt;
        DistanceLastFrame = Vector2.Distance(previousPosition, _position);
    }

    public Vector2 Position => _position;
}
