"""Held-out plain questions on a school schema designed here, offline: rows equal a gold SQL.

The 40 questions and their gold SQL were written before the planner ever saw this schema; the
first run answered 31 (misses: "not <flag>", "highest <column> of", "more than 4 credits",
"grades above 9", an integer year column, "took", "average … per <the same table>", "best paid").
General fixes followed; what is still missed is marked as known, with the reason.
"""

from collections.abc import Iterator

import pytest

from tests.llm.gold import GoldDatabase, Grounded, database_of, ground, planned, rows
from tests.llm.school import SCHOOL

QUESTIONS = [
    pytest.param(
        "how many students are there",
        "SELECT count(*) FROM students",
        id="how-many-students-are-there",
    ),
    pytest.param(
        "how many students live in Porto",
        "SELECT count(*) FROM students WHERE city = 'Porto'",
        id="how-many-students-live-in-porto",
    ),
    pytest.param(
        "students from Ghent",
        "SELECT * FROM students WHERE city = 'Ghent'",
        id="students-from-ghent",
    ),
    pytest.param(
        "how many graduated students",
        "SELECT count(*) FROM students WHERE graduated",
        id="how-many-graduated-students",
    ),
    pytest.param(
        "how many students have not graduated",
        "SELECT count(*) FROM students WHERE NOT graduated",
        id="how-many-students-have-not-graduated",
    ),
    pytest.param(
        "average salary of teachers",
        "SELECT avg(salary) FROM teachers",
        id="average-salary-of-teachers",
    ),
    pytest.param(
        "average teacher salary",
        "SELECT avg(salary) FROM teachers",
        id="average-teacher-salary",
    ),
    pytest.param(
        "highest salary of teachers",
        "SELECT max(salary) FROM teachers",
        id="highest-salary-of-teachers",
    ),
    pytest.param(
        "the best paid teacher",
        "SELECT * FROM teachers ORDER BY salary DESC, teacher_id LIMIT 1",
        id="the-best-paid-teacher",
    ),
    pytest.param(
        "teachers in the Physics department",
        "SELECT t.* FROM teachers t JOIN departments d ON d.dept_id = t.dept_id WHERE d.title"
        " = 'Physics'",
        id="teachers-in-the-physics-department",
    ),
    pytest.param(
        "how many teachers per department",
        "SELECT d.dept_id, d.title, count(*) FROM teachers t JOIN departments d ON d.dept_id "
        "= t.dept_id GROUP BY 1, 2",
        id="how-many-teachers-per-department",
    ),
    pytest.param(
        "average salary per department",
        "SELECT d.dept_id, d.title, avg(salary) FROM teachers t JOIN departments d ON "
        "d.dept_id = t.dept_id GROUP BY 1, 2",
        id="average-salary-per-department",
    ),
    pytest.param(
        "which department has the most teachers",
        "SELECT d.dept_id, d.title, count(*) FROM teachers t JOIN departments d ON d.dept_id "
        "= t.dept_id GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 1",
        id="which-department-has-the-most-teachers",
    ),
    pytest.param(
        "courses of the History department",
        "SELECT c.* FROM courses c JOIN departments d ON d.dept_id = c.dept_id WHERE d.title "
        "= 'History'",
        id="courses-of-the-history-department",
    ),
    pytest.param(
        "courses with more than 4 credits",
        "SELECT * FROM courses WHERE credits > 4",
        id="courses-with-more-than-4-credits",
    ),
    pytest.param(
        "how many courses does each department have",
        "SELECT d.dept_id, d.title, count(*) FROM courses c JOIN departments d ON d.dept_id ="
        " c.dept_id GROUP BY 1, 2",
        id="how-many-courses-does-each-department-ha",
    ),
    pytest.param(
        "enrollments in autumn",
        "SELECT * FROM enrollments WHERE term = 'autumn'",
        id="enrollments-in-autumn",
    ),
    pytest.param(
        "how many enrollments in 2023",
        "SELECT count(*) FROM enrollments WHERE year = 2023",
        id="how-many-enrollments-in-2023",
    ),
    pytest.param(
        "average grade of enrollments",
        "SELECT avg(grade) FROM enrollments",
        id="average-grade-of-enrollments",
    ),
    pytest.param(
        "average grade per course",
        "SELECT c.course_id, c.title, avg(grade) FROM enrollments e JOIN courses c ON "
        "c.course_id = e.course_id GROUP BY 1, 2",
        id="average-grade-per-course",
    ),
    pytest.param(
        "students enrolled in Quantum Mechanics",
        "SELECT * FROM students WHERE student_id IN (SELECT e.student_id FROM enrollments e "
        "JOIN courses c ON c.course_id = e.course_id WHERE c.title = 'Quantum Mechanics')",
        id="students-enrolled-in-quantum-mechanics",
    ),
    pytest.param(
        "how many students took Music Theory",
        "SELECT count(DISTINCT e.student_id) FROM enrollments e JOIN courses c ON c.course_id"
        " = e.course_id WHERE c.title = 'Music Theory'",
        id="how-many-students-took-music-theory",
    ),
    pytest.param(
        "top 3 students by number of enrollments",
        "SELECT s.student_id, s.full_name, count(*) FROM students s JOIN enrollments e ON "
        "e.student_id = s.student_id GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 3",
        id="top-3-students-by-number-of-enrollments",
    ),
    pytest.param(
        "which course has the most enrollments",
        "SELECT c.course_id, c.title, count(*) FROM courses c JOIN enrollments e ON "
        "e.course_id = c.course_id GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 1",
        id="which-course-has-the-most-enrollments",
    ),
    pytest.param(
        "enrollments without a grade",
        "SELECT * FROM enrollments WHERE grade IS NULL",
        id="enrollments-without-a-grade",
    ),
    pytest.param(
        "students who enrolled in 2022",
        "SELECT * FROM students WHERE enrolled_on >= '2022-01-01' AND enrolled_on < '2023-01-01'",
        id="students-who-enrolled-in-2022",
    ),
    pytest.param(
        "teachers hired before 2015",
        "SELECT * FROM teachers WHERE hired_on < '2015-01-01'",
        id="teachers-hired-before-2015",
    ),
    pytest.param(
        "tenured teachers",
        "SELECT * FROM teachers WHERE tenured",
        id="tenured-teachers",
    ),
    pytest.param(
        "how many teachers are not tenured",
        "SELECT count(*) FROM teachers WHERE NOT tenured",
        id="how-many-teachers-are-not-tenured",
    ),
    pytest.param(
        "the teacher with the lowest salary",
        "SELECT * FROM teachers ORDER BY salary, teacher_id LIMIT 1",
        id="the-teacher-with-the-lowest-salary",
    ),
    pytest.param(
        "total credits of courses",
        "SELECT sum(credits) FROM courses",
        id="total-credits-of-courses",
    ),
    pytest.param(
        "courses in North Hall",
        "SELECT c.* FROM courses c JOIN departments d ON d.dept_id = c.dept_id WHERE "
        "d.building = 'North Hall'",
        id="courses-in-north-hall",
    ),
    pytest.param(
        "students in Lyon who graduated",
        "SELECT * FROM students WHERE city = 'Lyon' AND graduated",
        id="students-in-lyon-who-graduated",
    ),
    pytest.param(
        "average grade of students from Turku",
        "SELECT avg(e.grade) FROM enrollments e JOIN students s ON s.student_id = "
        "e.student_id WHERE s.city = 'Turku'",
        id="average-grade-of-students-from-turku",
    ),
    pytest.param(
        "count enrollments by term",
        "SELECT term, count(*) FROM enrollments GROUP BY 1",
        id="count-enrollments-by-term",
    ),
    pytest.param(
        "show the 5 most recent students",
        "SELECT * FROM students ORDER BY enrolled_on DESC, student_id LIMIT 5",
        id="show-the-5-most-recent-students",
    ),
    pytest.param(
        "how many departments",
        "SELECT count(*) FROM departments",
        id="how-many-departments",
    ),
    pytest.param(
        "list departments",
        "SELECT * FROM departments",
        id="list-departments",
    ),
    pytest.param(
        "average number of credits per course",
        "SELECT avg(credits) FROM courses",
        id="average-number-of-credits-per-course",
    ),
    pytest.param(
        "grades above 9",
        "SELECT * FROM enrollments WHERE grade > 9",
        id="grades-above-9",
    ),
]


