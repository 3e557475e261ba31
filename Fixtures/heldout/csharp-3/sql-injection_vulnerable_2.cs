using Dapper;
using Microsoft.Data.SqlClient;

var builder = WebApplication.CreateBuilder(args);
var connectionString = builder.Configuration.GetConnectionString("Clinic")!;
var app = builder.Build();

app.MapGet("/appointments", async (string doctor, DateOnly day) =>
{
    await using var conn = new SqlConnection(connectionString);
    var rows = await conn.QueryAsync<Appointment>( // expect: sql-injection
        $"SELECT Id, Patient, StartsAt FROM Appointments WHERE Doctor = '{doctor}' AND CAST(StartsAt AS date) = '{day:yyyy-MM-dd}'");
    return Results.Ok(rows);
});

app.MapDelete("/appointments/{id}", async (string id) =>
{
    await using var conn = new SqlConnection(connectionString);
    var deleted = await conn.ExecuteAsync(string.Format("DELETE FROM Appointments WHERE Id = {0}", id)); // expect: sql-injection
    return deleted == 0 ? Results.NotFound() : Results.NoContent();
});

app.Run();

record Appointment(int Id, string Patient, DateTime StartsAt);
