"""One module per workload. Each defines:

* ``NAME``: the workload name used on the command line;
* ``VARIANTS``: names of the variants (for example ``["vizlog", "wandb"]`` or
  ``["vizlog-gif", "vizlog-mp4", "wandb-gif"]``);
* ``make_inputs()``: builds the seeded inputs exactly as ``shared/reference/workloads.md`` says;
* ``run(variant, inputs, out_dir) -> dict``: logs the inputs with that tool (including its
  ``finish()``) into ``out_dir`` and returns extra measurements (``{"bytes": ..., "items": ...}``);
  raises ``benchmarks.common.Unavailable`` when the tool is not installed;
* ``BASELINE``: the variant the ratios are computed against, and ``UNIT``: what ``items`` counts.
"""