# Written after the fix for sums over one-to-many joins, not held out: joined to its courses'
# enrollments, a teacher repeats once per enrollment, and a plain join would add each salary
# once per student (5,178,000 instead of 347,400).
GRAIN = [
    pytest.param(
        "total salary of teachers of students from Porto",
        "SELECT sum(salary) FROM teachers WHERE teacher_id IN (SELECT c.teacher_id FROM courses c"
        " JOIN enrollments e ON e.course_id = c.course_id JOIN students s ON s.student_id = "
        "e.student_id WHERE s.city = 'Porto')",
        id="a-sum-counts-each-teacher-once",
    ),
    pytest.param(
        "average salary of teachers of students from Porto",
        "SELECT avg(salary) FROM teachers WHERE teacher_id IN (SELECT c.teacher_id FROM courses c"
        " JOIN enrollments e ON e.course_id = c.course_id JOIN students s ON s.student_id = "
        "e.student_id WHERE s.city = 'Porto')",
        id="an-average-counts-each-teacher-once",
    ),
]


@pytest.fixture(scope="module")
def school(pg_server: str) -> Iterator[GoldDatabase]:
    """The school, in a database of this module's own."""
    with database_of(pg_server, SCHOOL) as db:
        yield db


@pytest.fixture(scope="module")
async def grounded(school: GoldDatabase) -> Grounded:
    """Every table of the database, and the values found in its data."""
    return await ground(school.url)


@pytest.mark.parametrize(("question", "gold"), [*QUESTIONS, *GRAIN])
def test_school_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, school: GoldDatabase, grounded: Grounded
) -> None:
    sql = planned(question, grounded)
    assert rows(school, sql) == rows(school, gold), sql
