"""Disclosure control, proved on random tables: every published count is 0 or at least k, and
no hidden count can be computed back from what is published."""

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from observatoire.indicators.disclosure import Sum, protect

# Mostly small counts, where the risk is.
COUNTS = st.one_of(st.integers(0, 6), st.integers(0, 60))


def rank(rows: list[list[Fraction]]) -> int:
    """Plain dense Gaussian elimination: independent of the module's sparse reduction."""
    matrix = [row[:] for row in rows if any(row)]
    rank_found, columns = 0, len(matrix[0]) if matrix else 0
    for column in range(columns):
        pivot = next((r for r in range(rank_found, len(matrix)) if matrix[r][column]), None)
        if pivot is None:
            continue
        matrix[rank_found], matrix[pivot] = matrix[pivot], matrix[rank_found]
        for r in range(len(matrix)):
            if r != rank_found and matrix[r][column]:
                factor = matrix[r][column] / matrix[rank_found][column]
                pivot_row = matrix[rank_found]
                matrix[r] = [a - factor * b for a, b in zip(matrix[r], pivot_row, strict=True)]
        rank_found += 1
    return rank_found


def recoverable(hidden: set, sums: list[Sum]) -> set:
    """Hidden values fixed by the sums: e_h is in the row space when adding it keeps the rank."""
    unknowns = sorted(hidden, key=repr)
    rows = []
    for rule in sums:
        row = [Fraction(0)] * len(unknowns)
        for key, sign in ((rule.total, 1), *((part, -1) for part in rule.parts)):
            if key in hidden:
                row[unknowns.index(key)] += sign
        rows.append(row)
    base = rank(rows)
    found = set()
    for i, key in enumerate(unknowns):
        unit = [Fraction(int(j == i)) for j in range(len(unknowns))]
        if rank([*rows, unit]) == base:
            found.add(key)
    return found


@st.composite
def two_way_tables(draw):
    """Rows x columns of counts with row, column and grand totals (e.g. communes x years)."""
    n_rows, n_columns = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    cells = {(r, c): draw(COUNTS) for r in range(n_rows) for c in range(n_columns)}
    values = dict(cells)
    sums = []
    for r in range(n_rows):
        values[("row", r)] = sum(cells[r, c] for c in range(n_columns))
        sums.append(Sum(("row", r), tuple((r, c) for c in range(n_columns))))
    for c in range(n_columns):
        values[("column", c)] = sum(cells[r, c] for r in range(n_rows))
        sums.append(Sum(("column", c), tuple((r, c) for r in range(n_rows))))
    values["all"] = sum(cells.values())
    sums.append(Sum("all", tuple(("row", r) for r in range(n_rows))))
    sums.append(Sum("all", tuple(("column", c) for c in range(n_columns))))
    return values, sums


@st.composite
def hierarchies(draw):
    """Communes in EPCI in a département: each level is the sum of the one below."""
    values, sums, epci_keys = {}, [], []
    for e in range(draw(st.integers(1, 4))):
        communes = [("commune", e, i) for i in range(draw(st.integers(1, 5)))]
        for commune in communes:
            values[commune] = draw(COUNTS)
        values[("epci", e)] = sum(values[c] for c in communes)
        sums.append(Sum(("epci", e), tuple(communes)))
        epci_keys.append(("epci", e))
    values["departement"] = sum(values[e] for e in epci_keys)
    sums.append(Sum("departement", tuple(epci_keys)))
    return values, sums


@settings(max_examples=300, deadline=None)
@given(table=st.one_of(two_way_tables(), hierarchies()), k=st.sampled_from([5, 10]))
def test_published_counts_are_zero_or_at_least_k_and_nothing_hidden_is_recoverable(table, k):
    values, sums = table
    result = protect(values, sums, k=k)
    assert all(value == 0 or value >= k for value in result.published.values())
    assert all(values[key] == value for key, value in result.published.items())
    assert set(result.published) | result.hidden == set(values)
    assert not recoverable(set(result.hidden), sums)


def test_a_lone_small_count_takes_a_second_value_with_it():
    values = {"a": 3, "b": 40, "c": 12, "total": 55}
    result = protect(values, [Sum("total", ("a", "b", "c"))], k=5)
    assert result.primary == {"a"} and result.secondary == {"c"}  # the smallest other one
    assert result.published == {"b": 40, "total": 55}


def test_zeros_are_published_and_taken_as_complements_last():
    values = {"a": 2, "b": 0, "c": 9, "total": 11}
    result = protect(values, [Sum("total", ("a", "b", "c"))], k=5)
    assert result.secondary == {"c"} and result.published["b"] == 0


def test_a_small_total_is_hidden_as_well():
    values = {"a": 1, "b": 2, "total": 3}
    result = protect(values, [Sum("total", ("a", "b"))], k=5)
    assert result.published == {}


def test_a_sum_over_unknown_values_is_refused():
    with pytest.raises(ValueError):
        protect({"a": 1}, [Sum("total", ("a",))], k=5)
