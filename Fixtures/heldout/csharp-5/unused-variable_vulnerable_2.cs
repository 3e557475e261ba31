using Godot;

namespace Platformer;

public partial class Player : CharacterBody2D
{
    [Export]
    public float Speed { get; set; } = 220f;

    [Export]
    public float JumpVelocity { get; set; } = -420f;

    private float _gravity = ProjectSettings.GetSetting("physics/2d/default_gravity").AsSingle();

    public override void _PhysicsProcess(double delta)
    {
        var velocity = Velocity;
        var wasOnFloor = IsOnFloor(); // expect: unused-variable
        if (!IsOnFloor())
        {
            velocity.Y += _gravity * (float)delta;
        }
        if (Input.IsActionJustPressed("jump") && IsOnFloor())
        {
            velocity.Y = JumpVelocity;
        }
        var direction = Input.GetAxis("move_left", "move_right");
        velocity.X = direction != 0 ? direction * Speed : Mathf.MoveToward(velocity.X, 0, Speed);
        Velocity = velocity;
        MoveAndSlide();
    }
}
