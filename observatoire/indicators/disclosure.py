"""Disclosure control for published counts: no figure may point at a person.

A table is a set of values (counts) and of sums that tie them together: "this total is the sum
of these values" (an EPCI and its communes, the département and its EPCI, a year and its months...).
Totals are values too, published or not like the others.

1. Primary suppression: a count strictly between 0 and `k` is not published.
2. Secondary suppression: a hidden value must not be computable from what is published. With the
   published values as constants, each sum is a linear equation in the hidden ones; a hidden
   value is exposed when its unit vector lies in the span of those equations (exact rational
   elimination). While some are exposed, the smallest published value sharing a sum with one
   of them is hidden too. Hiding only adds unknowns, so this ends.

Pure Python, no Django: the same function guards pages, maps, charts, CSV files and the API.
"""

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction

Key = Hashable


@dataclass(frozen=True)
class Sum:
    """`total` is the sum of `parts` (keys of values of the same table)."""

    total: Key
    parts: tuple[Key, ...]


@dataclass(frozen=True)
class Protected:
    published: dict[Key, int]
    primary: frozenset[Key]
    secondary: frozenset[Key]

    @property
    def hidden(self) -> frozenset[Key]:
        return self.primary | self.secondary


def protect(values: Mapping[Key, int], sums: Iterable[Sum], *, k: int) -> Protected:
    sums = [s for s in sums if s.parts]
    for rule in sums:
        if rule.total not in values or any(part not in values for part in rule.parts):
            raise ValueError(f"sum {rule.total!r} refers to a value the table does not hold")
    primary = frozenset(key for key, value in values.items() if 0 < value < k)
    hidden = set(primary)
    while exposed := exposed_values(hidden=hidden, sums=sums):
        hidden.add(_complement(exposed, values=values, hidden=hidden, sums=sums))
    return Protected(
        published={key: value for key, value in values.items() if key not in hidden},
        primary=primary,
        secondary=frozenset(hidden - primary),
    )


def exposed_values(*, hidden: set[Key] | frozenset[Key], sums: list[Sum]) -> set[Key]:
    """The hidden values that the published ones and the sums determine exactly."""
    unknowns = sorted(hidden, key=repr)
    index = {key: i for i, key in enumerate(unknowns)}
    rows = []
    for rule in sums:
        row = {}
        for key, sign in ((rule.total, 1), *((part, -1) for part in rule.parts)):
            if key in index:
                row[index[key]] = row.get(index[key], 0) + sign
        row = {i: Fraction(c) for i, c in row.items() if c}
        if row:
            rows.append(row)
    basis = _reduced_basis(rows)
    return {unknowns[pivot] for pivot, row in basis.items() if len(row) == 1}


def _reduced_basis(rows: list[dict[int, Fraction]]) -> dict[int, dict[int, Fraction]]:
    """Reduced row echelon form of sparse rows, as {pivot column: row}. A unit vector e_i is in
    the span exactly when some reduced row is e_i alone."""
    basis: dict[int, dict[int, Fraction]] = {}
    for original in rows:
        row = dict(original)
        for pivot, reduced in basis.items():
            _subtract(row, reduced, pivot)
        if not row:
            continue
        pivot = min(row)
        scale = row[pivot]
        row = {column: coefficient / scale for column, coefficient in row.items()}
        for other in basis.values():
            _subtract(other, row, pivot)
        basis[pivot] = row
    return basis


def _subtract(target: dict[int, Fraction], row: dict[int, Fraction], pivot: int) -> None:
    """Clear `target`'s entry in column `pivot` with `row` (whose entry there is 1)."""
    factor = target.get(pivot)
    if not factor:
        return
    for column, coefficient in row.items():
        updated = target.get(column, 0) - factor * coefficient
        if updated:
            target[column] = updated
        else:
            target.pop(column, None)


def _complement(exposed: set[Key], *, values, hidden, sums: list[Sum]) -> Key:
    """The smallest published value that shares a sum with an exposed one (zeros last: hiding
    a zero protects as well, but a published zero is worth more to readers than a count)."""
    candidates = {
        key
        for rule in sums
        if rule.total in exposed or exposed.intersection(rule.parts)
        for key in (rule.total, *rule.parts)
        if key not in hidden
    }
    if not candidates:
        raise RuntimeError(f"{sorted(exposed, key=repr)} exposed, no published value can help")
    return min(candidates, key=lambda key: (values[key] == 0, values[key], repr(key)))
