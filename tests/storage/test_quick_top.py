"""The desk's head start reads the same top of the queue as the library does."""

from __future__ import annotations

from reviewer.storage.quick import top_of_queue
from tests.conftest import write_clip
from tests.gui.desk_support import bulk_insert_clips


def test_top_of_queue_is_the_librarys_first_pending_clip(services, tmp_path):
    import json

    assert top_of_queue(services.db.url) is None  # an empty queue: nothing to show early

    src = tmp_path / "in"
    for i, meta in enumerate(
        ({"id": "b", "priority": 2}, {"id": "a", "priority": 1}, {"id": "c", "priority": 1, "political": True})
    ):
        write_clip(src / f"c{i}.mp4", variant=i + 1)
        (src / f"c{i}.json").write_text(json.dumps(meta), encoding="utf-8")
    results = services.ingest.ingest([src])
    # Each clip's metadata file beside it comes back as its own "attached" row (one row per file).
    assert sorted(r.result for r in results) == ["attached"] * 3 + ["ingested"] * 3
    top = top_of_queue(services.db.url)
    first = next(c for c in services.library.queue("pending") if c.id in ("a", "b", "c"))
    assert top is not None and top.clip_id == first.id == "c"
    version = services.library.version("c")
    assert (top.store_path, top.width, top.height) == (version.store_path, version.width, version.height)
    assert top_of_queue("postgresql+psycopg://nobody@nowhere/db") is None  # only SQLite, read-only
    # Queue rows ahead of it with no file (bulk rows): nothing is shown early, never another clip.
    bulk_insert_clips(services.db, 500)
    assert services.library.queue("pending", limit=1)[0].id.startswith("bulk-")
    assert top_of_queue(services.db.url) is None


def test_a_clip_with_non_square_pixels_is_stored_with_its_shape_on_screen(services, tmp_path):
    """Probed at ingest (the pixels' aspect), kept with the version, read by the library and by the
    desk's head start: the desk shapes the picture before libvlc opens the clip."""
    from tests.gui.test_desk_picture import _anamorphic_clip

    src = tmp_path / "sd"
    src.mkdir()
    _anamorphic_clip(src / "sd-16x9.mp4")  # 480x360 stored, pixels 4:3 wide
    write_clip(src / "hd.mp4", variant=2)
    assert sorted(r.result for r in services.ingest.ingest([src])) == ["ingested"] * 2
    versions = {v.original_name: v for c in services.library.queue("pending") if (v := services.library.version(c.id))}
    sd, hd = versions["sd-16x9.mp4"], versions["hd.mp4"]
    assert (sd.width, sd.height) == (480, 360)  # the stored size, as package.json and `diff` report it
    assert abs(sd.display_aspect - 16 / 9) < 1e-6
    assert abs(hd.display_aspect - hd.width / hd.height) < 1e-6
    top = top_of_queue(services.db.url)
    assert top is not None and top.display_aspect == services.library.version(top.clip_id).display_aspect
