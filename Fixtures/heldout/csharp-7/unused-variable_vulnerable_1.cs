using Stride.Core.Mathematics;
using Stride.Engine;
using Stride.Input;
using Stride.Physics;

namespace Runner;

public class PlayerController : SyncScript
{
    public float Speed { get; set; } = 6f;
    public float JumpImpulse { get; set; } = 5f;

    private CharacterComponent? _character;

    public override void Start()
    {
        _character = Entity.Get<CharacterComponent>();
    }

    public override void Update()
    {
        if (_character is null)
            return;

        var delta = (float)Game.UpdateTime.Elapsed.TotalSeconds; // expect: unused-variable
        var wasGrounded = _character.IsGrounded; // expect: unused-variable

        var move = Vector3.Zero;
        if (Input.IsKeyDown(Keys.A)) move.X -= 1;
        if (Input.IsKeyDown(Keys.D)) move.X += 1;
        _character.SetVelocity(move * Speed);

        if (Input.IsKeyPressed(Keys.Space) && _character.IsGrounded)
            _character.Jump(Vector3.UnitY * JumpImpulse);
    }
}
