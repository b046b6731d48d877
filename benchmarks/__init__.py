"""Side-by-side benchmarks of vizlog and its peers (see benchmarks/README.md)."""
