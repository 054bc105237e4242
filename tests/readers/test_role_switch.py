"""The switch the two learned line-role passes share: which model a read applies, and its records."""

from __future__ import annotations

from slant.readers._role_switch import RoleSwitch


def test_nothing_set_means_the_shipped_model_and_none_means_the_signs_alone() -> None:
    switch: RoleSwitch[str, int] = RoleSwitch()
    assert switch.chosen() == (False, None)
    with switch.using(None):
        assert switch.chosen() == (True, None)
        with switch.using("fitted"):
            assert switch.chosen() == (True, "fitted")
        assert switch.chosen() == (True, None)
    assert switch.chosen() == (False, None)


def test_records_are_collected_only_inside_recording_and_restored_after() -> None:
    switch: RoleSwitch[str, int] = RoleSwitch()
    assert switch.records is None
    with switch.recording() as outer:
        assert switch.records is outer
        with switch.recording() as inner:
            assert switch.records is inner
        assert switch.records is outer
    assert switch.records is None
