from django.db import models


class Course(models.Model):
    title = models.CharField(max_length=120)
    capacity = models.PositiveIntegerField(default=30)

    def __str__(self):
        return self.title

    def seats_left(self):
        return self.capacity - self.enrolments.count()

    def is_full(enrolled_count):  # expect: missing-self
        return enrolled_count >= 30


class Enrolment(models.Model):
    course = models.ForeignKey(Course, related_name="enrolments", on_delete=models.CASCADE)
    student_email = models.EmailField()

    def notify(subject, body):  # expect: missing-self
        print("To:", subject)
        print(body)
