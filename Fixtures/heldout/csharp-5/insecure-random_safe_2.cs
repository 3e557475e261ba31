using Godot;

namespace Asteroids;

// Spawns asteroid waves; randomness is for gameplay variety only.
public partial class WaveSpawner : Node2D
{
    [Export]
    public PackedScene? AsteroidScene { get; set; }

    [Export]
    public int Seed { get; set; } = 1337;

    private System.Random _waveRng = new(1337);
    private readonly RandomNumberGenerator _fx = new();

    public override void _Ready()
    {
        _waveRng = new System.Random(Seed);
        _fx.Randomize();
    }

    public void SpawnWave(int wave)
    {
        if (AsteroidScene is null)
        {
            GD.PushWarning("No asteroid scene assigned");
            return;
        }
        var count = 3 + wave + _waveRng.Next(0, 3);
        for (var i = 0; i < count; i++)
        {
            var rock = AsteroidScene.Instantiate<RigidBody2D>();
            var angle = (float)(_waveRng.NextDouble() * Mathf.Tau);
            rock.Position = new Vector2(Mathf.Cos(angle), Mathf.Sin(angle)) * 600f;
            rock.Modulate = new Color(1f, 1f, 1f, _fx.RandfRange(0.8f, 1f));
            AddChild(rock);
        }
    }
}
