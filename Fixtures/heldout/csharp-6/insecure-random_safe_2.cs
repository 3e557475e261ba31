using System;
using System.Collections.Generic;
using Microsoft.Xna.Framework;
using Microsoft.Xna.Framework.Graphics;

namespace Skyward.Effects;

public class SparkEmitter
{
    private readonly Random _random = new();
    private readonly List<(Vector2 Position, Vector2 Velocity, float Life)> _sparks = new();

    public void Burst(Vector2 origin, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var angle = (float)(_random.NextDouble() * MathHelper.TwoPi);
            var speed = 40f + (float)_random.NextDouble() * 80f;
            _sparks.Add((origin, new Vector2(MathF.Cos(angle), MathF.Sin(angle)) * speed, 0.6f));
        }
    }

    public void Update(GameTime gameTime)
    {
        var dt = (float)gameTime.ElapsedGameTime.TotalSeconds;
        for (var i = _sparks.Count - 1; i >= 0; i--)
        {
            var s = _sparks[i];
            s.Life -= dt;
            s.Position += s.Velocity * dt;
            if (s.Life <= 0) _sparks.RemoveAt(i); else _sparks[i] = s;
        }
    }

    public void Draw(SpriteBatch batch, Texture2D pixel)
    {
        foreach (var s in _sparks)
        {
            batch.Draw(pixel, s.Position, Color.Orange * s.Life);
        }
    }
}
