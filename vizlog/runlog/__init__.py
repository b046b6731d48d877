"""The run: identity, config, summary, history log and the background writer.

(The package is ``runlog`` rather than ``run`` because ``vizlog.run`` is the active run object,
as ``wandb.run`` is.)
"""
