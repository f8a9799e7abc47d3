"""A believable Derby demo database, and a large one for benchmarks."""

from tasking.demo.generator import SCALES, DemoSummary, generate

__all__ = ["SCALES", "DemoSummary", "generate"]
