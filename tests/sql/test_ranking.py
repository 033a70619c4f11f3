"""Schema ranking: the tables a question names come first, and the prompt fits its budget."""

import pytest

from pgpilot.agent.sql_intent import intent_of
from pgpilot.llm.sql_prompt import read_tables, render, system_prompt
from pgpilot.sql.ranking import SchemaIndex, fit, rank, score, stems
from pgpilot.sql.schema import Column, ForeignKey, Table


def table(name: str, *columns: str, comment: str | None = None, refs: str | None = None) -> Table:
    made = Table("public", name, "table", comment, None, [Column("id", "integer", False)], ["id"])
    made.columns.extend(Column(column, "text", True) for column in columns)
    if refs:
        made.foreign_keys.append(
            ForeignKey(f"{name}_fk", [f"{refs}_id"], f"public.{refs}", ["id"], "CASCADE")
        )
        made.columns.append(Column(f"{refs}_id", "integer", False))
    return made


def many() -> list[Table]:
    """Three thousand tables nobody asks about, and a few that matter."""
    noise = [table(f"audit_{i:04d}", f"field_{i}", "payload") for i in range(3000)]
    return [
        *noise,
        table("invoices", "number", "amount", refs="clients"),
        table("clients", "name", "vat_number", comment="Companies we bill."),
        table("invoice_lines", "description", refs="invoices"),
    ]


@pytest.mark.parametrize(
    ("question", "first"),
    [
        pytest.param("how many invoices", "public.invoices", id="name"),
        pytest.param("show vat number of every client", "public.clients", id="column"),
        pytest.param("which companies do we bill", "public.clients", id="comment"),
        pytest.param("invoice lines with description like tea", "public.invoice_lines", id="words"),
    ],
)
def test_the_named_table_comes_first(question: str, first: str) -> None:
    assert rank(many(), question)[0][0].qualified == first


def test_thousands_of_tables_fit_the_budget() -> None:
    ranked = fit(many(), "how many invoices per client", budget_tokens=200, render=render)
    assert ranked.total == 3003
    assert ranked.considered[0] == "public.invoices"
    assert "public.clients" in ranked.considered[:3]
    assert sum(len(render(t)) for t in ranked.chosen) // 4 <= 200 + len(ranked.chosen)


def test_foreign_key_neighbours_come_along() -> None:
    ranked = rank(many(), "how many invoices")
    assert {t.name for t, _ in ranked[:3]} == {"invoices", "clients", "invoice_lines"}


def test_the_prompt_reads_back() -> None:
    tables = many()[-3:]
    back = read_tables(system_prompt(tables))
    assert [t.name for t in back] == ["invoices", "clients", "invoice_lines"]
    assert back[0].foreign_keys[0].references == "public.clients"
    assert back[1].comment == "Companies we bill."


@pytest.mark.parametrize(
    ("question", "intent", "operation"),
    [
        pytest.param("how many invoices", "SELECT", "read", id="select"),
        pytest.param("delete invoices where number = 7", "DELETE", "write", id="delete"),
        pytest.param("update clients set name to X", "UPDATE", "write", id="update"),
        pytest.param("please add a client", "INSERT", "write", id="insert"),
        pytest.param("hello there", "UNKNOWN", "unknown", id="unknown"),
    ],
)
def test_intent(question: str, intent: str, operation: str) -> None:
    found = intent_of(question, ["public.invoices", "public.clients"])
    assert found["intent"] == intent
    assert found["operation_type"] == operation
    assert set(found) == {"intent", "confidence", "keywords", "table_mentioned", "operation_type"}


def test_one_index_answers_every_question_as_a_fresh_ranking_does() -> None:
    index = SchemaIndex(many())
    for question in ("how many invoices", "which companies do we bill", "payload of audit 7"):
        again = index.fit(question, budget_tokens=300, render=render)
        fresh = fit(many(), question, budget_tokens=300, render=render)
        assert again.considered == fresh.considered
        assert [(t.qualified, s) for t, s in index.rank(question)] == [
            (t.qualified, s) for t, s in rank(many(), question)
        ]


def test_scores_add_the_weights_of_each_part_a_question_names() -> None:
    clients = table("clients", "name", "vat_number", comment="Companies we bill.")
    # name (10), the columns name and vat_number (3 each), and the comment's "companies" and
    # its singular "company" (1 each)
    assert score(clients, stems("client name vat companies")) == 18.0
