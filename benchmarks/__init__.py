"""Speed and memory benchmarks, run by hand or in CI, never as timed tests.

    python -m benchmarks            # all three, with their default sizes
    python -m benchmarks --quick    # small sizes, a smoke run in a minute or two
"""
