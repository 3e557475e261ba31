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
            var best = grades.OrderByDescending(g => g.Points).FirstOrDefault();
            ViewData["Best"] = best?.StudentName;
            var failing = grades.Where(g => g.Points < 50).Select(g => g.StudentName).ToList();
            return View(new CourseReport(courseId, average, failing));
        }

        public IActionResult Export(string id)
        {
            if (!int.TryParse(id, out var courseId))
            {
                return BadRequest();
            }
            _ = _grades.TouchAsync(courseId);
            return RedirectToAction(nameof(Course), new { courseId });
        }
    }

    public record CourseReport(int CourseId, double Average, List<string> Failing);
}
