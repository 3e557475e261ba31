using System;
using System.Collections.Generic;

public class Booking
{
    public Guid RoomId { get; set; }
    public DateTime Start { get; set; }
    public string? Note { get; set; }
}

public class Planner
{
    private readonly List<Booking> _bookings = new();

    public void Add(Booking booking)
    {
        if (booking.RoomId == null) // expect: null-comparison-value-type
            throw new ArgumentException("room missing");
        if (booking.Note != null)
            Console.WriteLine(booking.Note);
        _bookings.Add(booking);
    }

    public string When(Booking b) => b.Start != null ? b.Start.ToString("g") : "?"; // expect: null-comparison-value-type
}
