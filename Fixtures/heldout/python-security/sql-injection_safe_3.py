"""Grade book queries for the course site (psycopg 3 + SQLAlchemy Core)."""
import psycopg
from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql+psycopg://grades@db/grades")


class GradeQueries:
    def __init__(self, dsn):
        self.dsn = dsn

    def for_student(self, student, course):
        sql = "SELECT assignment, score FROM grades WHERE student = %s"
        params = [student]
        if course:
            sql = sql + " AND course = %s"
            params.append(course)
        with psycopg.connect(self.dsn) as conn:
            return conn.execute(sql, params).fetchall()


queries = GradeQueries("dbname=grades user=grades")


@app.get("/students/{student}/grades")
def student_grades(student: str, course: str = ""):
    return [{"assignment": a, "score": s} for a, s in queries.for_student(student, course)]


@app.get("/courses/{course}/top")
def top_students(course: str, limit: int = Query(10, ge=1, le=100)):
    stmt = text("SELECT student, AVG(score) AS avg FROM grades WHERE course = :course "
                f"GROUP BY student ORDER BY avg DESC LIMIT {limit}")
    with engine.connect() as conn:
        rows = conn.execute(stmt, {"course": course})
        return [dict(r._mapping) for r in rows]
