"""bench.run's self-check: paired runs alternate and scale with --repeat, and --twice reports how
far two runs of each figure disagree (no timing is asserted here; the figures are made up)."""

from __future__ import annotations

import itertools

import pytest

import bench.common
import bench.run
from bench.common import paired, paired_budget, ratio_figure, timed

FAKE = """
from bench.common import Figure
RATIOS = iter({ratios})

def run():
    fig = Figure("made-up figure", 1.0, 1.0, "s", "<= 2x")
    fig.ratio = next(RATIOS)
    fig.met = fig.ratio <= 2
    return [fig]
"""


@pytest.fixture
def fake_benchmark(tmp_path, monkeypatch):
    def make(ratios: list[float]) -> None:
        name = f"fake_bench_{len(ratios)}_{int(ratios[-1] * 100)}"
        (tmp_path / f"{name}.py").write_text(FAKE.format(ratios=ratios))
        monkeypatch.syspath_prepend(str(tmp_path))
        monkeypatch.setattr(bench.run, "BENCHMARKS", {"fake": name})

    monkeypatch.setattr(bench.common, "REPEAT_SCALE", 1)
    return make


def test_twice_passes_when_the_runs_agree_and_prints_the_gap(fake_benchmark, tmp_path, capsys):
    fake_benchmark([1.00, 1.10])
    assert bench.run.main(["--twice", "--out", str(tmp_path / "out.json")]) == 0
    out = capsys.readouterr().out
    assert "largest disagreement between the two runs: 10%" in out


def test_twice_fails_when_a_figure_moves_more_than_a_fifth(fake_benchmark, tmp_path, capsys):
    fake_benchmark([0.70, 2.60])  # the case-list figures' two runs in issue 16
    assert bench.run.main(["--twice", "--out", str(tmp_path / "out.json")]) == 1
    assert "> 20%" in capsys.readouterr().out


def test_paired_runs_alternate_which_side_goes_first_and_scale_with_repeat(monkeypatch):
    order = []
    monkeypatch.setattr(bench.common, "REPEAT_SCALE", 2)
    pairs = paired(lambda: order.append("base") or 2.0, lambda: order.append("ours") or 3.0, 3)
    assert len(pairs) == 6 and all(p == (3.0, 2.0) for p in pairs)
    assert order[:4] == ["base", "ours", "ours", "base"]


def test_ratio_figure_takes_the_median_pair_ratio_and_its_spread():
    fig = ratio_figure("f", [(2.0, 1.0), (3.0, 1.0), (1.0, 1.0)], "s", "<= 2x")
    assert fig.ratio == 2.0 and fig.notes["spread"] == 2.0 and fig.notes["repeats"] == 3


def test_timed_averages_over_its_inner_calls():
    ticks = itertools.count()
    calls = []
    measure = timed(lambda: calls.append(1), clock=lambda: float(next(ticks)) * 4, inner=4)
    assert measure() == 1.0 and len(calls) == 4


def test_budget_pairs_drop_the_warm_up_interleave_strictly_and_keep_the_better_of_each_side():
    order, values = [], iter([9.0, 9.0, 5.0, 3.0, 4.0, 1.0, 7.0, 6.0, 2.0, 8.0])

    def side(name):
        return lambda: order.append(name) or next(values)

    pairs = paired_budget(side("base"), side("ours"), seconds=0, least=2, most=5, best_of=2)
    assert order == ["base", "ours"] * 5  # the first pair is the warm-up
    # (base, ours) runs: (5, 3), (4, 1) -> ours min 1, base min 4; (7, 6), (2, 8) -> ours 6, base 2
    assert pairs == [(1.0, 4.0), (6.0, 2.0)]


def test_budget_pairs_run_at_least_least_and_at_most_most(monkeypatch):
    monkeypatch.setattr(bench.common, "REPEAT_SCALE", 1)
    assert len(paired_budget(lambda: 1.0, lambda: 1.0, seconds=0, least=3, most=9)) == 3
    assert len(paired_budget(lambda: 1.0, lambda: 1.0, seconds=3600, least=3, most=9)) == 9


def test_packet_baseline_writes_one_fsynced_file_of_each_packets_size(tmp_path, monkeypatch):
    import os

    from bench.packets import _raw_issue

    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(fd) or real_fsync(fd))
    sizes = [3_000_000, 3_000_100]
    _raw_issue(os.urandom(2_500_000), tmp_path / "out", sizes)
    written = sorted(p.stat().st_size for p in (tmp_path / "out").iterdir())
    assert written == sizes and len(synced) == len(sizes)
