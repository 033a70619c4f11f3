"""Held-out plain questions on a clinic schema designed here, offline: rows equal a gold SQL.

The 84 questions and their gold SQL were written before the planner ever saw this schema, as
an analyst would type them. First sight (planner of commit 43d954d): 59/84 answered (70%). The
misses, by kind: synonyms (cost, pay/earning/paid, revenue, insurance, born, prescribed); "no
<column>" for IS NULL; "<column>s of <table>" column lists; "how much … by/in total" sums; the
date column picked for a year (a nullable timestamp before the one the table is about); a
superlative naming a filter value ("the cheapest tablet"); "least <column>" over rows; verbs
naming a join ("sold as"); and a sort crash on NULL groups in the test's own helper.
After general fixes (a synonym table, "no <column>", columns asked for, "how much" sums, sorted
rows, date columns; no per-question cases): 83/84. This set is no longer held out: the next
first-sight measure needs a fifth schema.
"""

import pytest

from tests.llm.clinic import CLINIC
from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)

PAID_BY_PATIENTS = (
    "SELECT sum(pay.amount) FROM payments pay JOIN appointments a ON a.appointment_id = "
    "pay.appointment_id JOIN patients p ON p.patient_id = a.patient_id "
)
COUNTS = [
    case("how many patients are there", "SELECT count(*) FROM patients"),
    case("how many clinics", "SELECT count(*) FROM clinics"),
    case(
        "how many appointments were cancelled",
        "SELECT count(*) FROM appointments WHERE status = 'cancelled'",
    ),
    case("how many patients live in York", "SELECT count(*) FROM patients WHERE city = 'York'"),
    case(
        "how many doctors work in Leeds",
        "SELECT count(*) FROM doctors d JOIN clinics c ON c.clinic_id = d.clinic_id "
        "WHERE c.city = 'Leeds'",
    ),
    case(
        "number of no-show appointments",
        "SELECT count(*) FROM appointments WHERE status = 'no_show'",
    ),
    case(
        "how many medications are tablets", "SELECT count(*) FROM medications WHERE form = 'tablet'"
    ),
    case(
        "how many payments were made in cash", "SELECT count(*) FROM payments WHERE method = 'cash'"
    ),
    case(
        "how many scheduled appointments",
        "SELECT count(*) FROM appointments WHERE status = 'scheduled'",
    ),
    case(
        "how many patients are insured by CarePoint",
        "SELECT count(*) FROM patients WHERE insurer = 'CarePoint'",
    ),
    case(
        "how many appointments did Elena Patel have",
        "SELECT count(*) FROM appointments a JOIN doctors d ON d.doctor_id = a.doctor_id "
        "WHERE d.full_name = 'Elena Patel'",
    ),
    case(
        "how many prescriptions for Insulin Glargine",
        "SELECT count(*) FROM prescriptions pr JOIN medications m ON m.medication_id = "
        "pr.medication_id WHERE m.name = 'Insulin Glargine'",
    ),
    case(
        "how many cancelled appointments in 2023",
        "SELECT count(*) FROM appointments WHERE status = 'cancelled' AND scheduled_for >= "
        "'2023-01-01' AND scheduled_for < '2024-01-01'",
    ),
]
FILTERS = [
    case("patients from Bath", "SELECT * FROM patients WHERE city = 'Bath'"),
    case("patients insured by HealthFirst", "SELECT * FROM patients WHERE insurer = 'HealthFirst'"),
    case("medications sold as syrup", "SELECT * FROM medications WHERE form = 'syrup'"),
    case("clinics in Leeds", "SELECT * FROM clinics WHERE city = 'Leeds'"),
    case("payments by card", "SELECT * FROM payments WHERE method = 'card'"),
    case("list all specialties", "SELECT * FROM specialties"),
    case("show the injections", "SELECT * FROM medications WHERE form = 'injection'"),
]
JOINS = [
    case(
        "doctors in Cardiology",
        "SELECT d.* FROM doctors d JOIN specialties s ON s.specialty_id = d.specialty_id "
        "WHERE s.name = 'Cardiology'",
    ),
    case(
        "doctors of the Harbor Health clinic",
        "SELECT d.* FROM doctors d JOIN clinics c ON c.clinic_id = d.clinic_id "
        "WHERE c.name = 'Harbor Health'",
    ),
    case(
        "appointments with Grace Weber",
        "SELECT a.* FROM appointments a JOIN doctors d ON d.doctor_id = a.doctor_id "
        "WHERE d.full_name = 'Grace Weber'",
    ),
    case(
        "appointments of patients from Hull",
        "SELECT a.* FROM appointments a JOIN patients p ON p.patient_id = a.patient_id "
        "WHERE p.city = 'Hull'",
    ),
    case(
        "prescriptions of Amoxicillin",
        "SELECT pr.* FROM prescriptions pr JOIN medications m ON m.medication_id = "
        "pr.medication_id WHERE m.name = 'Amoxicillin'",
    ),
    case(
        "patients who were prescribed Ibuprofen",
        "SELECT DISTINCT p.* FROM patients p JOIN appointments a ON a.patient_id = p.patient_id"
        " JOIN prescriptions pr ON pr.appointment_id = a.appointment_id JOIN medications m ON "
        "m.medication_id = pr.medication_id WHERE m.name = 'Ibuprofen'",
    ),
    case("total paid by patients from York", PAID_BY_PATIENTS + "WHERE p.city = 'York'"),
    case(
        "total amount paid by patients insured by HealthFirst",
        PAID_BY_PATIENTS + "WHERE p.insurer = 'HealthFirst'",
    ),
    case(
        "average salary of doctors in Cardiology",
        "SELECT avg(d.salary) FROM doctors d JOIN specialties s ON s.specialty_id = "
        "d.specialty_id WHERE s.name = 'Cardiology'",
    ),
    case(
        "total fees of appointments where Ibuprofen was prescribed",
        "SELECT sum(a.fee) FROM appointments a WHERE EXISTS (SELECT FROM prescriptions pr JOIN "
        "medications m ON m.medication_id = pr.medication_id WHERE m.name = 'Ibuprofen' AND "
        "pr.appointment_id = a.appointment_id)",
    ),
]
SUPERLATIVES = [
    case(
        "the most expensive medication",
        "SELECT * FROM medications ORDER BY unit_price DESC LIMIT 1",
    ),
    case(
        "the cheapest tablet",
        "SELECT * FROM medications WHERE form = 'tablet' ORDER BY unit_price LIMIT 1",
    ),
    case(
        "top 5 patients by number of appointments",
        "SELECT p.patient_id, p.full_name, count(*) FROM patients p JOIN appointments a ON "
        "a.patient_id = p.patient_id GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 5",
    ),
    case(
        "top 3 medications by number of prescriptions",
        "SELECT m.medication_id, m.name, count(*) FROM medications m JOIN prescriptions pr ON "
        "pr.medication_id = m.medication_id GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 3",
    ),
    case(
        "which doctor has the most appointments",
        "SELECT d.doctor_id, d.full_name, count(*) FROM doctors d JOIN appointments a ON "
        "a.doctor_id = d.doctor_id GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 1",
    ),
    case(
        "which clinic has the most doctors",
        "SELECT c.clinic_id, c.name, count(*) FROM clinics c JOIN doctors d ON d.clinic_id = "
        "c.clinic_id GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 1",
    ),
    case(
        "which city has the most patients",
        "SELECT city, count(*) FROM patients GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1",
    ),
    case("the highest paid doctor", "SELECT * FROM doctors ORDER BY salary DESC LIMIT 1"),
    case("the 3 oldest patients", "SELECT * FROM patients ORDER BY birth_date LIMIT 3"),
    case("the newest clinic", "SELECT * FROM clinics ORDER BY opened_on DESC LIMIT 1"),
    case(
        "which medication has the least stock", "SELECT * FROM medications ORDER BY stock LIMIT 1"
    ),
    case(
        "the latest appointment", "SELECT * FROM appointments ORDER BY scheduled_for DESC LIMIT 1"
    ),
    case(
        "most recent payment",
        "SELECT * FROM payments ORDER BY paid_on DESC, payment_id DESC LIMIT 1",
    ),
]
GROUPS = [
    case("how many patients per city", "SELECT city, count(*) FROM patients GROUP BY 1"),
    case(
        "average fee per doctor",
        "SELECT d.doctor_id, d.full_name, avg(a.fee) FROM appointments a JOIN doctors d ON "
        "d.doctor_id = a.doctor_id GROUP BY 1, 2",
    ),
    case(
        "how many doctors does each specialty have",
        "SELECT s.specialty_id, s.name, count(*) FROM doctors d JOIN specialties s ON "
        "s.specialty_id = d.specialty_id GROUP BY 1, 2",
    ),
    case("total amount paid per method", "SELECT method, sum(amount) FROM payments GROUP BY 1"),
    case(
        "number of appointments by status", "SELECT status, count(*) FROM appointments GROUP BY 1"
    ),
    case("average price per form", "SELECT form, avg(unit_price) FROM medications GROUP BY 1"),
    case(
        "how many appointments per clinic",
        "SELECT c.clinic_id, c.name, count(*) FROM appointments a JOIN doctors d ON "
        "d.doctor_id = a.doctor_id JOIN clinics c ON c.clinic_id = d.clinic_id GROUP BY 1, 2",
    ),
    case(
        "total quantity prescribed per medication",
        "SELECT m.medication_id, m.name, sum(pr.quantity) FROM prescriptions pr JOIN "
        "medications m ON m.medication_id = pr.medication_id GROUP BY 1, 2",
    ),
    case("count patients by insurer", "SELECT insurer, count(*) FROM patients GROUP BY 1"),
]
DATES = [
    case(
        "patients registered in 2021",
        "SELECT * FROM patients WHERE registered_on >= '2021-01-01' AND registered_on < "
        "'2022-01-01'",
    ),
    case(
        "appointments in 2023",
        "SELECT * FROM appointments WHERE scheduled_for >= '2023-01-01' AND scheduled_for < "
        "'2024-01-01'",
    ),
    case("doctors hired before 2015", "SELECT * FROM doctors WHERE hired_on < '2015-01-01'"),
    case(
        "how many appointments in March",
        "SELECT count(*) FROM appointments WHERE extract(month FROM scheduled_for) = 3",
    ),
    case("patients born after 2000", "SELECT * FROM patients WHERE birth_date >= '2001-01-01'"),
    case(
        "payments made in 2024",
        "SELECT * FROM payments WHERE paid_on >= '2024-01-01' AND paid_on < '2025-01-01'",
    ),
    case("clinics opened after 2015", "SELECT * FROM clinics WHERE opened_on >= '2016-01-01'"),
]
COMPARISONS = [
    case("medications cheaper than 5", "SELECT * FROM medications WHERE unit_price < 5"),
    case("medications with less than 50 in stock", "SELECT * FROM medications WHERE stock < 50"),
    case("doctors earning more than 100000", "SELECT * FROM doctors WHERE salary > 100000"),
    case("appointments with a fee over 140", "SELECT * FROM appointments WHERE fee > 140"),
    case("prescriptions with more than 2 refills", "SELECT * FROM prescriptions WHERE refills > 2"),
    case("payments above 145", "SELECT * FROM payments WHERE amount > 145"),
    case("doctors paid less than 90000", "SELECT * FROM doctors WHERE salary < 90000"),
]
NULLS = [
    case("patients with no insurer", "SELECT * FROM patients WHERE insurer IS NULL"),
    case(
        "how many patients have no insurance", "SELECT count(*) FROM patients WHERE insurer IS NULL"
    ),
    case("doctors without an email", "SELECT * FROM doctors WHERE email IS NULL"),
    case("appointments never checked in", "SELECT * FROM appointments WHERE checked_in_at IS NULL"),
    case(
        "patients in Leeds with no insurer",
        "SELECT * FROM patients WHERE city = 'Leeds' AND insurer IS NULL",
    ),
]
AMOUNTS = [
    case(
        "how much stock of Ibuprofen is left",
        "SELECT name, stock FROM medications WHERE name = 'Ibuprofen'",
    ),
    case(
        "how much does Paracetamol cost",
        "SELECT unit_price FROM medications WHERE name = 'Paracetamol'",
    ),
    case(
        "what is the salary of Grace Weber",
        "SELECT salary FROM doctors WHERE full_name = 'Grace Weber'",
    ),
    case("how much was paid by card", "SELECT sum(amount) FROM payments WHERE method = 'card'"),
    case("total revenue from payments", "SELECT sum(amount) FROM payments"),
    case(
        "how much did patients from Hull pay in total", PAID_BY_PATIENTS + "WHERE p.city = 'Hull'"
    ),
    case(
        "total fees of cancelled appointments",
        "SELECT sum(fee) FROM appointments WHERE status = 'cancelled'",
    ),
    case("average fee of appointments", "SELECT avg(fee) FROM appointments"),
    case("average appointment fee", "SELECT avg(fee) FROM appointments"),
]
COLUMNS = [
    case("list the names of doctors", "SELECT full_name FROM doctors"),
    case("show the name and city of each clinic", "SELECT name, city FROM clinics"),
    case(
        "show the birth dates of patients from Bath",
        "SELECT full_name, birth_date FROM patients WHERE city = 'Bath'",
    ),
    case("emails of doctors", "SELECT full_name, email FROM doctors"),
]
# Misses still known after the general fixes, with the reason.
MISSES: dict[str, str] = {}
QUESTIONS = with_misses(
    [
        *COUNTS,
        *FILTERS,
        *JOINS,
        *SUPERLATIVES,
        *GROUPS,
        *DATES,
        *COMPARISONS,
        *NULLS,
        *AMOUNTS,
        *COLUMNS,
    ],
    MISSES,
)


SCHEMA = CLINIC  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_clinic_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
