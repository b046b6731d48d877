"""Golden-file testing of media: the machinery behind the ``golden`` pytest fixture.

:mod:`vizlog.testing` is the thin pytest plugin; the bulk lives here:

* :mod:`vizlog.golden.outputs`: any media object, list of media, Table, chart, altair chart or run
  folder -> a descriptor, named files and the comparison each file gets (from its extension);
* :mod:`vizlog.golden.runfolder`: a whole run folder with run-specific fields masked;
* :mod:`vizlog.golden.compare` (text, JSON, SVG, bytes), :mod:`vizlog.golden.pixels` (images,
  video) and :mod:`vizlog.golden.arrays` (audio, Arrow, meshes, point clouds): comparisons that
  explain what differs;
* :mod:`vizlog.golden.checker`: the ``Golden`` object the fixture returns and the session
  records (update summary, prune, report) that :mod:`vizlog.golden.report` turns into HTML.

Importing this package (and :mod:`vizlog.golden.compare`, :mod:`vizlog.golden.checker`) loads no
numpy, Pillow or pyarrow: they are imported inside the functions that need them, so the pytest
plugin costs nothing in sessions that never use the fixture.
"""
