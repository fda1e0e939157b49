"""The settings service: station details into the change log, the operator, language,
backups with their member count, a test restore, and the permission on every change."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.factories import TEST_KEY
from unionstation.domain.permissions import Role
from unionstation.services.errors import InvalidField, PermissionDenied, UserError
from unionstation.services.runtime import StationRuntime, open_station
from unionstation.services.settings import SettingsService, read_language
from unionstation.store.models import AuditEntry, ChangeRecord


@pytest.fixture
def service(runtime: StationRuntime) -> SettingsService:
    return SettingsService(runtime.context, runtime.home)


def test_station_rename_goes_into_the_change_log(runtime: StationRuntime,
                                                 service: SettingsService) -> None:
    station = service.station()
    updated = service.update_station(" 测试街道总工会(新) ", "新县总工会")
    assert (updated.name, updated.county_name) == ("测试街道总工会(新)", "新县总工会")
    assert updated.division_code == station.division_code
    with runtime.context.reading() as session:
        changes = session.scalars(select(ChangeRecord).where(
            ChangeRecord.entity_id == station.id)).all()
    assert changes, "the county hears of the new name through the change log"
    with pytest.raises(InvalidField):
        service.update_station("", "")


def test_operator_name_signs_changes_and_survives_a_restart(runtime: StationRuntime,
                                                            service: SettingsService) -> None:
    assert service.operator() == "王干事"
    service.set_operator("李干事")
    assert runtime.context.officer == "李干事"
    again = open_station(runtime.home, TEST_KEY)
    try:
        assert again.context.officer == "李干事"
    finally:
        again.close()


def test_language_is_kept_in_the_data_folder(runtime: StationRuntime,
                                             service: SettingsService) -> None:
    assert service.language() == "zh" and read_language(runtime.home) is None
    service.set_language("en")
    assert read_language(runtime.home) == "en"
    with pytest.raises(InvalidField):
        service.set_language("fr")


def test_backups_show_the_newest_with_its_members_and_test_restore(
        runtime: StationRuntime, service: SettingsService, tmp_path: Path) -> None:
    before = service.backups().count  # opening takes the day's copy
    path = service.backup_now()
    info = service.backups()
    assert info.latest == path and info.latest_members == 3 and info.count == before + 1
    assert info.daily_keep > 0 and info.import_keep > 0
    assert service.test_restore(path) == 3
    assert service.check_restore(path) == 3
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database")
    with pytest.raises(UserError):
        service.test_restore(junk)
    with runtime.context.reading() as session:
        actions = set(session.scalars(select(AuditEntry.action)))
    assert {"backup.run", "backup.test_restore"} <= actions


def test_every_change_needs_the_permission(runtime: StationRuntime,
                                           service: SettingsService) -> None:
    runtime.context.role = Role.CLERK
    for change in (lambda: service.update_station("x", ""), lambda: service.set_operator("x"),
                   lambda: service.set_language("en"), service.backup_now):
        with pytest.raises(PermissionDenied):
            change()
    assert service.station().name == "测试街道总工会"

