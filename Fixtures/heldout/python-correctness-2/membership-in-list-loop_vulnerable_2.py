from django.http import JsonResponse

from .models import Enrollment, Student


def missing_students(request, course_id):
    enrolled_ids = [e.student_id for e in Enrollment.objects.filter(course_id=course_id)]
    students = Student.objects.filter(cohort=request.GET.get("cohort", "2026"))
    missing = [s.name for s in students if s.id not in enrolled_ids]  # expect: membership-in-list-loop
    return JsonResponse({"missing": missing})
