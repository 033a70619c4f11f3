"""Held-out questions for the offline planner on a music school schema it has never seen.

Instruments by family (some for hire), teachers (each mentored by another teacher, or not),
students with their guardians, lessons between a teacher and a student, graded exams, recitals
organised by a teacher with the students' performances (accompanied by a teacher or not), and
fee invoices. The 55 questions and their gold SQL were written blind on 2026-11-30, by a helper
not allowed to read the planner, its tests or its docs. Per kind: counts 6, filters 6, joins 7,
superlatives 7, groups 6, dates 6, comparisons 6, never 5, named 6.
First sight, with the planner of f14cbaa: 49/55. A dev set: its misses were read and worked on
since, so it is no longer a held-out measure; MISSES holds the planner's answers as it stands.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.musicschool import MUSICSCHOOL

COUNTS = [
    case(
        "how many students are on a scholarship?",
        "SELECT count(*) FROM students WHERE has_scholarship",
    ),
    case(
        "How many lessons got cancelled?", "SELECT count(*) FROM lessons WHERE status = 'cancelled'"
    ),
    case("number of advanced students", "SELECT count(*) FROM students WHERE level = 'advanced'"),
    case(
        "how many exams ended in a distinction",
        "SELECT count(*) FROM exams WHERE result = 'distinction'",
    ),
    case(
        "how many visiting teachers do we have?",
        "SELECT count(*) FROM teachers WHERE contract = 'visiting'",
    ),
    case(
        "How many instruments can students hire?",
        "SELECT count(*) FROM instruments WHERE available_for_hire",
    ),
]
FILTERS = [
    case("show me the overdue invoices", "SELECT * FROM invoices WHERE status = 'overdue'"),
    case("list all masterclasses", "SELECT * FROM lessons WHERE format = 'masterclass'"),
    case(
        "which teachers aren't taking on new students",
        "SELECT * FROM teachers WHERE NOT accepting_new_students",
    ),
    case("brass instruments", "SELECT * FROM instruments WHERE family = 'brass'"),
    case("Which exams were with Trinity?", "SELECT * FROM exams WHERE exam_board = 'Trinity'"),
    case(
        "recitals that are closed to the public",
        "SELECT * FROM recitals WHERE NOT is_open_to_public",
    ),
]
JOINS = [
    case(
        "which students have lessons with Aisha Bello?",
        "SELECT * FROM students WHERE student_id IN (SELECT l.student_id FROM lessons l"
        " JOIN teachers t ON t.teacher_id = l.teacher_id WHERE t.full_name = 'Aisha Bello')",
    ),
    case(
        "show the lessons taught by Rupert Hale",
        "SELECT l.* FROM lessons l JOIN teachers t ON t.teacher_id = l.teacher_id"
        " WHERE t.full_name = 'Rupert Hale'",
    ),
    case(
        "performances at the Winter Gala 2024",
        "SELECT p.* FROM recital_performances p JOIN recitals r ON r.recital_id = p.recital_id"
        " WHERE r.title = 'Winter Gala 2024'",
    ),
    case(
        "list the invoices for Saoirse Dubois",
        "SELECT i.* FROM invoices i JOIN students s ON s.student_id = i.student_id"
        " WHERE s.full_name = 'Saoirse Dubois'",
    ),
    case(
        "exams taken on the cello",
        "SELECT e.* FROM exams e JOIN instruments i ON i.instrument_id = e.instrument_id"
        " WHERE i.name = 'Cello'",
    ),
    case(
        "Which teachers are mentored by Helena Marsh?",
        "SELECT t.* FROM teachers t JOIN teachers m ON m.teacher_id = t.mentor_id"
        " WHERE m.full_name = 'Helena Marsh'",
    ),
    case(
        "who performed at the Spring Showcase 2025",
        "SELECT * FROM students WHERE student_id IN (SELECT p.student_id"
        " FROM recital_performances p JOIN recitals r ON r.recital_id = p.recital_id"
        " WHERE r.title = 'Spring Showcase 2025')",
    ),
]
SUPERLATIVES = [
    case(
        "which teacher charges the highest hourly rate?",
        "SELECT * FROM teachers ORDER BY hourly_rate DESC LIMIT 1",
    ),
    case(
        "the most expensive instrument to rent",
        "SELECT * FROM instruments ORDER BY monthly_rental_fee DESC NULLS LAST LIMIT 1",
    ),
    case(
        "Which exam got the highest mark?",
        "SELECT * FROM exams ORDER BY mark DESC NULLS LAST LIMIT 1",
    ),
    case(
        "who is our longest-serving teacher",
        "SELECT * FROM teachers ORDER BY hired_on LIMIT 1",
    ),
    case(
        "top 3 biggest invoices",
        "SELECT * FROM invoices ORDER BY amount_due DESC LIMIT 3",
    ),
    case(
        "Which teacher has given the most lessons?",
        "SELECT t.teacher_id, t.full_name, count(*) FROM lessons l JOIN teachers t"
        " ON t.teacher_id = l.teacher_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which instrument have students taken the most exams on?",
        "SELECT i.instrument_id, i.name, count(*) FROM exams e JOIN instruments i"
        " ON i.instrument_id = e.instrument_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case("lessons per status", "SELECT status, count(*) FROM lessons GROUP BY 1"),
    case(
        "what's the average hourly rate for each contract type?",
        "SELECT contract, avg(hourly_rate) FROM teachers GROUP BY 1",
    ),
    case(
        "how many students are there at each level",
        "SELECT level, count(*) FROM students GROUP BY 1",
    ),
    case(
        "total amount invoiced by term",
        "SELECT term, sum(amount_due) FROM invoices GROUP BY 1",
    ),
    case(
        "How many performances were there at each recital?",
        "SELECT r.recital_id, r.title, count(*) FROM recital_performances p JOIN recitals r"
        " ON r.recital_id = p.recital_id GROUP BY 1, 2",
    ),
    case("instruments by family", "SELECT family, count(*) FROM instruments GROUP BY 1"),
]
DATES = [
    case(
        "how many students enrolled in 2024?",
        "SELECT count(*) FROM students"
        " WHERE enrolled_on >= '2024-01-01' AND enrolled_on < '2025-01-01'",
    ),
    case(
        "lessons in March 2025",
        "SELECT * FROM lessons WHERE starts_at >= '2025-03-01' AND starts_at < '2025-04-01'",
    ),
    case("exams sat before 2024", "SELECT * FROM exams WHERE sat_on < '2024-01-01'"),
    case(
        "Which recitals took place between July and December 2024?",
        "SELECT * FROM recitals WHERE held_on >= '2024-07-01' AND held_on < '2025-01-01'",
    ),
    case(
        "invoices issued in the first half of 2025",
        "SELECT * FROM invoices WHERE issued_on >= '2025-01-01' AND issued_on < '2025-07-01'",
    ),
    case(
        "teachers hired since 2020",
        "SELECT * FROM teachers WHERE hired_on >= '2020-01-01'",
    ),
]
COMPARISONS = [
    case("invoices over £600", "SELECT * FROM invoices WHERE amount_due > 600"),
    case(
        "lessons longer than 45 minutes",
        "SELECT * FROM lessons WHERE duration_minutes > 45",
    ),
    case(
        "which teachers earn less than 45 an hour?",
        "SELECT * FROM teachers WHERE hourly_rate < 45",
    ),
    case("exams with a mark of 130 or more", "SELECT * FROM exams WHERE mark >= 130"),
    case(
        "instruments that cost under 20 a month to hire",
        "SELECT * FROM instruments WHERE monthly_rental_fee < 20",
    ),
    case(
        "Recitals with seating for more than 150 people",
        "SELECT * FROM recitals WHERE seating_capacity > 150",
    ),
]
NEVER = [
    case(
        "students who have never sat an exam",
        "SELECT * FROM students s WHERE NOT EXISTS"
        " (SELECT 1 FROM exams e WHERE e.student_id = s.student_id)",
    ),
    case(
        "which teachers haven't given any lessons?",
        "SELECT * FROM teachers t WHERE NOT EXISTS"
        " (SELECT 1 FROM lessons l WHERE l.teacher_id = t.teacher_id)",
    ),
    case("invoices not paid yet", "SELECT * FROM invoices WHERE paid_on IS NULL"),
    case("exams that haven't been marked yet", "SELECT * FROM exams WHERE mark IS NULL"),
    case(
        "Which students have never performed in a recital?",
        "SELECT * FROM students s WHERE NOT EXISTS"
        " (SELECT 1 FROM recital_performances p WHERE p.student_id = s.student_id)",
    ),
]
NAMED = [
    case(
        "what is Beatrix Olsen's hourly rate?",
        "SELECT hourly_rate FROM teachers WHERE full_name = 'Beatrix Olsen'",
    ),
    case(
        "when was Kofi Blackwood born",
        "SELECT date_of_birth FROM students WHERE full_name = 'Kofi Blackwood'",
    ),
    case(
        "where is the Winter Gala 2025 being held?",
        "SELECT venue FROM recitals WHERE title = 'Winter Gala 2025'",
    ),
    case(
        "how much is invoice INV-2025-0022 for?",
        "SELECT amount_due FROM invoices WHERE invoice_number = 'INV-2025-0022'",
    ),
    case(
        "What's the monthly rental fee for a cello?",
        "SELECT monthly_rental_fee FROM instruments WHERE name = 'Cello'",
    ),
    case(
        "who is Hugo Pemberton's guardian?",
        "SELECT guardian_name FROM students WHERE full_name = 'Hugo Pemberton'",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = MUSICSCHOOL  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_musicschool_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
