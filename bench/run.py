"""`make bench`: every figure, each printed with the reference it is compared to.

`make bench BENCH="languages page_weight"` runs only the modules named.
"""

import sys

from . import (
    backoffice_import,
    barometer,
    campaign,
    geography,
    import_memory,
    indicators,
    indicators_national,
    languages,
    load,
    page_weight,
    quick_exit,
    search,
    site_search,
    throughput,
)


def main(names: list[str]) -> None:
    modules = (
        throughput,
        load,
        campaign,
        search,
        site_search,
        indicators,
        indicators_national,
        import_memory,
        backoffice_import,
        page_weight,
        languages,
        quick_exit,
        barometer,
        geography,
    )
    chosen = [m for m in modules if not names or m.__name__.rsplit(".", 1)[-1] in names]
    unknown = set(names) - {m.__name__.rsplit(".", 1)[-1] for m in modules}
    if unknown:
        raise SystemExit(f"Unknown benchmark(s): {', '.join(sorted(unknown))}")
    for module in chosen:
        for line in module.run():
            print(line, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
