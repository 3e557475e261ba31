using Dapper;
using Microsoft.Data.SqlClient;

var builder = WebApplication.CreateBuilder(args);
var connectionString = builder.Configuration.GetConnectionString("Clinic")!;
var app = builder.Build();

app.MapGet("/appointments", async (string doctor, DateOnly day) =>
{
    await using var conn = new SqlConnection(connectionString);
    var rows = await conn.QueryAsync<Appointment>(
        "SELECT Id, Patient, StartsAt FROM Appointments WHERE Doctor = @doctor AND CAST(StartsAt AS date) = @day",
        new { doctor, day = day.ToDateTime(TimeOnly.MinValue) });
    return Results.Ok(rows);
});

app.MapDelete("/appointments/{id:int}", async (int id) =>
{
    await using var conn = new SqlConnection(connectionString);
    var deleted = await conn.ExecuteAsync("DELETE FROM Appointments WHERE Id = @id", new { id });
    return deleted == 0 ? Results.NotFound() : Results.NoContent();
});

app.Run();

record Appointment(int Id, string Patient, DateTime StartsAt);
