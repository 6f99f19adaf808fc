"""A command that never counts does not load the statistics' columns (pyarrow, numpy).

Every ``reviewer`` command, every child of the reliability trials and the desk build the services;
the statistics service is built on first use, so opening a library costs its storage and signing
parts only (about 0.5 s less per process on the reference machine, measured with
``python -X importtime``).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_statistics_are_built_on_first_use_with_the_current_actor(tmp_path):
    code = textwrap.dedent(
        f"""
        import sys
        from reviewer.services import build_services
        services = build_services({str(tmp_path / "home")!r}, None)
        services.library.queue()
        print("before", "pyarrow" in sys.modules, "numpy" in sys.modules)
        services.set_actor("giamdoc@dai.vn")
        stats = services.stats
        print("after", "pyarrow" in sys.modules, stats.actor, stats is services.stats)
        services.set_actor("bientap@dai.vn")
        print("actor", stats.actor)
        services.close()
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:3] == [
        "before False False",
        "after True giamdoc@dai.vn True",
        "actor bientap@dai.vn",
    ]
