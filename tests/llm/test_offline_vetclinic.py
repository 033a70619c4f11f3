"""Held-out questions for the offline planner on a veterinary practice schema it has never seen.

Owners and their pets (dogs, cats, rabbits, birds, reptiles, guinea pigs), vets (with the vet who
mentors them), appointments of a pet with a vet, the procedures of a price list given at an
appointment through a link table of treatments, vaccinations given by a vet, and invoices to
owners. The 55 questions and their gold SQL were written blind on 2026-11-30, by a helper not
allowed to read the planner, its tests or its docs. Per kind: counts 6, filters 6, joins 7,
superlatives 7, groups 6, dates 6, comparisons 6, never 5, named 6.
First sight, with the planner of c14cf91: 48/55. A dev set: its misses were read and worked on
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
from tests.llm.vetclinic import VETCLINIC

COUNTS = [
    case("how many cats are registered?", "SELECT count(*) FROM pets WHERE species = 'cat'"),
    case(
        "How many appointments were cancelled?",
        "SELECT count(*) FROM appointments WHERE status = 'cancelled'",
    ),
    case("number of overdue invoices", "SELECT count(*) FROM invoices WHERE status = 'overdue'"),
    case("how many of our vets are partners", "SELECT count(*) FROM vets WHERE is_partner"),
    case("how many clients live in Eugene?", "SELECT count(*) FROM owners WHERE city = 'Eugene'"),
    case(
        "How many vaccinations caused an adverse reaction?",
        "SELECT count(*) FROM vaccinations WHERE had_adverse_reaction",
    ),
]
FILTERS = [
    case("show me all the rabbits", "SELECT * FROM pets WHERE species = 'rabbit'"),
    case("list the emergency appointments", "SELECT * FROM appointments WHERE is_emergency"),
    case(
        "which procedures need anaesthesia?",
        "SELECT * FROM procedures WHERE requires_anaesthesia",
    ),
    case("unpaid invoices", "SELECT * FROM invoices WHERE status = 'unpaid'"),
    case("Which vets specialise in surgery?", "SELECT * FROM vets WHERE specialty = 'surgery'"),
    case(
        "owners who want their reminders by SMS",
        "SELECT * FROM owners WHERE prefers_sms_reminders",
    ),
]
JOINS = [
    case(
        "which pets does Margaret Hollis own?",
        "SELECT p.* FROM pets p JOIN owners o ON o.owner_id = p.owner_id"
        " WHERE o.full_name = 'Margaret Hollis'",
    ),
    case(
        "appointments with Dr. Lucas Brennan",
        "SELECT a.* FROM appointments a JOIN vets v ON v.vet_id = a.vet_id"
        " WHERE v.full_name = 'Lucas Brennan'",
    ),
    case(
        "list the vaccinations Biscuit has had",
        "SELECT v.* FROM vaccinations v JOIN pets p ON p.pet_id = v.pet_id"
        " WHERE p.name = 'Biscuit'",
    ),
    case(
        "Which pets have had a dental cleaning?",
        "SELECT * FROM pets WHERE pet_id IN (SELECT a.pet_id FROM appointments a"
        " JOIN treatments t ON t.appointment_id = a.appointment_id"
        " JOIN procedures pr ON pr.procedure_id = t.procedure_id"
        " WHERE pr.name = 'Dental cleaning')",
    ),
    case(
        "invoices for clients in Salem",
        "SELECT i.* FROM invoices i JOIN owners o ON o.owner_id = i.owner_id"
        " WHERE o.city = 'Salem'",
    ),
    case(
        "show the treatments given to dogs",
        "SELECT t.* FROM treatments t JOIN appointments a ON a.appointment_id = t.appointment_id"
        " JOIN pets p ON p.pet_id = a.pet_id WHERE p.species = 'dog'",
    ),
    case(
        "which owners keep a reptile",
        "SELECT * FROM owners WHERE owner_id IN"
        " (SELECT owner_id FROM pets WHERE species = 'reptile')",
    ),
]
SUPERLATIVES = [
    case("heaviest pet", "SELECT * FROM pets ORDER BY weight_kg DESC LIMIT 1"),
    case(
        "what's the most expensive procedure we offer?",
        "SELECT * FROM procedures ORDER BY standard_fee DESC LIMIT 1",
    ),
    case(
        "Which vet has been with the practice the longest?",
        "SELECT * FROM vets ORDER BY hired_on LIMIT 1",
    ),
    case(
        "the three largest invoices",
        "SELECT * FROM invoices ORDER BY total_amount DESC LIMIT 3",
    ),
    case("who is our oldest patient", "SELECT * FROM pets ORDER BY date_of_birth LIMIT 1"),
    case(
        "which vet has the most appointments?",
        "SELECT v.vet_id, v.full_name, count(*) FROM appointments a JOIN vets v"
        " ON v.vet_id = a.vet_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "Which owner has the most pets?",
        "SELECT o.owner_id, o.full_name, count(*) FROM pets p JOIN owners o"
        " ON o.owner_id = p.owner_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case("how many pets of each species?", "SELECT species, count(*) FROM pets GROUP BY 1"),
    case("appointments by status", "SELECT status, count(*) FROM appointments GROUP BY 1"),
    case(
        "average weight per species",
        "SELECT species, avg(weight_kg) FROM pets GROUP BY 1",
    ),
    case(
        "total fees charged for each procedure",
        "SELECT pr.procedure_id, pr.name, sum(t.fee_charged) FROM treatments t"
        " JOIN procedures pr ON pr.procedure_id = t.procedure_id GROUP BY 1, 2",
    ),
    case(
        "number of pets per owner",
        "SELECT o.owner_id, o.full_name, count(*) FROM pets p JOIN owners o"
        " ON o.owner_id = p.owner_id GROUP BY 1, 2",
    ),
    case(
        "how many vaccinations has each vet given?",
        "SELECT v.vet_id, v.full_name, count(*) FROM vaccinations x JOIN vets v"
        " ON v.vet_id = x.administered_by GROUP BY 1, 2",
    ),
]
DATES = [
    case(
        "appointments in 2024",
        "SELECT * FROM appointments"
        " WHERE scheduled_at >= '2024-01-01' AND scheduled_at < '2025-01-01'",
    ),
    case(
        "How many invoices were issued in 2025?",
        "SELECT count(*) FROM invoices"
        " WHERE issued_on >= '2025-01-01' AND issued_on < '2026-01-01'",
    ),
    case("pets born before 2015", "SELECT * FROM pets WHERE date_of_birth < '2015-01-01'"),
    case(
        "vaccinations given during summer 2024",
        "SELECT * FROM vaccinations"
        " WHERE administered_on >= '2024-06-01' AND administered_on < '2024-09-01'",
    ),
    case("which vets were hired after 2020?", "SELECT * FROM vets WHERE hired_on >= '2021-01-01'"),
    case(
        "vaccinations with a booster due between March and June 2025",
        "SELECT * FROM vaccinations"
        " WHERE booster_due_on >= '2025-03-01' AND booster_due_on < '2025-07-01'",
    ),
]
COMPARISONS = [
    case("invoices over $300", "SELECT * FROM invoices WHERE total_amount > 300"),
    case("procedures cheaper than 60 dollars", "SELECT * FROM procedures WHERE standard_fee < 60"),
    case("pets weighing more than 30 kg", "SELECT * FROM pets WHERE weight_kg > 30"),
    case(
        "appointments that ran longer than 45 minutes",
        "SELECT * FROM appointments WHERE duration_minutes > 45",
    ),
    case(
        "treatments where we charged at least 200",
        "SELECT * FROM treatments WHERE fee_charged >= 200",
    ),
    case(
        "dogs under 10 kilos",
        "SELECT * FROM pets WHERE species = 'dog' AND weight_kg < 10",
    ),
]
NEVER = [
    case("pets with no microchip", "SELECT * FROM pets WHERE microchip_number IS NULL"),
    case(
        "which owners have never been invoiced?",
        "SELECT * FROM owners o WHERE NOT EXISTS"
        " (SELECT 1 FROM invoices i WHERE i.owner_id = o.owner_id)",
    ),
    case(
        "vets who have never given a vaccination",
        "SELECT * FROM vets v WHERE NOT EXISTS"
        " (SELECT 1 FROM vaccinations x WHERE x.administered_by = v.vet_id)",
    ),
    case(
        "Which pets have never been vaccinated?",
        "SELECT * FROM pets p WHERE NOT EXISTS"
        " (SELECT 1 FROM vaccinations v WHERE v.pet_id = p.pet_id)",
    ),
    case(
        "procedures we have never performed",
        "SELECT * FROM procedures pr WHERE NOT EXISTS"
        " (SELECT 1 FROM treatments t WHERE t.procedure_id = pr.procedure_id)",
    ),
]
NAMED = [
    case("what breed is Juniper?", "SELECT breed FROM pets WHERE name = 'Juniper'"),
    case(
        "what's Kenji Watanabe's phone number",
        "SELECT phone FROM owners WHERE full_name = 'Kenji Watanabe'",
    ),
    case(
        "when was Dr. Priya Raman hired?",
        "SELECT hired_on FROM vets WHERE full_name = 'Priya Raman'",
    ),
    case(
        "how much does an ultrasound cost?",
        "SELECT standard_fee FROM procedures WHERE name = 'Ultrasound'",
    ),
    case(
        "What is the total on invoice INV-2024-0019?",
        "SELECT total_amount FROM invoices WHERE invoice_number = 'INV-2024-0019'",
    ),
    case(
        "Which city does Claire Dubois live in?",
        "SELECT city FROM owners WHERE full_name = 'Claire Dubois'",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = VETCLINIC  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_vetclinic_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
