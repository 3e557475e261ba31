using System;
using System.Collections.Generic;
using System.Linq;

namespace SchoolAdmin
{
    /// <summary>Seating plan and quiz helpers for the classroom display.</summary>
    public class Classroom
    {
        private readonly List<string> _students;
        private readonly Random _rng;

        public Classroom(IEnumerable<string> students, int seed)
        {
            _students = students.ToList();
            _rng = new Random(seed);
        }

        public IReadOnlyList<string> SeatingPlan() => _students.OrderBy(_ => _rng.Next()).ToList();

        public string PickVolunteer() => _students[Random.Shared.Next(_students.Count)];

        public TimeSpan QuizCountdown() => TimeSpan.FromSeconds(20 + Random.Shared.Next(0, 11));
    }
}
