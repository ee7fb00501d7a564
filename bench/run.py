"""`make bench`: every figure, each printed with the reference it is compared to."""

from . import (
    backoffice_import,
    barometer,
    campaign,
    import_memory,
    indicators,
    indicators_national,
    load,
    page_weight,
    quick_exit,
    search,
    site_search,
    throughput,
)


def main() -> None:
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
        quick_exit,
        barometer,
    )
    for module in modules:
        for line in module.run():
            print(line, flush=True)


if __name__ == "__main__":
    main()
