from django.http import JsonResponse

from .models import Enrollment, Student


def missing_students(request, course_id):
    enrolled_ids = set(Enrollment.objects.filter(course_id=course_id).values_list("student_id", flat=True))
    students = Student.objects.filter(cohort=request.GET.get("cohort", "2026"))
    missing = [s.name for s in students if s.pk not in enrolled_ids]
    return JsonResponse({"missing": missing})


def flag_lines(lines):
    return [line for line in lines if "ERROR" in line or "FATAL" in line]
