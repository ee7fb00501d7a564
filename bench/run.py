"""`make bench`: every figure, each printed with the reference it is compared to."""

from . import barometer, indicators, load, page_weight, quick_exit, search, throughput


def main() -> None:
    for module in (throughput, load, search, indicators, page_weight, quick_exit, barometer):
        for line in module.run():
            print(line, flush=True)


if __name__ == "__main__":
    main()
