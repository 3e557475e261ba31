from motor.motor_asyncio import AsyncIOMotorClient

client = AsyncIOMotorClient("mongodb://localhost:27017")
db = client.school


async def course_students(course_id):
    return await db.students.find({"course_ids": course_id}).to_list(length=None)


async def send_grade_notifications(course_id, mailer, sms):
    sent = 0
    students = await course_students(course_id)
    for student in students:
        await mailer.send(student["email"], "New grade", f"Hi {student['name']}, a grade was posted.")  # expect: await-in-loop
        if student.get("phone"):
            await sms.send(student["phone"], "A new grade was posted on the course page.")  # expect: await-in-loop
        sent += 1
    return sent


async def mark_notified(grade_ids):
    result = await db.grades.update_many({"_id": {"$in": grade_ids}}, {"$set": {"notified": True}})
    return result.modified_count
