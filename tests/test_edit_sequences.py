"""Random sequences of realistic edits to the test archive (``edits.EDITS``): after every
step, every file of the incremental build's output is what a clean build of the same
sources writes, and the warnings are the same.

A step is two builds at once (the incremental one and a clean one), about 5 s here. The
budget is counted in steps that build, not in Hypothesis's runs (whose length varies,
and whose first run repeats one edit): 100 steps and at most 9 minutes when ``CI`` is
set, 10 steps otherwise. Shrinking is left out: a failing sequence is printed step by
step as it ran.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from hypothesis import HealthCheck, Phase, note, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test

from compare import built_once, rebuild_and_compare, restored
from edits import EDITS

CI = bool(os.environ.get("CI"))
STEPS, SECONDS, RUN_LENGTH = (100, 540, 25) if CI else (10, 180, 10)


class EditSequences(RuleBasedStateMachine):
    """One site, edited step by step from the archive as built."""

    built: ClassVar[tuple[Path, Path]]
    """The site, and its copy as built."""
    clean: ClassVar[Path]
    steps: ClassVar[int] = 0
    """Steps that built, over all runs."""
    until: ClassVar[float] = 0.0

    @classmethod
    def budget_left(cls) -> bool:
        return cls.steps < STEPS and time.monotonic() < cls.until

    @initialize()
    def start_from_the_built_archive(self) -> None:
        restored(self.built)

    @rule(kind=st.sampled_from(sorted(EDITS)), data=st.data())
    def edit(self, kind: str, data: st.DataObject) -> None:
        def pick(options: Sequence[Any]) -> Any:
            return data.draw(st.sampled_from(list(options)))

        # what is drawn depends only on the edits before, never on the budget
        srcdir = self.built[0]
        done = EDITS[kind](srcdir, pick)
        note(f"{kind}: {done}")
        if done is not None and self.budget_left():
            type(self).steps += 1
            assert rebuild_and_compare(srcdir, self.clean) == []


def test_after_every_edit_of_a_sequence_the_output_is_what_a_clean_build_writes(
    tmp_path: Path,
) -> None:
    assert len(EDITS) >= 25
    machine = EditSequences
    # edits cross the group limit: pages leave the navigation and come back
    machine.built = built_once(tmp_path, "minutes_index_group_limit = 6\n")
    machine.clean, machine.steps = tmp_path / "clean", 0
    machine.until = time.monotonic() + SECONDS
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=STEPS,  # runs end early once the budget is spent
            stateful_step_count=RUN_LENGTH,
            deadline=None,
            database=None,
            phases=(Phase.explicit, Phase.generate),
            suppress_health_check=list(HealthCheck),
        ),
    )
    assert machine.steps >= min(STEPS, 5)
