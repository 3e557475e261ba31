using Microsoft.AspNetCore.Mvc;

namespace Gradebook.Controllers
{
    public class ReportController : Controller
    {
        private readonly IGradeRepository _grades;

        public ReportController(IGradeRepository grades) => _grades = grades;

        public IActionResult Course(int courseId)
        {
            var grades = _grades.ForCourse(courseId);
            var average = grades.Count == 0 ? 0 : grades.Average(g => g.Points);
            var best = grades.OrderByDescending(g => g.Points).FirstOrDefault(); // expect: unused-variable
            var failing = grades.Where(g => g.Points < 50).Select(g => g.StudentName).ToList();
            var generatedAt = DateTime.UtcNow; // expect: unused-variable
            return View(new CourseReport(courseId, average, failing));
        }
    }

    public record CourseReport(int CourseId, double Average, List<string> Failing);
}
