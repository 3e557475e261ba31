using Stride.Core.Mathematics;
using Stride.Engine;
using Stride.Input;
using Stride.Physics;

namespace Runner;

public class PlayerController : SyncScript
{
    public float Speed { get; set; } = 6f;
    public float JumpImpulse { get; set; } = 5f;
    public float AirControl { get; set; } = 0.4f;

    private CharacterComponent? _character;
    private float _airTime;

    public override void Start()
    {
        _character = Entity.Get<CharacterComponent>();
    }

    public override void Update()
    {
        if (_character is null)
            return;

        var delta = (float)Game.UpdateTime.Elapsed.TotalSeconds;
        var wasGrounded = _character.IsGrounded;
        _airTime = wasGrounded ? 0 : _airTime + delta;

        var move = Vector3.Zero;
        if (Input.IsKeyDown(Keys.A)) move.X -= 1;
        if (Input.IsKeyDown(Keys.D)) move.X += 1;
        var control = wasGrounded ? 1f : AirControl;
        _character.SetVelocity(move * Speed * control);

        if (Input.IsKeyPressed(Keys.Space) && wasGrounded)
            _character.Jump(Vector3.UnitY * JumpImpulse);
    }
}
